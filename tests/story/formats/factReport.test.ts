import { describe, expect, it } from 'vitest';
import { serializeStory } from '../../../story/formats/registry';
import { exportInput } from '../../../story/formats/types';
import { FIXED_OPTIONS, SAMPLE_FACTS, SAMPLE_SOURCES, richStory } from '../../helpers/exportSamples';

const input = exportInput(richStory(), { facts: SAMPLE_FACTS, sources: SAMPLE_SOURCES, options: FIXED_OPTIONS });
const text = async (format: Parameters<typeof serializeStory>[0]) => new TextDecoder().decode(await serializeStory(format, input));

/** The report itself is the facts capability's (tested there); these check what an export writes with it. */
describe('fact-check report formats of an export', () => {
  it('CSV: one row per fact, formulas neutralised', async () => {
    const csv = await text('factcheck-csv');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(SAMPLE_FACTS.length + 1);
    expect(lines[0]).toMatch(/^id,kind,status,/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });

  it('JSON: the story, counts, and each fact with its sources', async () => {
    const report = JSON.parse(await text('factcheck-json')) as { story: { slug: string }; generatedAt: string; counts: Record<string, number>; facts: Array<{ id: string; sources: Array<{ title: string }> }> };
    expect(report.story.slug).toBe('harbour-ferry');
    expect(report.generatedAt).toBe(FIXED_OPTIONS.now);
    expect(report.counts.total).toBe(SAMPLE_FACTS.length);
    expect(report.facts.find((fact) => fact.id === 'fact-date')!.sources.map((source) => source.title)).toEqual(['Port authority minutes']);
  });

  it('ClaimReview JSON-LD: the claims with a verdict, pointing at the story', async () => {
    const reviews = JSON.parse(await text('claimreview')) as Array<{ '@type': string; claimReviewed: string; url: string }>;
    expect(reviews.map((review) => [review['@type'], review.claimReviewed])).toEqual([
      ['ClaimReview', 'The trial ends a two-year dispute'],
      ['ClaimReview', '=HYPERLINK("http://evil.example")'],
    ]);
    expect(reviews[0]!.url).toBe('urn:uuid:0b9d2c4e-1f3a-4e5b-8c7d-6a5b4c3d2e1f#fact-fact-claim-true');
  });
});
