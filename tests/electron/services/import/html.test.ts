import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { plainTextOf } from '../../../../story/document';
import { ImportError } from '../../../../story/import/types';
import { assertValidDoc } from '../../../../story/schema/schema';
import { importHtml, importHtmlText } from '../../../../electron/services/import/html';
import { activeContentIn, renderedHtml } from '../../../helpers/importedHtml';
import { sharedFolder } from '../../../helpers/sharedTestdata';

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><title>Ferry vote</title>${head}</head><body>${body}</body></html>`;
const ARTICLE = Array.from({ length: 8 }, (_, index) => `<p>Paragraph ${index + 1}: the council voted on Tuesday to run the harbour ferry at night, ending a dispute over costs that had lasted two years.</p>`).join('');

describe('saved web pages', () => {
  it('maps the title, byline, date, site, excerpt and language to story fields', () => {
    const head = [
      '<meta property="og:site_name" content="Valmere Post">',
      '<meta name="author" content="Ana Reyes">',
      '<meta property="article:published_time" content="2025-02-12T06:00:00Z">',
      '<meta name="description" content="Night crossings start next month.">',
      '<meta property="article:section" content="Metro">',
      '<meta property="article:tag" content="ferry"><meta property="article:tag" content="council">',
      '<link rel="canonical" href="https://valmere.example/ferry">',
    ].join('');
    const story = importHtmlText(page(`<article><h1>Ferry vote</h1>${ARTICLE}</article>`, head), 'ferry.html');
    expect(story.fields).toMatchObject({
      headline: 'Ferry vote',
      authors: ['Ana Reyes'],
      dek: 'Night crossings start next month.',
      dateline: { place: '', date: '2025-02-12' },
      language: 'en',
      section: 'Metro',
      keywords: ['ferry', 'council'],
    });
    expect(story.fields.editorsNote).toBe('Imported from a web page (Valmere Post, https://valmere.example/ferry), published 2025-02-12T06:00:00Z.');
    expect(story.format).toBe('html');
    expect(plainTextOf(story.fields.body)).not.toContain('Ferry vote');
  });

  it('removes scripts, event handlers, frames and javascript: links, and reports them', () => {
    const hostile = page(
      `<nav><a href="/">Home</a></nav><article onmouseover="steal()">${ARTICLE}
        <p>Read the <a href="javascript:alert(document.cookie)">report</a> and <a href=" jAvAsCrIpT:alert(1)">this</a>.</p>
        <script>alert(1)</script><iframe src="https://evil.example/"></iframe>
        <img src="x" onerror="alert(2)"><svg onload="alert(3)"><a xlink:href="javascript:alert(4)">x</a></svg>
        <p><a href="https://valmere.example/report">Safe link</a><button onclick="alert(5)">Click</button></p>
        <form action="javascript:alert(6)"><input onfocus="alert(7)" autofocus></form></article>`,
    );
    const story = importHtmlText(hostile, 'hostile.html');
    const html = renderedHtml(story.fields.body);
    expect(activeContentIn(html)).toEqual([]);
    expect(html).toContain('href="https://valmere.example/report"');
    expect(plainTextOf(story.fields.body)).toContain('Read the report and this.');
    expect(story.leftOut.join(' ')).toMatch(/1 script, \d+ event handlers, 1 embedded frame, \d+ script links/);
  });

  it('keeps images with a web address as captioned links and leaves out the others', () => {
    const story = importHtmlText(
      page(`<article>${ARTICLE}<figure><img src="https://valmere.example/ferry.jpg" alt="ferry"><figcaption>The ferry at dusk</figcaption></figure><p>More text <img src="data:image/png;base64,AAAA" alt="pixel"> here.</p></article>`),
      'images.html',
    );
    const json = JSON.stringify(story.fields.body);
    expect(json).toContain('"text":"Image: The ferry at dusk"');
    expect(json).toContain('"href":"https://valmere.example/ferry.jpg"');
    expect(json).not.toContain('data:image');
    expect(story.warnings).toContain('1 image kept as a link with its caption.');
    expect(story.leftOut).toContain('1 image without a web address');
  });

  it('imports a fragment whole, without looking for an article', () => {
    const story = importHtmlText('<p>Just <b>one</b> line.</p>', 'Pasted text', { extract: 'auto' });
    expect(story.fields.body.content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Just ' }, { type: 'text', marks: [{ type: 'bold' }], text: 'one' }, { type: 'text', text: ' line.' }] },
    ]);
    expect(story.warnings).toEqual([]);
  });

  it('reads the charset the page declares', () => {
    const bytes = Buffer.concat([Buffer.from('<!doctype html><html><head><meta charset="windows-1252"><title>T</title></head><body><article><p>'), Buffer.from([0x93, 0x43, 0x61, 0x66, 0xe9, 0x94]), Buffer.from(`</p>${ARTICLE}</article></body></html>`)]);
    expect(plainTextOf(importHtml({ fileName: 'cp.html', bytes }).fields.body)).toContain('“Café”');
  });

  it('refuses deeply nested and overlarge pages with a clear reason', () => {
    const deep = `${'<div>'.repeat(20_000)}text${'</div>'.repeat(20_000)}`;
    expect(() => importHtmlText(page(deep), 'deep.html')).toThrow(/deep\.html: the page is nested more than 512 levels deep/);
    const many = '<span>x</span>'.repeat(210_000);
    expect(() => importHtmlText(page(many), 'many.html')).toThrow(/many\.html: the page has more than 200,000 elements/);
  });

  it('refuses a page with no text', () => {
    expect(() => importHtmlText(page('<script>alert(1)</script><img src="x">'), 'blank.html')).toThrow(ImportError);
    expect(() => importHtml({ fileName: 'zero.html', bytes: new Uint8Array() })).toThrow(/zero\.html: the file is empty/);
  });

  it.skipIf(!sharedFolder('xss/test/fixtures'))("never lets one of DOMPurify's 223 attack vectors run code in the story", async () => {
    const vectors = (await import(path.join(sharedFolder('xss/test/fixtures')!, 'expect.mjs'))).default as { payload: string }[];
    expect(vectors.length).toBeGreaterThan(100);
    for (const { payload } of vectors) {
      try {
        const story = importHtmlText(payload, 'vector.html', { extract: 'auto' });
        assertValidDoc(story.fields.body);
        expect(activeContentIn(renderedHtml(story.fields.body)), payload).toEqual([]);
      } catch (error) {
        expect(error, payload).toBeInstanceOf(ImportError);
      }
    }
  });

  it.skipIf(!sharedFolder('readability-pages/test/test-pages/aclu'))('reads a real saved news page', () => {
    const dir = sharedFolder('readability-pages/test/test-pages/aclu')!;
    const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as { title: string; byline: string; siteName: string };
    const story = importHtml({ fileName: 'aclu.html', bytes: fs.readFileSync(path.join(dir, 'source.html')) });
    expect(story.fields.headline).toBe(expected.title);
    expect(story.fields.authors).toEqual([expected.byline]);
    expect(story.fields.editorsNote).toContain(expected.siteName);
    expect(activeContentIn(renderedHtml(story.fields.body))).toEqual([]);
  });
});
