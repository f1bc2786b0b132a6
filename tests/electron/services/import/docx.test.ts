import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTextOf, type NodeJSON } from '../../../../story/document';
import { ImportError } from '../../../../story/import/types';
import { assertValidDoc } from '../../../../story/schema/schema';
import { importDocx } from '../../../../electron/services/import/docx';
import { activeContentIn, renderedHtml } from '../../../helpers/importedHtml';
import { sharedFolder, skipMessage } from '../../../helpers/sharedTestdata';
import { makeDocx, makeZip, wordParagraph } from '../../../helpers/zipWriter';

const MAMMOTH = 'docx-mammoth/test/test-data';
const PANDOC = 'docx-pandoc/test/docx';
const mammothDir = sharedFolder(MAMMOTH);
const pandocDir = sharedFolder(PANDOC);
const read = (dir: string, name: string) => ({ fileName: name, bytes: fs.readFileSync(path.join(dir, name)) });
const marksIn = (nodes: NodeJSON[]): string[] => nodes.flatMap((node) => [...(node.marks ?? []).map((mark) => mark.type), ...marksIn(node.content ?? [])]);
const typesIn = (nodes: NodeJSON[]): string[] => nodes.flatMap((node) => [node.type === 'heading' ? `h${node.attrs?.level}` : node.type, ...typesIn(node.content ?? [])]);

describe.skipIf(!mammothDir)(`Word files from mammoth's tests ${mammothDir ? '' : skipMessage(MAMMOTH)}`, () => {
  it('turns footnotes into an editor\'s note, leaving the "[1]" references in the text', async () => {
    const story = await importDocx(read(mammothDir!, 'footnotes.docx'));
    const note = story.fields.body.content.find((node) => node.type === 'editorsNote');
    expect(note).toBeDefined();
    expect(plainTextOf({ type: 'doc', content: note!.content ?? [] })).toMatch(/^Footnote 1: \S[\s\S]*\nFootnote 2: \S/);
    expect(plainTextOf(story.fields.body)).toMatch(/\[1\]/);
  });

  it('turns endnotes and comments into editor\'s notes too', async () => {
    for (const [file, label] of [['endnotes.docx', 'Endnote'], ['comments.docx', 'Comment']] as const) {
      const story = await importDocx(read(mammothDir!, file));
      const note = story.fields.body.content.find((node) => node.type === 'editorsNote');
      expect(plainTextOf({ type: 'doc', content: note?.content ?? [] }), file).toMatch(new RegExp(`^${label}`));
    }
  });

  it('keeps lists and links', async () => {
    expect(typesIn((await importDocx(read(mammothDir!, 'simple-list.docx'))).fields.body.content)).toContain('bulletList');
    const link = (await importDocx(read(mammothDir!, 'footnote-hyperlink.docx'))).fields.body;
    expect(JSON.stringify(link)).toMatch(/"type":"link","attrs":\{"href":"https?:/);
  });

  it('leaves out pictures (a story cannot hold them) and says so; never reads files outside the document', async () => {
    await expect(importDocx(read(mammothDir!, 'tiny-picture.docx'))).rejects.toThrow(/holds no text \(only pictures/);
    await expect(importDocx(read(mammothDir!, 'external-picture.docx'))).rejects.toThrow(ImportError);
  });

  it('refuses an empty document and a zip that is not a Word file, by name', async () => {
    await expect(importDocx(read(mammothDir!, 'empty.docx'))).rejects.toThrow(/empty\.docx: the Word document holds no text/);
    await expect(importDocx(read(mammothDir!, 'hello.zip'))).rejects.toThrow(/hello\.zip: this zip archive is not a Word document/);
  });
});

describe.skipIf(!pandocDir)(`Word files from pandoc's tests ${pandocDir ? '' : skipMessage(PANDOC)}`, () => {
  const files = pandocDir ? fs.readdirSync(pandocDir).filter((name) => name.endsWith('.docx')).toSorted() : [];

  it(`imports each of the ${files.length} files or refuses it with an ImportError naming it`, async () => {
    let imported = 0;
    for (const file of files) {
      try {
        const story = await importDocx(read(pandocDir!, file));
        assertValidDoc(story.fields.body);
        expect(activeContentIn(renderedHtml(story.fields.body)), file).toEqual([]);
        imported += 1;
      } catch (error) {
        expect(error, file).toBeInstanceOf(ImportError);
        expect((error as Error).message).toContain(file);
      }
    }
    expect(imported).toBeGreaterThanOrEqual(files.length - 5);
  }, 120_000);

  it('maps headings to subheads, keeps bold, italic and links, and lists', async () => {
    expect(typesIn((await importDocx(read(pandocDir!, 'headers.docx'))).fields.body.content)).toEqual(expect.arrayContaining(['h2', 'h3']));
    expect(marksIn((await importDocx(read(pandocDir!, 'inline_formatting.docx'))).fields.body.content)).toEqual(expect.arrayContaining(['bold', 'italic']));
    expect(marksIn((await importDocx(read(pandocDir!, 'links.docx'))).fields.body.content)).toContain('link');
    const lists = typesIn((await importDocx(read(pandocDir!, 'lists.docx'))).fields.body.content);
    expect(lists).toEqual(expect.arrayContaining(['bulletList', 'orderedList']));
  });

  it('turns notes into an editor\'s note, links inside them kept', async () => {
    const story = await importDocx(read(pandocDir!, 'link_in_notes.docx'));
    const note = story.fields.body.content.find((node) => node.type === 'editorsNote');
    expect(marksIn(note?.content ?? [])).toContain('link');
  });
});

describe('Word files built here', () => {
  it('takes the title from the document properties, and the authors and keywords too', async () => {
    const bytes = makeDocx(
      wordParagraph('Harbour ferry to run at night', 'Heading1') + wordParagraph('The council voted on Tuesday.'),
      '<dc:title>Harbour ferry to run at night</dc:title><dc:creator>Ana Reyes</dc:creator><cp:keywords>ferry, council</cp:keywords><dc:language>en-GB</dc:language>',
    );
    const story = await importDocx({ fileName: 'ferry.docx', bytes });
    expect(story.fields).toMatchObject({ headline: 'Harbour ferry to run at night', authors: ['Ana Reyes'], keywords: ['ferry', 'council'], language: 'en-GB' });
    expect(plainTextOf(story.fields.body)).toBe('The council voted on Tuesday.');
    expect(story.needsHeadline).toBe(false);
  });

  it('takes the first heading as the title when the properties have none', async () => {
    const story = await importDocx({ fileName: 'f.docx', bytes: makeDocx(wordParagraph('Ferry vote', 'Heading1') + wordParagraph('Text.')) });
    expect(story.fields.headline).toBe('Ferry vote');
    expect(plainTextOf(story.fields.body)).toBe('Text.');
  });

  it('drops javascript: hyperlinks from a hostile document', async () => {
    const rels = '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(1)" TargetMode="External"/></Relationships>';
    const body = '<w:p><w:hyperlink xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"><w:r><w:t>click</w:t></w:r></w:hyperlink></w:p>';
    const story = await importDocx({ fileName: 'evil.docx', bytes: makeDocx(body, undefined, [{ name: 'word/_rels/document.xml.rels', data: rels }]) });
    expect(plainTextOf(story.fields.body)).toBe('click');
    expect(JSON.stringify(story.fields.body)).not.toContain('javascript');
  });

  it('refuses a zip bomb before mammoth opens it', async () => {
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: Buffer.alloc(120 * 1024 * 1024, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(importDocx({ fileName: 'bomb.docx', bytes: bomb })).rejects.toThrow(/bomb\.docx: the Word file expands to more than 100 MB/);
  });

  it('refuses an archive with too many entries', async () => {
    const entries = Array.from({ length: 5_001 }, (_, index) => ({ name: `word/part${index}.xml`, data: '', store: true }));
    await expect(importDocx({ fileName: 'many.docx', bytes: makeZip(entries) })).rejects.toThrow(/many\.docx: the Word file holds 5,001 parts/);
  });

  it('refuses a truncated file with a clear reason', async () => {
    const whole = makeDocx(wordParagraph('Text.'));
    for (const length of [10, whole.length / 2, whole.length - 10]) {
      await expect(importDocx({ fileName: 'cut.docx', bytes: whole.subarray(0, Math.floor(length)) })).rejects.toThrow(/cut\.docx: the Word file is (damaged|incomplete)/);
    }
  });

  it('refuses a file whose entry is not valid deflate data, naming the part', async () => {
    const broken = makeZip([{ name: '[Content_Types].xml', data: Buffer.from([1, 2, 3, 4, 5]), store: false }]);
    broken.writeUInt16LE(8, 8);
    const bytes = Buffer.from(broken);
    bytes[30 + '[Content_Types].xml'.length] = 0xff;
    await expect(importDocx({ fileName: 'bad.docx', bytes })).rejects.toThrow(ImportError);
  });
});
