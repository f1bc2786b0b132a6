/**
 * Autosave for one open story: saves within `debounceMs` of the last change and
 * at least every `maxWaitMs` while changes keep coming; one save in flight at a
 * time; failures keep the draft and retry; a conflict stops until resolved.
 * "Saved" is reported only when the save call has resolved.
 */
export type SaveState =
  | { kind: 'saved'; at: number }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: string; code: string; retryInMs: number }
  | { kind: 'conflict'; reason: string; details: unknown };

export interface SaveFailure {
  code: string;
  message: string;
  details?: unknown;
}

export interface AutosaveOptions<D> {
  /** The draft as it is now; called when a save starts, not on every keystroke. */
  snapshot(): D;
  /** Persist `draft` made on `baseVersion`; resolves with the new version. */
  save(draft: D, baseVersion: number): Promise<number>;
  onState(state: SaveState): void;
  /** A save was acknowledged at `version`; `stillDirty` when changes made since are not saved yet. */
  onSaved?(version: number, stillDirty: boolean): void;
  debounceMs?: number;
  maxWaitMs?: number;
  retryDelaysMs?: readonly number[];
  now?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export class Autosave<D> {
  private version: number;
  private dirtySince: number | undefined;
  private inFlight: Promise<void> | undefined;
  private timer: unknown;
  private failures = 0;
  private stopped = false;
  private conflicted = false;
  private readonly waiters: Array<() => void> = [];
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryDelaysMs: readonly number[];
  private readonly now: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(
    baseVersion: number,
    private readonly options: AutosaveOptions<D>,
  ) {
    this.version = baseVersion;
    this.debounceMs = options.debounceMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 2_000;
    this.retryDelaysMs = options.retryDelaysMs ?? [1_000, 2_000, 5_000, 10_000];
    this.now = options.now ?? (() => Date.now());
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  get baseVersion(): number {
    return this.version;
  }

  /** True while some change has not been acknowledged by a save. */
  get hasUnsavedChanges(): boolean {
    return this.dirtySince !== undefined || this.inFlight !== undefined;
  }

  /** Note that the draft changed; a save follows. */
  changed(): void {
    if (this.stopped) return;
    if (this.dirtySince === undefined) this.dirtySince = this.now();
    // While failing or in conflict, the indicator keeps saying so until a save succeeds.
    if (this.failures === 0 && !this.conflicted) this.options.onState({ kind: 'saving' });
    if (this.failures === 0) this.schedule();
  }

  /** Save now and resolve once every change so far is saved, or the save failed. */
  async flush(): Promise<void> {
    if (!this.hasUnsavedChanges || this.conflicted) return;
    const done = new Promise<void>((resolve) => this.waiters.push(resolve));
    this.clear();
    void this.run();
    return done;
  }

  /** After a conflict: keep this draft, saving it over the version now stored. */
  overwriteFrom(currentVersion: number): void {
    this.version = currentVersion;
    this.conflicted = false;
    this.failures = 0;
    this.dirtySince ??= this.now();
    this.options.onState({ kind: 'saving' });
    this.clear();
    void this.run();
  }

  /** After a conflict: take the stored version as it is; nothing of this draft is saved. */
  adopt(currentVersion: number): void {
    this.version = currentVersion;
    this.conflicted = false;
    this.failures = 0;
    this.dirtySince = undefined;
    this.clear();
    this.options.onState({ kind: 'saved', at: this.now() });
    this.release();
  }

  /** Retry a failed save at once (e.g. the connection is back) instead of waiting for the next retry. */
  retryNow(): void {
    if (this.failures === 0 || this.conflicted || this.stopped || this.inFlight) return;
    this.clear();
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.clear();
    this.release();
  }

  private schedule(): void {
    if (this.conflicted || this.dirtySince === undefined) return;
    this.clear();
    const untilMaxWait = this.dirtySince + this.maxWaitMs - this.now();
    this.timer = this.setTimer(() => void this.run(), Math.max(0, Math.min(this.debounceMs, untilMaxWait)));
  }

  private clear(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    this.timer = undefined;
    if (this.inFlight || this.stopped || this.conflicted || this.dirtySince === undefined) return;
    this.dirtySince = undefined;
    let succeeded = false;
    this.inFlight = Promise.resolve()
      .then(() => this.options.save(this.options.snapshot(), this.version))
      .then(
        (version) => {
          this.version = version;
          this.failures = 0;
          succeeded = true;
        },
        (error: unknown) => this.failed(error),
      );
    await this.inFlight;
    this.inFlight = undefined;
    if (succeeded) this.options.onSaved?.(this.version, this.dirtySince !== undefined);
    if (this.stopped || !succeeded) return;
    if (this.dirtySince !== undefined) {
      this.options.onState({ kind: 'saving' });
      this.schedule();
    } else {
      this.options.onState({ kind: 'saved', at: this.now() });
      this.release();
    }
  }

  private failed(thrown: unknown): void {
    const error: SaveFailure =
      typeof thrown === 'object' && thrown !== null && 'code' in thrown
        ? (thrown as SaveFailure)
        : { code: 'internal', message: (thrown as Error)?.message ?? String(thrown) };
    // The unsaved draft is still in the editor: mark it dirty again so it is sent next time.
    this.dirtySince ??= this.now();
    if (error.code === 'conflict') {
      this.conflicted = true;
      this.options.onState({ kind: 'conflict', reason: error.message, details: error.details });
      this.release();
      return;
    }
    const retryInMs = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length - 1)] ?? 5_000;
    this.failures += 1;
    this.options.onState({ kind: 'failed', reason: error.message, code: error.code, retryInMs });
    this.release();
    this.clear();
    this.timer = this.setTimer(() => void this.run(), retryInMs);
  }

  private release(): void {
    this.waiters.splice(0).forEach((resolve) => resolve());
  }
}
