import type { StoryDraft } from '../storyDraft';
import type { DraftJournal } from './draftJournal';
import { draftJson } from './draftJson';

export interface JournalState {
  baseVersion: number;
  draft: StoryDraft;
  sentDigests?: string[];
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
 * never waits for it; at once when a save is sent and when the window is hidden or
 * closed), removed once everything is saved. Operations run in order.
 */
export class JournalWriter {
  private scheduled = false;
  private chain: Promise<void> = Promise.resolve();
  private generation = 0;
  /** Operations queued before the last one started at once are stale: skipped. */
  private supersededBefore = -1;
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
   * Write the entry now. `atOnce`: the write starts in this very turn instead of queueing behind
   * earlier ones, for a window being hidden or closed (a queued write would start after the page
   * is gone, losing the last keystrokes) and for a save about to be sent (the journal must name
   * what the library may hold before the library can hold it). It still lands after them:
   * IndexedDB runs read-write transactions on one store in the order they were created.
   */
  writeNow(atOnce = false): void {
    const journal = this.journal;
    if (!journal) return;
    this.cancelScheduled();
    this.lastWriteAt = Date.now();
    const { baseVersion, draft, sentDigests } = this.read();
    const entry = { storyId: this.storyId, sessionId: this.sessionId, baseVersion, draft: draftJson(draft), updatedAt: Date.now(), ...(sentDigests?.length ? { sentDigests } : {}) };
    if (atOnce) this.startAtOnce(journal.put(entry));
    else this.enqueue(() => journal.put(entry));
  }

  /** Everything is saved: the entry goes. */
  clear(): void {
    const journal = this.journal;
    if (!journal) return;
    this.cancelScheduled();
    this.enqueue(() => journal.remove(this.storyId, this.sessionId));
  }

  /**
   * The window is being hidden or closed: the entry is written, or, with everything saved,
   * removed, at once. A removal left queued behind a write would never run once the page is
   * gone, and the older draft it should have removed would be replayed over the library's newer
   * text when the story next opens.
   */
  leave(unsaved: boolean): void {
    const journal = this.journal;
    if (!journal) return;
    if (unsaved) return this.writeNow(true);
    this.cancelScheduled();
    this.startAtOnce(journal.remove(this.storyId, this.sessionId));
  }

  /** Remove another session's entry (after taking its draft over). */
  removeOther(sessionId: string): void {
    const journal = this.journal;
    if (!journal || sessionId === this.sessionId) return;
    this.enqueue(() => journal.remove(this.storyId, sessionId), false);
  }

  /** A write scheduled but not started would carry older content than what comes now. */
  private cancelScheduled(): void {
    this.scheduled = false;
    this.generation += 1;
  }

  private startAtOnce(operation: Promise<void>): void {
    // Writes and removals queued but not started would land after this one with older content.
    this.supersededBefore = this.generation;
    this.chain = Promise.all([this.chain, operation]).then(() => undefined).catch(this.onError);
    this.lastWrite = this.chain;
  }

  private enqueue(operation: () => Promise<void>, ofThisEntry = true): void {
    const queuedAt = this.generation;
    const stale = () => ofThisEntry && queuedAt < this.supersededBefore;
    this.chain = this.chain.then(() => (stale() ? undefined : operation())).catch(this.onError);
    this.lastWrite = this.chain;
  }
}
