import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { repeatEvery, type Repeating } from '../../../electron/core/repeatEvery';

const MINUTE = 60_000;

describe('repeatEvery (the backup schedule’s timer)', () => {
  let runs: number[];
  let minutes: number;
  let timer: Repeating;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    runs = [];
    minutes = 60;
    timer = repeatEvery(
      () => minutes * MINUTE,
      async () => void runs.push(Date.now() / MINUTE),
    );
  });
  afterEach(() => {
    timer.stop();
    vi.useRealTimers();
  });

  it('runs every interval, counted from the last run', async () => {
    const start = Date.now() / MINUTE;
    await vi.advanceTimersByTimeAsync(150 * MINUTE);
    expect(runs.map((at) => at - start)).toEqual([60, 120]);
  });

  it('a shorter interval set after the time already waited runs at once, then keeps the new interval', async () => {
    const start = Date.now() / MINUTE;
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    minutes = 5;
    timer.reschedule();
    await vi.advanceTimersByTimeAsync(0);
    expect(runs.map((at) => at - start)).toEqual([10]);
    await vi.advanceTimersByTimeAsync(12 * MINUTE);
    expect(runs.map((at) => at - start)).toEqual([10, 15, 20]);
  });

  it('a longer interval postpones the next run; a reschedule with the same interval postpones nothing', async () => {
    const start = Date.now() / MINUTE;
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    minutes = 120;
    timer.reschedule();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(runs).toEqual([]);
    timer.reschedule();
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    expect(runs.map((at) => at - start)).toEqual([120]);
  });

  it('runs no more once stopped', async () => {
    timer.stop();
    await vi.advanceTimersByTimeAsync(300 * MINUTE);
    expect(runs).toEqual([]);
  });
});
