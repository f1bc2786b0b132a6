/** When a key was last pressed anywhere in the window: one listener, for every reader. */
let lastKeyAt = -Infinity;

if (typeof document !== 'undefined') {
  document.addEventListener('keydown', () => (lastKeyAt = performance.now()), { capture: true, passive: true });
}

/** Milliseconds until the writer will have paused typing for `pauseMs` (0: paused already). */
export function untilTypingPause(pauseMs: number): number {
  return Math.max(0, lastKeyAt + pauseMs - performance.now());
}

/**
 * Runs `fn` `delayMs` from now, or later, once the writer has paused typing for `pauseMs`; at the
 * latest `longestMs` from now. For work that can wait for a pause (a pane's refresh after a save)
 * rather than run between a fast typist's keystrokes. Returns the cancel.
 */
export function afterTypingPause(fn: () => void, delayMs: number, pauseMs = 400, longestMs = 3000): () => void {
  const latest = performance.now() + Math.max(delayMs, longestMs);
  const check = () => {
    const wait = Math.min(untilTypingPause(pauseMs), latest - performance.now());
    if (wait > 0) timer = setTimeout(check, wait);
    else fn();
  };
  let timer = setTimeout(check, delayMs);
  return () => clearTimeout(timer);
}
