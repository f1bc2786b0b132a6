import { describe, expect, it } from 'vitest';
import { blankStoryFields, type Story } from '../../../../../story/model';
import { docFromPlainText } from '../../../../../story/document';
import { digest, type DraftJournal, type JournalEntry } from '../../../../../renderer/panes/editor/journal/draftJournal';
import { canonicalDraft } from '../../../../../renderer/panes/editor/journal/draftJson';
import { openDraft } from '../../../../../renderer/panes/editor/journal/recovery';
import { draftOf, type StoryDraft } from '../../../../../renderer/panes/editor/storyDraft';

/** The journal's contract over a Map (IndexedDB does not exist in Node). */
class MemoryJournal implements DraftJournal {
  readonly entries = new Map<string, JournalEntry>();
  async put(entry: JournalEntry) {
    this.entries.set(`${entry.storyId}/${entry.sessionId}`, entry);
  }
  async remove(storyId: string, sessionId: string) {
    this.entries.delete(`${storyId}/${sessionId}`);
  }
  async entriesFor(storyId: string) {
    return [...this.entries.values()].filter((entry) => entry.storyId === storyId);
  }
}

const ID = '7d9f5c1e-2a4b-4c3d-8e9f-0a1b2c3d4e5f';

function story(text: string, version: number): Story {
  return { ...blankStoryFields(docFromPlainText(text)), headline: 'Ferry', id: ID, bodyText: text, wordCount: 0, createdAt: '', updatedAt: '', version };
}

function draft(text: string): StoryDraft {
  return draftOf(story(text, 1));
}

function entry(sessionId: string, baseVersion: number, text: string, extra: Partial<JournalEntry> = {}): JournalEntry {
  return { storyId: ID, sessionId, baseVersion, draft: JSON.stringify(draft(text)), updatedAt: 1, ...extra };
}

describe('opening a story with the journal', () => {
  it('opens the stored story when the journal holds nothing for it', async () => {
    const opened = await openDraft(story('Saved.', 3), new MemoryJournal(), 'me', new Set());
    expect(opened).toEqual({ draft: draftOf(story('Saved.', 3)), baseVersion: 3 });
  });

  it('replays this window’s unsaved draft on the version it was made on', async () => {
    const journal = new MemoryJournal();
    await journal.put(entry('me', 3, 'Saved. And typed after.'));
    const opened = await openDraft(story('Saved.', 3), journal, 'me', new Set(['me']));
    expect(opened.draft.body).toEqual(docFromPlainText('Saved. And typed after.'));
    expect(opened.baseVersion).toBe(3);
    expect(opened.recovered?.sessionId).toBe('me');
  });

  it('replays the draft of a window that died, but not that of a window still open', async () => {
    const journal = new MemoryJournal();
    await journal.put(entry('dead', 3, 'From the crashed window.', { updatedAt: 5 }));
    await journal.put(entry('alive', 3, 'From the open window.', { updatedAt: 9 }));
    const opened = await openDraft(story('Saved.', 3), journal, 'me', new Set(['me', 'alive']));
    expect(opened.draft.body).toEqual(docFromPlainText('From the crashed window.'));
    expect(journal.entries.has(`${ID}/alive`)).toBe(true);
  });

  it('drops a draft the library already holds', async () => {
    const journal = new MemoryJournal();
    await journal.put(entry('me', 2, 'Saved.'));
    const opened = await openDraft(story('Saved.', 3), journal, 'me', new Set());
    expect(opened.recovered).toBeUndefined();
    expect(journal.entries.size).toBe(0);
  });

  it('recognises a save that was committed but never answered, and continues from the stored version', async () => {
    const journal = new MemoryJournal();
    const sent = digest(canonicalDraft(draft('Saved. Sent.')));
    await journal.put(entry('me', 3, 'Saved. Sent. Typed while it was sent.', { sentDigest: sent }));
    const opened = await openDraft(story('Saved. Sent.', 4), journal, 'me', new Set());
    expect(opened.baseVersion).toBe(4);
    expect(opened.draft.body).toEqual(docFromPlainText('Saved. Sent. Typed while it was sent.'));
  });

  it('recognises its save among several sent on one version and never answered (a kill cut the first answer off, retries failed)', async () => {
    const journal = new MemoryJournal();
    const committed = digest(canonicalDraft(draft('Saved. Sent.')));
    const retried = digest(canonicalDraft(draft('Saved. Sent. Typed.')));
    await journal.put(entry('me', 3, 'Saved. Sent. Typed. More.', { sentDigests: [committed, retried] }));
    const opened = await openDraft(story('Saved. Sent.', 4), journal, 'me', new Set());
    expect(opened.baseVersion).toBe(4);
    expect(opened.draft.body).toEqual(docFromPlainText('Saved. Sent. Typed. More.'));
  });

  it('does not take a version two saves ahead for its own, even with the digest', async () => {
    const journal = new MemoryJournal();
    const sent = digest(canonicalDraft(draft('Saved. Sent.')));
    await journal.put(entry('me', 3, 'Saved. Sent. Typed.', { sentDigests: [sent] }));
    const opened = await openDraft(story('Saved. Sent.', 5), journal, 'me', new Set());
    expect(opened.baseVersion).toBe(3);
  });

  it('keeps a draft made on an older version on that version, so that saving it shows the conflict', async () => {
    const journal = new MemoryJournal();
    await journal.put(entry('me', 3, 'Mine.'));
    const opened = await openDraft(story('Theirs.', 5), journal, 'me', new Set());
    expect(opened.baseVersion).toBe(3);
    expect(opened.draft.body).toEqual(docFromPlainText('Mine.'));
  });
});
