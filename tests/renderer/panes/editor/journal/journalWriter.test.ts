import { describe, expect, it } from 'vitest';
import type { DraftJournal, JournalEntry } from '../../../../../renderer/panes/editor/journal/draftJournal';
import { JournalWriter, type JournalState } from '../../../../../renderer/panes/editor/journal/journalWriter';
import { docFromPlainText } from '../../../../../story/document';

class MemoryJournal implements DraftJournal {
  readonly log: string[] = [];
  readonly entries = new Map<string, JournalEntry>();
  async put(entry: JournalEntry) {
    this.log.push(`put ${entry.baseVersion}`);
    this.entries.set(entry.sessionId, entry);
  }
  async remove(_storyId: string, sessionId: string) {
    this.log.push(`remove ${sessionId}`);
    this.entries.delete(sessionId);
  }
  async entriesFor() {
    return [...this.entries.values()];
  }
}

/** A journal whose first write hangs until released; every write logs "start <text>" when it begins. */
function slowFirstWrite() {
  const { journal, state, writer } = setup();
  let release: () => void = () => {};
  const slowFirst = new Promise<void>((resolve) => (release = resolve));
  const put = journal.put.bind(journal);
  journal.put = async (entry) => {
    journal.log.push(`start ${JSON.parse(entry.draft).body.content[0].content[0].text}`);
    if (journal.log.length === 1) await slowFirst;
    return put(entry);
  };
  return { journal, state, writer, release };
}

function setup() {
  const journal = new MemoryJournal();
  const state: JournalState = {
    baseVersion: 1,
    draft: { slug: '', headline: 'H', dek: '', authors: [], dateline: { place: '', date: '' }, body: docFromPlainText('One') },
  };
  const writer = new JournalWriter(journal, 'story', 'me', () => state);
  return { journal, state, writer };
}

describe('the journal writer', () => {
  it('starts the write of a window being closed at once, even while an earlier write is still going', async () => {
    const { journal, state, writer, release } = slowFirstWrite();
    writer.writeNow();
    await Promise.resolve();
    state.draft = { ...state.draft, body: docFromPlainText('One two') };
    writer.writeNow(true);
    // Started in the same turn as the page's pagehide, not after the first write settles
    // (IndexedDB, unlike this stand-in, commits them in the order they were started).
    expect(journal.log.filter((line) => line.startsWith('start'))).toEqual(['start One', 'start One two']);
    let settled = false;
    void writer.lastWrite.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    release();
    await writer.lastWrite;
    expect(journal.log.filter((line) => line.startsWith('put'))).toHaveLength(2);
  });

  it('drops a write still queued when the window closes: it would land after the last one with older text', async () => {
    const { journal, state, writer, release } = slowFirstWrite();
    writer.writeNow();
    await Promise.resolve();
    state.draft = { ...state.draft, body: docFromPlainText('One two') };
    writer.writeNow();
    state.draft = { ...state.draft, body: docFromPlainText('One two three') };
    writer.writeNow(true);
    release();
    await writer.lastWrite;
    // IndexedDB commits in the order writes start, so what is started last is what the journal keeps.
    expect(journal.log.filter((line) => line.startsWith('start'))).toEqual(['start One', 'start One two three']);
  });

  it('removes the entry at once when the window is left with everything saved, not after a write still going', async () => {
    const { journal, writer, release } = slowFirstWrite();
    writer.writeNow();
    await Promise.resolve();
    writer.clear();
    writer.leave(false);
    // A removal queued behind the write would never start once the page is gone, and the draft it
    // should have removed would be replayed over the library's newer text.
    expect(journal.log).toEqual(['start One', 'remove me']);
    release();
    await writer.lastWrite;
    expect(journal.log.filter((line) => line === 'remove me')).toHaveLength(1);
  });

  it('writes the entry at once when the window is left with changes not yet saved', async () => {
    const { journal, state, writer } = setup();
    state.draft = { ...state.draft, body: docFromPlainText('One two') };
    writer.changed();
    writer.leave(true);
    expect(journal.log).toEqual(['put 1']);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await writer.lastWrite;
    expect(journal.log).toEqual(['put 1']);
    expect(JSON.parse(journal.entries.get('me')!.draft).body).toEqual(docFromPlainText('One two'));
  });

  it('coalesces a burst of changes into one write of the latest draft', async () => {
    const { journal, state, writer } = setup();
    for (const text of ['One t', 'One tw', 'One two']) {
      state.draft = { ...state.draft, body: docFromPlainText(text) };
      writer.changed();
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
    await writer.lastWrite;
    expect(journal.log).toEqual(['put 1']);
    expect(JSON.parse(journal.entries.get('me')!.draft).body).toEqual(docFromPlainText('One two'));
  });

  it('removes the entry once everything is saved, and a pending write does not bring it back', async () => {
    const { journal, writer } = setup();
    writer.writeNow();
    writer.changed();
    writer.clear();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await writer.lastWrite;
    expect(journal.log).toEqual(['put 1', 'remove me']);
    expect(journal.entries.size).toBe(0);
  });

  it('records the base version and the digests of saves sent and not answered', async () => {
    const { journal, state, writer } = setup();
    state.baseVersion = 4;
    state.sentDigests = ['abc', 'def'];
    writer.writeNow();
    await writer.lastWrite;
    expect(journal.entries.get('me')).toMatchObject({ baseVersion: 4, sentDigests: ['abc', 'def'], storyId: 'story' });
  });
});
