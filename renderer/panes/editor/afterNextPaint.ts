/**
 * `setTimeout`, whose callback then waits for the next frame to be painted (at most
 * `longestWaitMs`: a hidden window paints none). Work that a keystroke's timer starts (a save
 * during continuous typing is due the moment the keystroke lands) then runs after that
 * keystroke is on screen, not between the keystroke and its paint. Returns the cancel.
 */
export function afterNextPaint(fn: () => void, delayMs: number, longestWaitMs = 50): () => void {
  let frame = 0;
  const timers: Array<ReturnType<typeof setTimeout>> = [];
  let settled = false;
  const cancel = () => {
    settled = true;
    cancelAnimationFrame(frame);
    timers.forEach(clearTimeout);
  };
  const run = () => {
    if (settled) return;
    cancel();
    fn();
  };
  timers.push(
    setTimeout(() => {
      frame = requestAnimationFrame(() => timers.push(setTimeout(run, 0)));
      timers.push(setTimeout(run, longestWaitMs));
    }, delayMs),
  );
  return cancel;
}
