import type { Story } from '../../../../story/model';
import { draftOf, type StoryDraft } from '../storyDraft';
import { digest, type DraftJournal, type JournalEntry } from './draftJournal';
import { canonicalDraft } from './draftJson';

export interface OpenedDraft {
  draft: StoryDraft;
  /** The version the draft's edits are based on: a save on it conflicts if the library has moved on. */
  baseVersion: number;
  /** Set when unsaved edits were taken from the journal. */
  recovered?: JournalEntry;
}

/**
 * What to show when a story opens: the stored story, or the unsaved draft the journal
 * kept for it (this window's, or that of a window that crashed or closed). A draft
 * the library already holds is dropped; a draft whose save was committed but never
 * answered is recognised by its digest and continues from the stored version; a
 * draft made on an older version opens on that version, so its first save shows
 * the conflict view with both texts.
 */
export async function openDraft(story: Story, journal: DraftJournal, session: string, live: Set<string>): Promise<OpenedDraft> {
  const stored: OpenedDraft = { draft: draftOf(story), baseVersion: story.version };
  const entries = (await journal.entriesFor(story.id))
    .filter((entry) => entry.sessionId === session || !live.has(entry.sessionId))
    .toSorted((a, b) => b.updatedAt - a.updatedAt);
  if (entries.length === 0) return stored;
  const storedCanonical = canonicalDraft(stored.draft);
  let chosen: { entry: JournalEntry; draft: StoryDraft } | undefined;
  for (const entry of entries) {
    let draft: StoryDraft;
    try {
      draft = JSON.parse(entry.draft) as StoryDraft;
    } catch {
      continue;
    }
    if (!chosen && canonicalDraft(draft) !== storedCanonical) chosen = { entry, draft };
    else await journal.remove(entry.storyId, entry.sessionId);
  }
  if (!chosen) return stored;
  const { entry, draft } = chosen;
  const sent = [...(entry.sentDigests ?? []), ...(entry.sentDigest ? [entry.sentDigest] : [])];
  const committedUnanswered = story.version === entry.baseVersion + 1 && sent.includes(digest(storedCanonical));
  const baseVersion = entry.baseVersion === story.version || committedUnanswered ? story.version : entry.baseVersion;
  return { draft, baseVersion, recovered: entry };
}
