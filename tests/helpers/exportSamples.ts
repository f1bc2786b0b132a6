/** Small stories and facts written for the export tests (our own words). */
import type { Fact, Source } from '../../story/facts/model';
import type { DocJSON, NodeJSON } from '../../story/document';
import { blankStoryFields } from '../../story/model';
import type { ExportStory } from '../../story/formats/types';

const text = (value: string, marks?: Array<{ type: string; attrs?: Record<string, unknown> }>): NodeJSON => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: NodeJSON[]): NodeJSON => ({ type: 'paragraph', content });

/** Every node and mark of the schema, including what must never be exported. */
export const RICH_BODY: DocJSON = {
  type: 'doc',
  content: [
    paragraph(
      text('The port authority of Valmere voted on '),
      text('Thursday', [{ type: 'fact', attrs: { factId: 'fact-date' } }]),
      text(' to allow a '),
      text('six-month trial', [{ type: 'bold' }, { type: 'fact', attrs: { factId: 'fact-figure' } }]),
      text(' of night ferries, '),
      text('the minutes show', [{ type: 'link', attrs: { href: 'https://example.org/minutes' } }]),
      text('.'),
    ),
    { type: 'editorsNote', content: [paragraph(text('SECRET NOTE: check the fare with the operator'))] },
    { type: 'heading', attrs: { level: 2 }, content: [text('What the trial allows')] },
    {
      type: 'keyTakeaways',
      content: [
        { type: 'takeaway', content: [text('Two crossings a night')] },
        { type: 'takeaway', content: [text('Engines under 60 decibels')] },
      ],
    },
    {
      type: 'pullQuote',
      content: [
        { type: 'pullQuoteText', content: [text('We listened to the harbour.', [{ type: 'fact', attrs: { factId: 'fact-quote' } }])] },
        { type: 'pullQuoteAttribution', content: [text('Ines Okafor, harbour master')] },
      ],
    },
    paragraph(text('The fare will be '), { type: 'tk', attrs: { note: 'fare from operator' } }, text(' euros, '), text('officials', [{ type: 'italic' }]), text(' said.')),
    { type: 'heading', attrs: { level: 3 }, content: [text('Who voted')] },
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [
        { type: 'listItem', content: [paragraph(text('Five members in favour'))] },
        {
          type: 'listItem',
          content: [
            paragraph(text('Two against')),
            { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('one abstained'))] }] },
          ],
        },
      ],
    },
    paragraph(text('Evil link', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]), text(' and '), text('mail', [{ type: 'link', attrs: { href: 'mailto:desk@example.org' } }]), { type: 'hardBreak' }, text('second line')),
    { type: 'horizontalRule' },
    { type: 'readNext', attrs: { title: 'Read next' } },
  ],
};

export function richStory(overrides: Partial<ExportStory> = {}): ExportStory {
  return {
    ...blankStoryFields(RICH_BODY),
    id: '0b9d2c4e-1f3a-4e5b-8c7d-6a5b4c3d2e1f',
    slug: 'harbour-ferry',
    headline: 'Harbour authority approves night ferry trial',
    headlineVariants: { seo: 'Valmere night ferry trial approved', social: '' },
    dek: 'The six-month trial ends a two-year dispute with residents.',
    authors: ['Ana Reyes'],
    dateline: { place: 'Valmere', date: '2026-11-26' },
    section: 'Metro',
    keywords: ['ferries', 'harbour'],
    language: 'en-GB',
    urgency: 4,
    genre: 'news',
    editorsNote: 'Fare figure to come.',
    copyright: '© 2026 Valmere Courier',
    usageTerms: 'No resale.',
    status: 'ready',
    related: [
      { headline: 'Harbour dredging to start in spring', time: '2026-11-26T04:00:00.000Z', url: 'https://example.org/dredging' },
      { headline: 'Ferry union backs trial', time: '06:00' },
    ],
    createdAt: '2026-11-25T09:00:00.000Z',
    updatedAt: '2026-11-26T05:30:00.000Z',
    version: 3,
    ...overrides,
  };
}

const factBase = { storyId: '0b9d2c4e-1f3a-4e5b-8c7d-6a5b4c3d2e1f', attribution: '', note: '', sourceIds: [], detached: false, needsRecheck: false, checkedBy: '', checkedAt: null, createdAt: '2026-11-26T05:00:00.000Z', updatedAt: '2026-11-26T05:00:00.000Z' };

export const SAMPLE_SOURCES: Source[] = [
  { id: 'src-minutes', kind: 'web', title: 'Port authority minutes', url: 'https://example.org/minutes', notes: '', createdAt: '2026-11-26T05:00:00.000Z' },
  { id: 'src-call', kind: 'interview', title: 'Call with Ines Okafor', person: 'Ines Okafor', notes: '', createdAt: '2026-11-26T05:00:00.000Z' },
];

export const SAMPLE_FACTS: Fact[] = [
  { ...factBase, id: 'fact-date', kind: 'date', text: 'Thursday', status: 'verified', sourceIds: ['src-minutes'] },
  { ...factBase, id: 'fact-figure', kind: 'figure', text: 'six-month trial', status: 'sourced', sourceIds: ['src-minutes'] },
  { ...factBase, id: 'fact-quote', kind: 'quote', text: 'We listened to the harbour.', status: 'unverified', attribution: 'Ines Okafor' },
  { ...factBase, id: 'fact-claim-true', kind: 'claim', text: 'The trial ends a two-year dispute', status: 'verified', attribution: 'Port authority', sourceIds: ['src-minutes'], checkedBy: 'Lena Park', checkedAt: '2026-11-26T05:10:00.000Z' },
  { ...factBase, id: 'fact-claim-false', kind: 'claim', text: '=HYPERLINK("http://evil.example")', status: 'false', attribution: 'A resident' },
  { ...factBase, id: 'fact-claim-open', kind: 'claim', text: 'Residents were not consulted', status: 'unverified' },
  { ...factBase, id: 'fact-person', kind: 'person', text: 'Ines Okafor', status: 'verified' },
  { ...factBase, id: 'fact-org', kind: 'organisation', text: 'Valmere Port Authority', status: 'sourced' },
  { ...factBase, id: 'fact-place', kind: 'place', text: 'Valmere', status: 'verified' },
];

export const FIXED_OPTIONS = { now: '2026-11-26T06:00:00.000Z', timeZone: 'UTC', teaserTimeStyle: 'clock' as const, commentPrompt: 'What do you think of the trial?' };
