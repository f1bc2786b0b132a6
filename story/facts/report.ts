import { displayStatus, FACT_STATUS_SYMBOLS, type Fact, type Source } from './model';

/** What the fact-check report needs of the story. */
export interface ReportStory {
  id: string;
  slug: string;
  headline: string;
  authors: string[];
  dateline: { place: string; date: string };
}

export interface FactReportEntry {
  id: string;
  kind: Fact['kind'];
  /** The status as shown: "detached" when the words are gone from the draft. */
  status: ReturnType<typeof displayStatus>;
  symbol: string;
  needsRecheck: boolean;
  text: string;
  textAsTagged: string;
  attribution: string;
  note: string;
  sources: Array<{ id: string; kind: Source['kind']; title: string; url?: string; fileName?: string; sha256?: string; person?: string }>;
  checkedBy: string;
  checkedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface FactReport {
  story: { id: string; slug: string; headline: string; authors: string[]; dateline: { place: string; date: string } };
  generatedAt: string;
  counts: Record<string, number>;
  facts: FactReportEntry[];
}

export function factReport(story: ReportStory, facts: readonly Fact[], sources: readonly Source[], generatedAt: string): FactReport {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const entries = facts.map((fact): FactReportEntry => {
    const status = displayStatus(fact);
    return {
      id: fact.id,
      kind: fact.kind,
      status,
      symbol: FACT_STATUS_SYMBOLS[status],
      needsRecheck: fact.needsRecheck,
      text: fact.currentText ?? fact.text,
      textAsTagged: fact.text,
      attribution: fact.attribution,
      note: fact.note,
      sources: fact.sourceIds.flatMap((id) => {
        const source = byId.get(id);
        if (!source) return [];
        return [{ id, kind: source.kind, title: source.title, ...pick(source, ['url', 'fileName', 'sha256', 'person']) }];
      }),
      checkedBy: fact.checkedBy,
      checkedAt: fact.checkedAt,
      createdAt: fact.createdAt,
      updatedAt: fact.updatedAt,
    };
  });
  const counts: Record<string, number> = { total: entries.length };
  for (const entry of entries) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
  return { story: { id: story.id, slug: story.slug, headline: story.headline, authors: story.authors, dateline: story.dateline }, generatedAt, counts, facts: entries };
}

function pick<T extends object, K extends keyof T>(value: T, keys: K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((key) => value[key] !== undefined && value[key] !== '').map((key) => [key, value[key]])) as Partial<Pick<T, K>>;
}

export function factReportJson(report: FactReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

const CSV_COLUMNS = ['id', 'kind', 'status', 'needs_recheck', 'text', 'text_as_tagged', 'attribution', 'sources', 'note', 'checked_by', 'checked_at', 'created_at', 'updated_at'] as const;

/** One CSV cell. A cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe. */
const cell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** RFC 4180 CSV. A cell that a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe. */
export function factReportCsv(report: FactReport): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const fact of report.facts) {
    const sources = fact.sources
      .map((s) => {
        const where = s.url ?? s.fileName ?? s.person;
        return where ? `${s.title} <${where}>` : s.title;
      })
      .join('; ');
    lines.push(
      [fact.id, fact.kind, fact.status, fact.needsRecheck ? 'yes' : 'no', fact.text, fact.textAsTagged, fact.attribution, sources, fact.note, fact.checkedBy, fact.checkedAt ?? '', fact.createdAt, fact.updatedAt]
        .map(cell)
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The verdict scale of ClaimReview ratings: 1 false … 5 true. */
const RATING: Partial<Record<Fact['status'], { value: number; name: string }>> = {
  false: { value: 1, name: 'False' },
  disputed: { value: 3, name: 'Disputed' },
  verified: { value: 5, name: 'True' },
};

export interface ClaimReviewOptions {
  /** The address of the published story (the page hosting the fact check); each review links to its fact there. */
  url: string;
  /** Who reviewed the claims: the publisher or desk; defaults to the story's authors. */
  reviewer?: { type: 'Organization' | 'Person'; name: string };
}

/**
 * schema.org ClaimReview JSON-LD for every claim (and quote) with a verdict: verified, disputed or false.
 * Detached facts and those waiting for a re-check have no verdict to publish.
 */
export function claimReviewJsonLd(story: ReportStory, facts: readonly Fact[], options: ClaimReviewOptions): Array<Record<string, unknown>> {
  const reviewer = options.reviewer ?? { type: 'Person' as const, name: story.authors.join(', ') || 'Copydesk' };
  return facts
    .filter((fact) => (fact.kind === 'claim' || fact.kind === 'quote') && RATING[fact.status] && !fact.detached && !fact.needsRecheck)
    .map((fact) => {
      const rating = RATING[fact.status]!;
      const claimDate = (fact.createdAt || story.dateline.date).slice(0, 10);
      const reviewed = (fact.checkedAt ?? fact.updatedAt).slice(0, 10);
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: `${options.url}#fact-${fact.id}`,
        claimReviewed: fact.currentText ?? fact.text,
        itemReviewed: {
          '@type': 'Claim',
          ...(fact.attribution ? { author: { '@type': /\b(?:ministry|department|agency|office|government|council|party|company|inc|ltd|kremlin|white house)\b/i.test(fact.attribution) ? 'Organization' : 'Person', name: fact.attribution } } : {}),
          datePublished: story.dateline.date || claimDate,
        },
        author: { '@type': reviewer.type, name: fact.checkedBy || reviewer.name },
        datePublished: reviewed,
        reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name },
      };
    });
}
