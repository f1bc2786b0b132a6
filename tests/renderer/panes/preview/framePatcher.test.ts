// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { storyHtml, storyHtmlParts } from '../../../../story/formats/html';
import { exportInput } from '../../../../story/formats/types';
import { FramePatcher } from '../../../../renderer/panes/preview/framePatcher';
import { PreviewSanitizer, previewHtml } from '../../../../renderer/panes/preview/previewDocument';
import { sanitizeStoryDocument } from '../../../../renderer/panes/preview/sanitize';
import { FIXED_OPTIONS, SAMPLE_FACTS, SAMPLE_SOURCES, richStory } from '../../../helpers/exportSamples';
import type { DocJSON, NodeJSON } from '../../../../story/document';

const paragraph = (text: string): NodeJSON => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const story = (body: NodeJSON[], headline = 'Harbour authority approves night ferry trial') => richStory({ headline, dateline: { place: '', date: '' }, body: { type: 'doc', content: body } as DocJSON });
const input = (s: ReturnType<typeof richStory>) => exportInput(s, { facts: SAMPLE_FACTS, sources: SAMPLE_SOURCES, options: FIXED_OPTIONS });

/** A frame's document (jsdom), opened on the page as the preview's srcdoc has it. */
function frame(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const articleMarkup = (doc: Document) => doc.querySelector('article')!.innerHTML.replace(/>\s+</g, '><');
const bodyText = (doc: Document) => Array.from(doc.querySelectorAll('.story-body > *'), (el) => el.textContent);

describe('the preview frame, patched block by block', () => {
  it('shows what the whole page sanitized at once shows', () => {
    const sanitizer = new PreviewSanitizer();
    const page = sanitizer.document(storyHtmlParts(input(richStory())));
    const doc = frame(previewHtml(page));
    new FramePatcher().apply(doc, page);
    const whole = frame(sanitizeStoryDocument(storyHtml(input(richStory()))));
    // The same elements; only the line breaks between the body's blocks go.
    expect(articleMarkup(doc)).toBe(articleMarkup(whole));
    expect(doc.querySelectorAll('script')).toHaveLength(0);
  });

  it('replaces only the blocks that changed, and keeps the others as they are', () => {
    const sanitizer = new PreviewSanitizer();
    const patcher = new FramePatcher();
    const blocks = [paragraph('One.'), paragraph('Two.'), paragraph('Three.'), paragraph('Four.')];
    const first = sanitizer.document(storyHtmlParts(input(story(blocks))));
    const doc = frame(previewHtml(first));
    patcher.apply(doc, first);
    const [one, two, three, four] = Array.from(doc.querySelectorAll('.story-body > p'));

    // A keystroke in the second paragraph.
    expect(patcher.apply(doc, sanitizer.document(storyHtmlParts(input(story([blocks[0]!, paragraph('Two, typed.'), blocks[2]!, blocks[3]!])))))).toBe(true);
    const after = Array.from(doc.querySelectorAll('.story-body > p'));
    expect(after.map((p) => p.textContent)).toEqual(['One.', 'Two, typed.', 'Three.', 'Four.']);
    expect(after[0]).toBe(one);
    expect(after[1]).not.toBe(two);
    expect(after[2]).toBe(three);
    expect(after[3]).toBe(four);

    // A paragraph split in two, then the last one deleted, then nothing changed.
    patcher.apply(doc, sanitizer.document(storyHtmlParts(input(story([blocks[0]!, paragraph('Two,'), paragraph('typed.'), blocks[2]!, blocks[3]!])))));
    expect(bodyText(doc)).toEqual(['One.', 'Two,', 'typed.', 'Three.', 'Four.']);
    patcher.apply(doc, sanitizer.document(storyHtmlParts(input(story([blocks[0]!, paragraph('Two,'), paragraph('typed.'), blocks[2]!])))));
    expect(bodyText(doc)).toEqual(['One.', 'Two,', 'typed.', 'Three.']);
    expect(patcher.apply(doc, sanitizer.document(storyHtmlParts(input(story([blocks[0]!, paragraph('Two,'), paragraph('typed.'), blocks[2]!])))))).toBe(false);
  });

  it('replaces the two blocks edited between two updates, not every block between them', () => {
    const sanitizer = new PreviewSanitizer();
    const patcher = new FramePatcher();
    const blocks = ['One.', 'Two.', 'Three.', 'Four.', 'Five.'].map(paragraph);
    const first = sanitizer.document(storyHtmlParts(input(story(blocks))));
    const doc = frame(previewHtml(first));
    patcher.apply(doc, first);
    const before = Array.from(doc.querySelectorAll('.story-body > p'));
    const edited = [paragraph('One, typed.'), blocks[1]!, blocks[2]!, blocks[3]!, paragraph('Five, typed.')];
    patcher.apply(doc, sanitizer.document(storyHtmlParts(input(story(edited)))));
    const after = Array.from(doc.querySelectorAll('.story-body > p'));
    expect(after.map((p) => p.textContent)).toEqual(['One, typed.', 'Two.', 'Three.', 'Four.', 'Five, typed.']);
    expect(after.slice(1, 4)).toEqual(before.slice(1, 4));
    after.slice(1, 4).forEach((p, index) => expect(p).toBe(before[index + 1]));
    expect(after[0]).not.toBe(before[0]);
    expect(after[4]).not.toBe(before[4]);
  });

  it('changes the page around the body (a new headline) without rebuilding the body', () => {
    const sanitizer = new PreviewSanitizer();
    const patcher = new FramePatcher();
    const blocks = [paragraph('One.'), paragraph('Two.')];
    const first = sanitizer.document(storyHtmlParts(input(story(blocks))));
    const doc = frame(previewHtml(first));
    patcher.apply(doc, first);
    const kept = doc.querySelector('.story-body > p');
    patcher.apply(doc, sanitizer.document(storyHtmlParts(input(story(blocks, 'Night ferries approved')))));
    expect(doc.querySelector('h1.headline')!.textContent).toBe('Night ferries approved');
    expect(doc.title).toBe('Night ferries approved');
    expect(doc.querySelector('.story-body > p')).toBe(kept);
    expect(bodyText(doc)).toEqual(['One.', 'Two.']);
  });

  it('sanitizes each block: hostile markup in a block never reaches the frame', () => {
    const sanitizer = new PreviewSanitizer();
    const page = sanitizer.document({ before: '<!DOCTYPE html><html><head><title>t</title></head><body><div class="story-body">\n', blocks: ['<p>fine</p>', '<p><img src="x" onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a></p>'], after: '\n</div></body></html>' });
    const doc = frame(previewHtml(page));
    new FramePatcher().apply(doc, page);
    const html = doc.body.innerHTML;
    expect(html).toContain('<p>fine</p>');
    expect(html).not.toMatch(/onerror|<script|javascript:/);
  });
});
