import type { Library } from '../../db/open';
import { startBackgroundCheck, type BackgroundCheck, type BackgroundCheckOutcome } from '../../db/backgroundCheck';
import type { LibraryCheckResult } from '../api/contract';
import { AppError } from '../api/errors';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often a running app asks whether a check is due. */
const POLL_MS = 60 * 60 * 1000;
/** After opening, the check waits this long so the app's first reads do not compete with it. */
export const DEFAULT_FIRST_CHECK_DELAY_MS = 10_000;

export interface IntegrityChecksOptions {
  library: Library;
  nativeBinding?: string;
  /** Days between whole-file checks (the `integrityCheckDays` setting). */
  intervalDays: () => number;
  firstDelayMs?: number;
  onDamaged(problems: string[]): void;
  log(message: string): void;
}

export interface IntegrityChecks {
  /** A check is reading the library now. */
  readonly running: boolean;
  /** Run a check now (unless one runs already) and resolve with what it found. */
  checkNow(): Promise<BackgroundCheckOutcome>;
  /** Stop the schedule and any running check; resolves when its read has ended. */
  stop(): Promise<void>;
}

/**
 * The whole-file check of an open library, in the background: when the last one that passed
 * (at open, or here) is older than the interval — which is when an open skipped it because
 * the library had been closed cleanly. Catches damage no file metadata shows (a failing disk,
 * bit rot) and edits that hid from the clean-close marker.
 */
export function scheduleIntegrityChecks(options: IntegrityChecksOptions): IntegrityChecks {
  const { library, log } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: { check: BackgroundCheck; done: Promise<BackgroundCheckOutcome> } | undefined;
  let stopped = false;

  const due = () => {
    const last = library.lastFullCheckAt;
    return last === null || Date.now() - Date.parse(last) >= options.intervalDays() * DAY_MS;
  };

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (due()) void checkNow().finally(() => schedule(POLL_MS));
      else schedule(POLL_MS);
    }, ms);
    timer.unref?.();
  };

  function checkNow(): Promise<BackgroundCheckOutcome> {
    if (running) return running.done;
    if (stopped) return Promise.resolve({ state: 'stopped' });
    const check = startBackgroundCheck(library.path, options.nativeBinding);
    const done = check.done.then((outcome) => {
      running = undefined;
      if (outcome.state === 'sound') {
        library.recordFullCheck(outcome.startedAt);
        log(`[copydesk] Checked the whole library in the background: no damage (${(outcome.ms / 1000).toFixed(1)} s).`);
      } else if (outcome.state === 'damaged') {
        if (!stopped) options.onDamaged(outcome.problems);
      } else if (outcome.state === 'failed') {
        log(`[copydesk] The background check of the library could not run: ${outcome.message}`);
      }
      return outcome;
    });
    running = { check, done };
    return done;
  }

  schedule(options.firstDelayMs ?? DEFAULT_FIRST_CHECK_DELAY_MS);
  return {
    get running() {
      return running !== undefined;
    },
    checkNow,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
      await running?.check.stop();
    },
  };
}

/** A check the user asked for, as the API answers it: sound or damaged; one that could not finish is an error. */
export function answerCheck(outcome: BackgroundCheckOutcome): LibraryCheckResult {
  switch (outcome.state) {
    case 'sound':
      return { state: 'sound', ms: outcome.ms, checkedAt: outcome.startedAt.toISOString() };
    case 'damaged':
      return { state: 'damaged', problems: outcome.problems };
    case 'failed':
      throw new AppError('unavailable', `The library could not be checked: ${outcome.message}. Try again in a moment.`);
    case 'stopped':
      throw new AppError('unavailable', 'The check stopped before it finished: the library was closed or replaced while it ran.');
  }
}
