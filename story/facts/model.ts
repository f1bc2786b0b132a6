/**
 * The fact model shared by the facts service, the editor, the facts pane, the
 * preview's overlay and the exporters. A fact is a `fact` mark on a span of the
 * body (holding only `factId`) plus this record in the library.
 */
export const FACT_KINDS = ['claim', 'quote', 'figure', 'date', 'person', 'organisation', 'place'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export const FACT_STATUSES = ['unverified', 'sourced', 'verified', 'disputed', 'false', 'removed'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** The one scale of UI.md: the same symbol wherever a status is shown. "detached" is not a status but a state of the span. */
export const FACT_STATUS_SYMBOLS: Readonly<Record<FactStatus | 'detached', string>> = {
  unverified: '○',
  sourced: '◐',
  verified: '●',
  disputed: '◑',
  false: '✕',
  removed: '–',
  detached: '⚠',
};

export interface Fact {
  id: string;
  storyId: string;
  kind: FactKind;
  /** The tagged words as they were when tagged (or last verified). */
  text: string;
  status: FactStatus;
  /** Who said or claims it (quotes and claims). */
  attribution: string;
  note: string;
  sourceIds: string[];
  /** The span's words vanished from the draft; the record is kept until dealt with. */
  detached: boolean;
  /** The span's words changed since it was verified. */
  needsRecheck: boolean;
  checkedBy: string;
  checkedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The words as the draft has them now (differs from `text` once edited). */
  currentText?: string;
  /** The sentence around the words when they were tagged. */
  context?: string;
  /** Place in the body at the last save (document order); null while detached. */
  order?: number | null;
  /** What the suggester knew when the fact was accepted. */
  meta?: FactMeta;
}

/** Details a suggestion carries into the fact it becomes. */
export interface FactMeta {
  /** person, organisation, place: the name alone; person: its fullest form. */
  name?: string;
  /** person: the title written with the name. */
  title?: string;
  /** quote: the speaker as written and as resolved. */
  speakerAsWritten?: string;
  /** date: the calendar date or range the words refer to. */
  resolvedDate?: string;
  /** figure: what is counted. */
  unit?: string;
  /** quote: direct or partial. */
  quoteType?: 'direct' | 'partial';
}

/** Statuses that carry a verdict (ClaimReview, the report). */
export const VERDICT_STATUSES: readonly FactStatus[] = ['verified', 'disputed', 'false'];

/** A fact in the state it is shown: its status, or "detached" when its words are gone from the draft. */
export function displayStatus(fact: Pick<Fact, 'status' | 'detached'>): FactStatus | 'detached' {
  return fact.detached ? 'detached' : fact.status;
}

/** A fact citing a source, with its story: a source's page lists these. */
export interface SourceCitation {
  factId: string;
  factKind: FactKind;
  factText: string;
  factStatus: FactStatus;
  detached: boolean;
  storyId: string;
  storyHeadline: string;
  storySlug: string;
}

export const SOURCE_KINDS = ['web', 'document', 'interview', 'wire', 'email', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A source in the ledger shared by all stories. Fields beyond `title` depend on the kind. */
export interface Source {
  id: string;
  kind: SourceKind;
  title: string;
  url?: string;
  accessedAt?: string;
  /** document: the copy kept in the library. */
  fileName?: string;
  sha256?: string;
  /** interview */
  person?: string;
  personTitle?: string;
  contact?: string;
  interviewedAt?: string;
  onRecord?: boolean;
  /** web: the site; wire: the agency; email: the sender's organisation. */
  publisher?: string;
  /** document: size in bytes of the kept copy. */
  fileSize?: number;
  notes: string;
  createdAt: string;
  updatedAt?: string;
}
