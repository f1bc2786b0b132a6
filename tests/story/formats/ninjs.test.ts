import { describe, expect, it } from 'vitest';
import { storyNinjs } from '../../../story/formats/ninjs';
import { exportInput } from '../../../story/formats/types';
import { FIXED_OPTIONS, SAMPLE_FACTS, SAMPLE_SOURCES, richStory } from '../../helpers/exportSamples';
import { NINJS_SPEC_DIR, ninjsSchemasAvailable, ninjsValidators as validators } from '../../helpers/ninjsSchemas';
import { wireStory, wireStoryAvailable } from '../../helpers/wireStoryFixture';

const haveSchemas = ninjsSchemasAvailable();
if (!haveSchemas) console.warn(`ninjs schema validation skipped: IPTC's schemas are not at ${NINJS_SPEC_DIR}`);

const input = (overrides = {}) => exportInput(richStory(overrides), { facts: SAMPLE_FACTS, sources: SAMPLE_SOURCES, options: FIXED_OPTIONS });

describe('ninjs export', () => {
  it.skipIf(!haveSchemas)('validates against every IPTC ninjs 2.x schema', () => {
    const stories = [
      storyNinjs(input()),
      storyNinjs(exportInput(richStory({ urgency: null, embargo: '2026-11-27T06:00:00+01:00', status: 'killed', dek: '', authors: [], related: [] }), { options: FIXED_OPTIONS })),
      ...(wireStoryAvailable() ? [storyNinjs(exportInput(wireStory(), { options: FIXED_OPTIONS }))] : []),
    ];
    for (const { version, validate } of validators()) {
      for (const ninjs of stories) {
        const valid = validate(ninjs);
        expect(validate.errors ?? [], `ninjs ${version}`).toEqual([]);
        expect(valid).toBe(true);
      }
    }
  });

  it.skipIf(!haveSchemas)('the schemas do refuse a broken item (the validation is real)', () => {
    for (const { validate } of validators()) {
      expect(validate({ ...storyNinjs(input()), Headline: 'upper case' })).toBe(false);
      expect(validate({ ...storyNinjs(input()), pubstatus: 'draft' })).toBe(false);
    }
  });

  it('maps the story metadata to lower-case ninjs properties', () => {
    const ninjs = storyNinjs(input());
    expect(Object.keys(ninjs).every((key) => key === key.toLowerCase())).toBe(true);
    expect(ninjs).toMatchObject({
      uri: 'urn:uuid:0b9d2c4e-1f3a-4e5b-8c7d-6a5b4c3d2e1f',
      type: 'text',
      version: '3',
      firstcreated: '2026-11-25T09:00:00.000Z',
      versioncreated: '2026-11-26T05:30:00.000Z',
      pubstatus: 'usable',
      urgency: 4,
      language: 'en-GB',
      headlines: [
        { role: 'main', value: 'Harbour authority approves night ferry trial' },
        { role: 'sub', value: 'The six-month trial ends a two-year dispute with residents.' },
        { role: 'seo', value: 'Valmere night ferry trial approved' },
      ],
      descriptions: [{ role: 'summary', contenttype: 'text/plain', value: 'The six-month trial ends a two-year dispute with residents.' }],
      by: 'Ana Reyes',
      slugline: 'harbour-ferry',
      located: 'Valmere',
      genres: [{ name: 'news', literal: 'news' }],
      ednote: 'Fare figure to come.',
      copyrightnotice: '© 2026 Valmere Courier',
      usageterms: 'No resale.',
      people: [{ name: 'Ines Okafor', literal: 'Ines Okafor', rel: 'mentioned' }],
      organisations: [{ name: 'Valmere Port Authority', literal: 'Valmere Port Authority', rel: 'mentioned' }],
      places: [{ name: 'Valmere', literal: 'Valmere', rel: 'mentioned' }],
      trustindicators: [{ role: 'https://schema.org/ClaimReview', title: 'Fact-check report: 9 facts, 4 verified', href: 'urn:uuid:0b9d2c4e-1f3a-4e5b-8c7d-6a5b4c3d2e1f:fact-check' }],
    });
    expect(ninjs.subjects).toEqual([
      { name: 'Metro', literal: 'section:Metro', rel: 'section' },
      { name: 'ferries', literal: 'ferries', rel: 'keyword' },
      { name: 'harbour', literal: 'harbour', rel: 'keyword' },
    ]);
  });

  it('has a rich-text XHTML body and a plain-text body with word and character counts', () => {
    const bodies = storyNinjs(input()).bodies as Array<{ role: string; contenttype: string; value: string; wordcount: number; charcount: number }>;
    const [rich, plain] = bodies;
    expect(rich!.contenttype).toBe('application/xhtml+xml');
    expect(rich!.value).toMatch(/^<div class="story-body"><p><span class="dateline">VALMERE<\/span> — The port authority/);
    expect(rich!.value).toContain('<h2>What the trial allows</h2>');
    expect(rich!.value).not.toContain('data-fact-id');
    expect(rich!.value).not.toContain('SECRET NOTE');
    expect(plain!.contenttype).toBe('text/plain');
    expect(plain!.value.split('\n')[0]).toBe('The port authority of Valmere voted on Thursday to allow a six-month trial of night ferries, the minutes show.');
    expect(plain!.value).not.toContain('SECRET NOTE');
    expect(plain!.wordcount).toBe(rich!.wordcount);
    expect(plain!.charcount).toBe([...plain!.value].length);
  });

  it('lists the "Read next" teasers as associations and marks unpublished stories withheld', () => {
    const ninjs = storyNinjs(input({ status: 'editing' }));
    expect(ninjs.pubstatus).toBe('withheld');
    expect(ninjs.associations).toEqual([
      { name: 'read-next-1', uri: 'https://example.org/dredging', type: 'text', representationtype: 'partial', headlines: [{ role: 'main', value: 'Harbour dredging to start in spring' }], versioncreated: '2026-11-26T04:00:00.000Z' },
      { name: 'read-next-2', uri: 'urn:uuid:0b9d2c4e-1f3a-4e5b-8c7d-6a5b4c3d2e1f:read-next:2', type: 'text', representationtype: 'partial', headlines: [{ role: 'main', value: 'Ferry union backs trial' }] },
    ]);
  });
});
