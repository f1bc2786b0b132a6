import type { StoryFields } from './model';

/** Why a snapshot was taken. */
export const REVISION_KINDS = ['manual', 'auto', 'status', 'import', 'restore'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface RevisionSummary {
  id: number;
  storyId: string;
  at: string;
  kind: RevisionKind;
  /** What the user wrote when saving the version, or what happened ("Status: Ready"). */
  note: string;
  /** The story's version the snapshot was taken of. */
  storyVersion: number;
  headline: string;
  wordCount: number;
}

/** A revision with its content, as the diff view and a restore need it. */
export interface Revision extends RevisionSummary {
  fields: StoryFields;
  /** The plain text a reader reads, as of this revision. */
  bodyText: string;
}

/** Kinds never thinned away with age: the user's own versions and the workflow's milestones. */
export const KEPT_REVISION_KINDS: ReadonlySet<RevisionKind> = new Set(['manual', 'status', 'import', 'restore']);

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * Which automatic revisions to drop as they age: all are kept for a day, then one per
 * hour for a week, then one per day. Within each bucket the newest is kept. Manual,
 * status, import and restore revisions are always kept.
 */
export function revisionsToThin(revisions: ReadonlyArray<Pick<RevisionSummary, 'id' | 'at' | 'kind'>>, now: Date): number[] {
  const seen = new Set<string>();
  const drop: number[] = [];
  const newestFirst = revisions.toSorted((a, b) => (a.at === b.at ? b.id - a.id : a.at < b.at ? 1 : -1));
  for (const revision of newestFirst) {
    if (KEPT_REVISION_KINDS.has(revision.kind)) continue;
    const at = Date.parse(revision.at);
    const age = now.getTime() - at;
    if (age < DAY) continue;
    const bucket = age < 7 * DAY ? `h${Math.floor(at / HOUR)}` : `d${Math.floor(at / DAY)}`;
    if (seen.has(bucket)) drop.push(revision.id);
    else seen.add(bucket);
  }
  return drop;
}
