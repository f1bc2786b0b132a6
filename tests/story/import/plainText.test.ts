import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plainTextOf, type NodeJSON } from '../../../story/document';
import { importPlainText, importWireText } from '../../../story/import/plainText';
import { ImportError } from '../../../story/import/types';
import { assertValidDoc } from '../../../story/schema/schema';
import { WIRE_STORY } from '../../helpers/sharedTestdata';

const encode = (text: string) => new TextEncoder().encode(text);
const importText = (text: string) => importWireText(text, 'story.txt');
const types = (nodes: NodeJSON[]) => nodes.map((node) => (node.type === 'heading' ? `h${node.attrs?.level}` : node.type));
const textOf = (node: NodeJSON) => plainTextOf({ type: 'doc', content: [node] });

describe.skipIf(!fs.existsSync(WIRE_STORY))('the reference wire story (../shared/fixtures/wire-story.txt, read in place)', () => {
  const source = fs.existsSync(WIRE_STORY) ? fs.readFileSync(WIRE_STORY) : new Uint8Array();
  const sourceLines = new TextDecoder().decode(source).split('\n').map((line) => line.trim()).filter(Boolean);
  const imported = importPlainText({ fileName: 'wire-story.txt', bytes: source });
  const body = imported.fields.body;

  it('has no headline line, so the story is flagged as needing one', () => {
    expect(imported.needsHeadline).toBe(true);
    expect(imported.fields.headline).toBeUndefined();
    assertValidDoc(body);
  });

  it('keeps every paragraph of the story and nothing of the page around it', () => {
    const text = plainTextOf(body);
    const readNextAt = sourceLines.findIndex((line) => /^read next$/i.test(line));
    for (const line of sourceLines.slice(0, readNextAt)) expect(text).toContain(line.replace(/^✔\s*/, ''));
    for (const line of sourceLines.slice(readNextAt)) expect(text).not.toContain(line);
  });

  it('makes subheads of the short unpunctuated lines between paragraphs, and only of those', () => {
    const subheads = body.content.filter((node) => node.type === 'heading');
    const expected = sourceLines.filter((line, index) => index > 0 && line.split(' ').length <= 12 && !/[.,;:!?"”’]$/.test(line) && !line.startsWith('✔') && !/^\d\d:\d\d$/.test(line));
    const inStory = expected.slice(0, expected.findIndex((line) => /^read next$/i.test(line)));
    expect(subheads.map(textOf)).toEqual(inStory);
    expect(subheads.length).toBeGreaterThanOrEqual(3);
  });

  it('turns the checkmark lines into key-takeaways lists', () => {
    const lists = body.content.filter((node) => node.type === 'keyTakeaways');
    const checkLines = sourceLines.filter((line) => line.startsWith('✔')).map((line) => line.replace(/^✔\s*/, ''));
    expect(lists.flatMap((list) => list.content ?? []).map(textOf)).toEqual(checkLines);
    expect(lists.length).toBe(2);
  });

  it('keeps the trailing "Read next" teasers as related items with their times, marked by a Read next block', () => {
    const times = sourceLines.filter((line) => /^\d\d:\d\d$/.test(line));
    expect(imported.fields.related?.map((item) => item.time)).toEqual(times);
    for (const item of imported.fields.related ?? []) expect(sourceLines).toContain(item.headline);
    expect(body.content.at(-1)).toEqual({ type: 'readNext', attrs: { title: 'Read next' } });
  });

  it('leaves out the comment prompts and says so', () => {
    expect(imported.leftOut).toHaveLength(2);
    for (const entry of imported.leftOut) expect(entry).toMatch(/^comment prompt: “.+”$/);
  });
});

describe('wire and plain text rules', () => {
  it('takes a short first line without a full stop as the headline', () => {
    const story = importText('Harbour ferry to run at night\n\nThe council voted on Tuesday to run the ferry at night.\n');
    expect(story.fields.headline).toBe('Harbour ferry to run at night');
    expect(story.needsHeadline).toBe(false);
    expect(types(story.fields.body.content)).toEqual(['paragraph']);
  });

  it('does not take a sentence, a list item or the only line as the headline', () => {
    expect(importText('The council voted on Tuesday.\nMore text here.').needsHeadline).toBe(true);
    expect(importText('- first point\n- second point').needsHeadline).toBe(true);
    expect(importText('Just one line').needsHeadline).toBe(true);
  });

  it('reads a byline, a wire dateline and TK placeholders', () => {
    const story = importText('Ferry vote\nBy Ana Reyes and Tomasz Wiśniewski\nVALMERE, Feb 12 (Reuters) - The council voted TK to 2.\n');
    expect(story.fields.authors).toEqual(['Ana Reyes', 'Tomasz Wiśniewski']);
    expect(story.fields.dateline).toEqual({ place: 'VALMERE', date: '' });
    const paragraph = story.fields.body.content[0]!;
    expect(paragraph.content?.some((node) => node.type === 'tk')).toBe(true);
    expect(plainTextOf(story.fields.body)).toBe('VALMERE, Feb 12 (Reuters) - The council voted TK to 2.');
  });

  it('joins hard-wrapped lines back into paragraphs', () => {
    const wrapped = [
      'Officials said the harbour ferry would begin running at night',
      'from next month, after a council vote that ended a two-year',
      'dispute over costs.',
      '',
      'The operator said fares would not change, and that two',
      'extra crossings would be added on weekends in the summer',
      'season.',
    ].join('\n');
    const story = importText(wrapped);
    expect(types(story.fields.body.content)).toEqual(['paragraph', 'paragraph']);
    expect(textOf(story.fields.body.content[0]!)).toBe('Officials said the harbour ferry would begin running at night from next month, after a council vote that ended a two-year dispute over costs.');
  });

  it('makes bullet lists of "•", "-" and "*" lines and numbered lists of "1." lines', () => {
    const story = importText('Intro paragraph here.\n• one\n• two\n- three\n* four\nMiddle.\n3. third\n4. fourth\nEnd.');
    const content = story.fields.body.content;
    expect(types(content)).toEqual(['paragraph', 'bulletList', 'paragraph', 'orderedList', 'paragraph']);
    expect(content[1]!.content?.map(textOf)).toEqual(['one', 'two', 'three', 'four']);
    expect(content[3]!.attrs?.start).toBe(3);
    expect(content[3]!.content?.map(textOf)).toEqual(['third', 'fourth']);
  });

  it('turns web addresses into links', () => {
    const story = importText('See https://example.com/report.pdf, the report.');
    const link = story.fields.body.content[0]!.content?.find((node) => node.marks?.length);
    expect(link?.text).toBe('https://example.com/report.pdf');
    expect(link?.marks?.[0]?.attrs?.href).toBe('https://example.com/report.pdf');
  });

  it('keeps a "Read more" block of teasers without times as related headlines', () => {
    const story = importText('Ferry vote\n\nThe council voted.\nIt was close.\n\nRead more:\nBridge tolls rise\nPort strike ends\nShare this article');
    expect(story.fields.related).toEqual([{ headline: 'Bridge tolls rise' }, { headline: 'Port strike ends' }]);
    expect(story.leftOut).toEqual(['share buttons: “Share this article”']);
  });

  it('finds trailing timed teasers without a heading', () => {
    const story = importText('The council voted.\n06:00\nBridge tolls rise\n05:10\nPort strike ends');
    expect(story.fields.related).toEqual([
      { headline: 'Bridge tolls rise', time: '06:00' },
      { headline: 'Port strike ends', time: '05:10' },
    ]);
  });

  it('keeps a sentence that mentions comments: only whole chrome lines go', () => {
    const story = importText('The mayor declined to comment on the vote.\nAdvertisement\nShe will say more later.');
    expect(plainTextOf(story.fields.body)).toBe('The mayor declined to comment on the vote.\nShe will say more later.');
    expect(story.leftOut).toEqual(['advertisement label: “Advertisement”']);
  });

  it('treats notes made only of short lines as paragraphs, not subheads', () => {
    const story = importText('Call mayor\nCheck fares\nAsk about night crossings\nPhoto desk');
    expect(types(story.fields.body.content).every((type) => type === 'paragraph')).toBe(true);
  });

  it('refuses empty files and text that is only page chrome', () => {
    expect(() => importPlainText({ fileName: 'empty.txt', bytes: new Uint8Array() })).toThrow(/empty\.txt: the file is empty/);
    expect(() => importPlainText({ fileName: 'blank.txt', bytes: encode(' \n\t\n') })).toThrow(ImportError);
    expect(() => importText('Leave the first comment\nAdvertisement')).toThrow(/only page chrome/);
  });
});
