/** When a key was last pressed anywhere in the window: one listener, for every reader. */
let lastKeyAt = -Infinity;

if (typeof document !== 'undefined') {
  document.addEventListener('keydown', () => (lastKeyAt = performance.now()), { capture: true, passive: true });
}

/** Milliseconds until the writer will have paused typing for `pauseMs` (0: paused already). */
export function untilTypingPause(pauseMs: number): number {
  return Math.max(0, lastKeyAt + pauseMs - performance.now());
}
