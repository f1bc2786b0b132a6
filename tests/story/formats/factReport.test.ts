import { describe, expect, it } from 'vitest';
import { claimReviewJsonLdFile, factReport, factReportCsv, factReportUri } from '../../../story/formats/factReport';
import { exportInput } from '../../../story/formats/types';
import { FIXED_OPTIONS, SAMPLE_FACTS, SAMPLE_SOURCES, richStory } from '../../helpers/exportSamples';

const input = exportInput(richStory(), { facts: SAMPLE_FACTS, sources: SAMPLE_SOURCES, options: FIXED_OPTIONS });

/** A minimal RFC 4180 reader, to read our CSV back as a spreadsheet would. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i]!;
    if (quoted && char === '"' && csv[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && char === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

describe('fact-check report', () => {
  it('CSV: one row per fact with status symbol and sources, UTF-8 with BOM, CRLF', () => {
    const csv = factReportCsv(input);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(csv.slice(1));
    expect(rows[0]).toEqual(['fact_id', 'kind', 'status', 'symbol', 'text', 'attribution', 'sources', 'source_urls', 'checked_by', 'checked_at', 'detached', 'needs_recheck', 'note']);
    expect(rows).toHaveLength(SAMPLE_FACTS.length + 1);
    expect(rows[1]!.slice(0, 8)).toEqual(['fact-date', 'date', 'verified', '●', 'Thursday', '', 'Port authority minutes', 'https://example.org/minutes']);
  });

  it('CSV: a cell that would run as a spreadsheet formula is neutralised', () => {
    const rows = readCsv(factReportCsv(input).slice(1));
    const formula = rows.find((row) => row[0] === 'fact-claim-false')!;
    expect(formula[4]).toBe(`'=HYPERLINK("http://evil.example")`);
  });

  it('JSON: the report carries its uri (the ninjs trust indicator points at it), counts and cited sources', () => {
    const report = factReport(input);
    expect(report.uri).toBe(factReportUri(richStory().id));
    expect(report.summary).toEqual({ total: 9, byStatus: { unverified: 2, sourced: 2, verified: 4, disputed: 0, false: 1, removed: 0 }, detached: 0, needsRecheck: 0 });
    expect(report.sources.map((source) => source.id)).toEqual(['src-minutes']);
    expect(report.facts[0]).not.toHaveProperty('storyId');
  });

  it('ClaimReview file: JSON-LD for the claims with verdicts', () => {
    const reviews = JSON.parse(claimReviewJsonLdFile(input)) as Array<{ '@type': string; claimReviewed: string }>;
    expect(reviews.map((review) => [review['@type'], review.claimReviewed])).toEqual([
      ['ClaimReview', 'The trial ends a two-year dispute'],
      ['ClaimReview', '=HYPERLINK("http://evil.example")'],
    ]);
  });
});
