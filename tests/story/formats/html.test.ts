import { describe, expect, it } from 'vitest';
import { storyHtml, storyHtmlParts } from '../../../story/formats/html';
import { exportInput } from '../../../story/formats/types';
import { parseStrictXml } from '../../helpers/strictXml';
import { FIXED_OPTIONS, SAMPLE_FACTS, SAMPLE_SOURCES, richStory } from '../../helpers/exportSamples';

const input = (overrides = {}, extra = {}) => exportInput(richStory(overrides), { facts: SAMPLE_FACTS, sources: SAMPLE_SOURCES, options: FIXED_OPTIONS, ...extra });

function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!));
}

/** Our HTML is also well-formed XML: parse it strictly to check its structure. */
function parse(html: string) {
  return parseStrictXml(html.replace('<!DOCTYPE html>', ''));
}

describe('HTML export', () => {
  it('shows the story as published: header, dateline, subheads, takeaways, pull quote, teasers, comment prompt', () => {
    const html = storyHtml(input());
    const doc = parse(html);
    const text = (tag: string) => Array.from(doc.getElementsByTagName(tag)).map((el) => el.textContent ?? '');
    expect(text('h1')).toEqual(['Harbour authority approves night ferry trial']);
    expect(html).toContain('<p class="dek">The six-month trial ends a two-year dispute with residents.</p>');
    expect(html).toContain('<p class="byline">By <span class="author">Ana Reyes</span></p>');
    expect(html).toContain('<time datetime="2026-11-26">26 November 2026</time>');
    expect(html).toMatch(/<p><span class="dateline">VALMERE<\/span> — The port authority/);
    expect(text('h2')).toEqual(['What the trial allows', 'Read next', 'What do you think of the trial?']);
    expect(text('h3')).toEqual(['Who voted']);
    expect(html).toContain('<li data-type="takeaway">Two crossings a night</li>');
    expect(html).toContain('.key-takeaways li::before { content: "\\2714"');
    expect(html).toMatch(/<figure class="pull-quote"[^>]*><blockquote>.*We listened to the harbour\..*<\/blockquote><figcaption>Ines Okafor, harbour master<\/figcaption><\/figure>/);
    expect(html).toContain('<time class="teaser-time" datetime="2026-11-26T04:00:00.000Z">04:00</time> <a class="teaser-headline" href="https://example.org/dredging">Harbour dredging to start in spring</a>');
    expect(html).toContain('<time class="teaser-time">06:00</time> <span class="teaser-headline">Ferry union backs trial</span>');
    expect(html).toContain('<section class="comment-prompt"><h2>What do you think of the trial?</h2></section>');
    expect(html).toContain('<ol><li><p>Five members in favour</p></li><li><p>Two against</p><ul><li><p>one abstained</p></li></ul></li></ol>');
  });

  it('teasers show "2 hours ago" when the house style is relative', () => {
    const html = storyHtml(input({}, { options: { ...FIXED_OPTIONS, teaserTimeStyle: 'relative' } }));
    expect(html).toContain('>2 hours ago</time>');
    expect(html).toContain('>06:00</time>'); // a time kept as printed stays as printed
  });

  it('never shows editor\'s notes, TK notes or the story\'s note to editors', () => {
    const html = storyHtml(input());
    expect(html).not.toContain('SECRET NOTE');
    expect(html).not.toContain('fare from operator');
    expect(html).not.toContain('Fare figure to come');
    expect(html).toContain('<span class="tk" data-type="tk">TK</span>');
  });

  it('keeps only http, https and mailto links; the words of a refused link stay', () => {
    const html = storyHtml(input());
    expect(html).not.toContain('javascript:');
    expect(html).toContain('Evil link and <a href="mailto:desk@example.org"');
    expect(html).toContain('<a href="https://example.org/minutes" rel="noopener noreferrer nofollow">the minutes show</a>');
  });

  it('escapes everything from the story, in text, attributes and JSON-LD', () => {
    const hostile = '</script><script>alert(1)</script><img src=x onerror=alert(2)> & "quotes"';
    const html = storyHtml(input({ headline: hostile, dek: hostile, authors: [hostile], section: hostile, keywords: [hostile], language: 'en' }));
    parse(html);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html.match(/<script/g)).toHaveLength(2); // the two JSON-LD blocks, nothing else
    const [article] = jsonLd(html) as Array<Record<string, unknown>>;
    expect(article!.headline).toBe(hostile);
  });

  it('is self-contained: no script to run, nothing fetched from anywhere', () => {
    const html = storyHtml(input());
    expect(html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed|video|audio|source)\b/);
    expect(html).not.toMatch(/url\(|@import/);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'`);
  });

  it('carries schema.org NewsArticle JSON-LD with the story metadata and the tagged entities', () => {
    const [article] = jsonLd(storyHtml(input())) as Array<Record<string, unknown>>;
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Harbour authority approves night ferry trial',
      alternativeHeadline: 'Valmere night ferry trial approved',
      description: 'The six-month trial ends a two-year dispute with residents.',
      author: [{ '@type': 'Person', name: 'Ana Reyes' }],
      dateline: 'Valmere',
      datePublished: '2026-11-26',
      dateModified: '2026-11-26T05:30:00.000Z',
      articleSection: 'Metro',
      keywords: ['ferries', 'harbour'],
      inLanguage: 'en-GB',
    });
    expect(article!.wordCount).toBeGreaterThan(40);
    expect(article!.mentions).toEqual(
      expect.arrayContaining([
        { '@type': 'Person', name: 'Ines Okafor' },
        { '@type': 'Organization', name: 'Valmere Port Authority' },
        { '@type': 'Place', name: 'Valmere' },
      ]),
    );
  });

  it('puts an entity the headline names under "about"', () => {
    const [article] = jsonLd(storyHtml(input({ headline: 'Ines Okafor backs the night ferry' }))) as Array<Record<string, unknown>>;
    expect(article!.about).toEqual([{ '@type': 'Person', name: 'Ines Okafor' }]);
  });

  it('adds the facts capability\'s ClaimReview JSON-LD for claims with a verdict', () => {
    const [, reviews] = jsonLd(storyHtml(input())) as [unknown, Array<Record<string, any>>];
    expect(reviews.map((review) => review.claimReviewed)).toEqual(['The trial ends a two-year dispute', '=HYPERLINK("http://evil.example")']);
    expect(reviews[0]).toMatchObject({
      '@type': 'ClaimReview',
      author: { name: 'Lena Park' },
      datePublished: '2026-11-26',
      reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: 'True' },
      itemReviewed: { '@type': 'Claim' },
    });
    expect(reviews[1]!.reviewRating.alternateName).toBe('False');
    expect(jsonLd(storyHtml(exportInput(richStory(), { options: FIXED_OPTIONS })))).toHaveLength(1);
  });

  it('the print surface is the same article with A4 pages and no comment prompt', () => {
    const print = storyHtml(input(), 'print');
    expect(print).toContain('class="surface-print"');
    expect(print).toContain('@page { size: A4;');
    expect(print).toContain('break-inside: avoid');
    expect(print).not.toContain('comment-prompt"><h2>');
    expect(print).toContain('<h1 class="headline">Harbour authority approves night ferry trial</h1>');
  });

  it('puts teasers at the end when the body has no "Read next" slot, and none when there are no teasers', () => {
    const body = { ...richStory().body, content: richStory().body.content.filter((node) => node.type !== 'readNext') };
    expect(storyHtml(input({ body }))).toMatch(/<\/div>\n<section class="read-next"/);
    expect(storyHtml(input({ related: [] }, { related: [] }))).not.toContain('<section class="read-next"');
  });
});

describe('the page in parts (what the preview patches block by block)', () => {
  it('puts together to the page, one part per element of the story body', () => {
    for (const surface of ['web', 'print'] as const) {
      const parts = storyHtmlParts(input(), surface);
      expect(`${parts.before}${parts.blocks.join('\n')}${parts.after}`).toBe(storyHtml(input(), surface));
      expect(parts.before.endsWith('<div class="story-body">\n')).toBe(true);
      // The dateline's paragraph, subheads, takeaways, quote, the list, the rule, "Read next": each its own element.
      for (const block of parts.blocks.filter(Boolean)) expect(parse(`<div>${block}</div>`).documentElement.childNodes).toHaveLength(1);
      expect(parts.blocks[0]).toMatch(/^<p><span class="dateline">VALMERE<\/span> — The port authority/);
    }
  });

  it('gives the same page with a block cache, and re-makes only the blocks whose JSON is new', () => {
    const cache = new WeakMap();
    const story = input();
    const first = storyHtmlParts(story, 'web', { blockCache: cache });
    expect(first).toEqual(storyHtmlParts(story));
    // A keystroke: one block's JSON is new, the others are the same objects (as the editor's snapshots share them).
    const content = [...story.story.body.content];
    content[5] = { type: 'paragraph', content: [{ type: 'text', text: 'The fare is settled.' }] };
    const edited = { ...story, story: { ...story.story, body: { ...story.story.body, content } } };
    const second = storyHtmlParts(edited, 'web', { blockCache: cache });
    expect(second).toEqual(storyHtmlParts(edited));
    expect(second.blocks.filter((block, index) => block !== first.blocks[index])).toEqual(['<p>The fare is settled.</p>']);
    // The dateline's first paragraph is made afresh each time, so a new dateline shows.
    const moved = storyHtmlParts({ ...edited, story: { ...edited.story, dateline: { ...edited.story.dateline, place: 'Oslo' } } }, 'web', { blockCache: cache });
    expect(moved.blocks[0]).toMatch(/^<p><span class="dateline">OSLO<\/span> — /);
  });

  it('leaves out only the JSON-LD when asked to (the preview drops scripts anyway)', () => {
    const full = storyHtmlParts(input());
    const lean = storyHtmlParts(input(), 'web', { structuredData: false });
    expect(full.before).toContain('application/ld+json');
    expect(lean.before).not.toContain('<script');
    expect(lean.before).toBe(full.before.replace(/\n<script type="application\/ld\+json">[\s\S]*?<\/script>/g, ''));
    expect(lean.blocks).toEqual(full.blocks);
    expect(lean.after).toBe(full.after);
  });
});
