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
  notes: string;
  createdAt: string;
}
