export interface Repeating {
  /** The interval may have changed: aim again at the last run (or start) plus the interval as it is now. */
  reschedule(): void;
  stop(): void;
}

/**
 * Run `run` every `intervalMs()`, counted from the end of the last run (or from the start).
 * The interval is read each time the timer is aimed, so a changed setting takes effect at
 * `reschedule()` without resetting the clock: shortened below the time already waited, it
 * runs at once; an unrelated change postpones nothing.
 */
export function repeatEvery(intervalMs: () => number, run: () => Promise<void>): Repeating {
  let since = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let stopped = false;

  const aim = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (stopped || running) return;
    timer = setTimeout(fire, Math.max(0, since + intervalMs() - Date.now()));
    timer.unref?.();
  };

  const fire = () => {
    timer = undefined;
    running = true;
    void run().finally(() => {
      running = false;
      since = Date.now();
      aim();
    });
  };

  aim();
  return {
    reschedule: aim,
    stop() {
      stopped = true;
      aim();
    },
  };
}
