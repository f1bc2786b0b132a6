/**
 * The fact-check report of a story, in three forms: a CSV for the desk's
 * spreadsheet, a JSON document (the ninjs trust indicator points at its uri), and
 * the ClaimReview JSON-LD that search engines read. Pure, like every serializer.
 */
import { FACT_STATUSES, FACT_STATUS_SYMBOLS, type Fact, type FactStatus, type Source } from '../facts/model';
import { csvCell, jsonForScript } from './escape';
import { claimReviewsJsonLd } from './jsonLd';
import { headlineOf } from './storyText';
import type { ExportInput } from './types';

/** The identifier of a story's fact-check report, shared by the report and the ninjs trust indicator. */
export const factReportUri = (storyId: string): string => `urn:uuid:${storyId}:fact-check`;

const CSV_COLUMNS = ['fact_id', 'kind', 'status', 'symbol', 'text', 'attribution', 'sources', 'source_urls', 'checked_by', 'checked_at', 'detached', 'needs_recheck', 'note'] as const;

export function factReportCsv({ facts, sources }: Pick<ExportInput, 'facts' | 'sources'>): string {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const rows = facts.map((fact) => {
    const cited = fact.sourceIds.map((id) => byId.get(id)).filter((source): source is Source => source !== undefined);
    return [
      fact.id,
      fact.kind,
      fact.status,
      FACT_STATUS_SYMBOLS[fact.detached ? 'detached' : fact.status],
      fact.text,
      fact.attribution,
      cited.map((source) => source.title).join('; '),
      cited.map((source) => source.url ?? '').filter(Boolean).join(' '),
      fact.checkedBy,
      fact.checkedAt ?? '',
      fact.detached ? 'yes' : 'no',
      fact.needsRecheck ? 'yes' : 'no',
      fact.note,
    ];
  });
  // A byte-order mark so spreadsheet programs read the file as UTF-8; CRLF line ends as RFC 4180 says.
  return `\uFEFF${[CSV_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export interface FactReport {
  uri: string;
  story: { id: string; slug: string; headline: string; version: number; updatedAt: string };
  generatedAt: string;
  summary: { total: number; byStatus: Record<FactStatus, number>; detached: number; needsRecheck: number };
  facts: Array<Omit<Fact, 'storyId'>>;
  sources: Source[];
}

export function factReport({ story, facts, sources, options }: Pick<ExportInput, 'story' | 'facts' | 'sources' | 'options'>): FactReport {
  const byStatus = Object.fromEntries(FACT_STATUSES.map((status) => [status, 0])) as Record<FactStatus, number>;
  facts.forEach((fact) => byStatus[fact.status]++);
  const cited = new Set(facts.flatMap((fact) => fact.sourceIds));
  return {
    uri: factReportUri(story.id),
    story: { id: story.id, slug: story.slug, headline: headlineOf(story), version: story.version, updatedAt: story.updatedAt },
    generatedAt: options.now,
    summary: { total: facts.length, byStatus, detached: facts.filter((f) => f.detached).length, needsRecheck: facts.filter((f) => f.needsRecheck).length },
    facts: facts.map(({ storyId: _storyId, ...fact }) => fact),
    sources: sources.filter((source) => cited.has(source.id)),
  };
}

export function factReportJson(input: Pick<ExportInput, 'story' | 'facts' | 'sources' | 'options'>): string {
  return `${JSON.stringify(factReport(input), null, 2)}\n`;
}

/** The ClaimReviews alone, as a JSON-LD file (safe to paste into a <script> too). */
export function claimReviewJsonLdFile(input: Pick<ExportInput, 'story' | 'facts' | 'sources'>): string {
  return `${jsonForScript(claimReviewsJsonLd(input))}\n`;
}
