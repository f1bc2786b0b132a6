// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The module afresh (it keeps when the last key was pressed), with fake timers and clock. */
async function load() {
  vi.resetModules();
  return import('../../../renderer/hooks/typingPause');
}
const press = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
/** A key every 100 ms for `ms`. */
function typeFor(ms: number) {
  for (let t = 0; t < ms; t += 100) {
    press();
    vi.advanceTimersByTime(100);
  }
}

describe('afterTypingPause', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('runs after its delay when nobody types', async () => {
    const { afterTypingPause } = await load();
    const ran = vi.fn();
    afterTypingPause(ran, 250);
    vi.advanceTimersByTime(249);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ran).toHaveBeenCalledOnce();
  });

  it('waits while the writer types, and runs once the writer has paused 400 ms', async () => {
    const { afterTypingPause } = await load();
    const ran = vi.fn();
    afterTypingPause(ran, 250);
    // The last key at 1,400 ms.
    typeFor(1_500);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(299);
    expect(ran).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(ran).toHaveBeenCalledOnce();
  });

  it('runs at the latest after the longest wait, however long the typing goes on', async () => {
    const { afterTypingPause } = await load();
    const ran = vi.fn();
    afterTypingPause(ran, 250, 400, 3_000);
    typeFor(2_900);
    expect(ran).not.toHaveBeenCalled();
    typeFor(200);
    expect(ran).toHaveBeenCalledOnce();
  });

  it('does not run once cancelled', async () => {
    const { afterTypingPause } = await load();
    const ran = vi.fn();
    const cancel = afterTypingPause(ran, 250);
    typeFor(500);
    cancel();
    vi.advanceTimersByTime(5_000);
    expect(ran).not.toHaveBeenCalled();
  });
});
