import type { StoryDraft } from '../storyDraft';
import type { DraftJournal } from './draftJournal';
import { draftJson } from './draftJson';

export interface JournalState {
  baseVersion: number;
  draft: StoryDraft;
  sentDigest?: string;
}

/** At most one write of a long story per this many milliseconds while typing. */
const MIN_INTERVAL_MS = 150;

/**
 * Run `fn` when the main thread is next idle (after the frame being made is painted), within 100 ms.
 * An idle callback, not an animation frame: asking for a frame when none was coming made the window
 * lay out, paint and composite an extra frame for every journal write (one more frame per
 * keystroke and a half, each ~3 ms of the main thread's work, while typing into a long story).
 */
function afterPaint(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => fn(), { timeout: 100 });
  else setTimeout(fn, 0);
}

/**
 * Keeps one story's journal entry in step with the screen: rewritten after each
 * change (coalesced, at most every 150 ms, after the frame is painted so typing
 * never waits for it; at once when the window is hidden or closed), removed once
 * everything is saved. Operations run in order.
 */
export class JournalWriter {
  private scheduled = false;
  private chain: Promise<void> = Promise.resolve();
  private generation = 0;
  /** Operations queued before the last write of a window being closed are stale: skipped. */
  private leftAtGeneration = -1;
  private lastWriteAt = 0;
  /** Resolves after the last journal operation queued so far. */
  lastWrite: Promise<void> = Promise.resolve();

  constructor(
    private readonly journal: DraftJournal | undefined,
    private readonly storyId: string,
    private readonly sessionId: string,
    private readonly read: () => JournalState,
    private readonly onError: (error: unknown) => void = () => {},
  ) {}

  changed(): void {
    if (!this.journal || this.scheduled) return;
    this.scheduled = true;
    const generation = this.generation;
    const wait = Math.max(0, this.lastWriteAt + MIN_INTERVAL_MS - Date.now());
    setTimeout(
      () =>
        afterPaint(() => {
          if (generation !== this.generation) return;
          this.scheduled = false;
          this.writeNow();
        }),
      wait,
    );
  }

  /**
   * Write the entry now. `leaving`: the window is being hidden or closed, so the write starts in
   * this very turn instead of queueing behind earlier ones (a queued write would start after the
   * page is gone, losing the last keystrokes). It still lands after them: IndexedDB runs
   * read-write transactions on one store in the order they were created.
   */
  writeNow(leaving = false): void {
    const journal = this.journal;
    if (!journal) return;
    this.scheduled = false;
    this.generation += 1;
    this.lastWriteAt = Date.now();
    const { baseVersion, draft, sentDigest } = this.read();
    const entry = { storyId: this.storyId, sessionId: this.sessionId, baseVersion, draft: draftJson(draft), updatedAt: Date.now(), ...(sentDigest ? { sentDigest } : {}) };
    if (!leaving) {
      this.enqueue(() => journal.put(entry));
      return;
    }
    // Writes and removals queued but not started would land after this one with older content.
    this.leftAtGeneration = this.generation;
    const written = journal.put(entry);
    this.chain = Promise.all([this.chain, written]).then(() => undefined).catch(this.onError);
    this.lastWrite = this.chain;
  }

  /** Everything is saved: the entry goes. */
  clear(): void {
    const journal = this.journal;
    if (!journal) return;
    this.scheduled = false;
    this.generation += 1;
    this.enqueue(() => journal.remove(this.storyId, this.sessionId));
  }

  /** Remove another session's entry (after taking its draft over). */
  removeOther(sessionId: string): void {
    const journal = this.journal;
    if (!journal || sessionId === this.sessionId) return;
    this.enqueue(() => journal.remove(this.storyId, sessionId), false);
  }

  private enqueue(operation: () => Promise<void>, ofThisEntry = true): void {
    const queuedAt = this.generation;
    const stale = () => ofThisEntry && queuedAt < this.leftAtGeneration;
    this.chain = this.chain.then(() => (stale() ? undefined : operation())).catch(this.onError);
    this.lastWrite = this.chain;
  }
}
