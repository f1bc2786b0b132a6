import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveState } from '../../../../renderer/panes/editor/autosave';

interface Harness {
  autosave: Autosave<string>;
  states: SaveState['kind'][];
  saves: Array<{ draft: string; base: number }>;
  text: { value: string };
  respond: (outcome: 'ok' | { code: string; message: string; details?: unknown }) => void;
  acknowledged: Array<{ version: number; stillDirty: boolean }>;
}

/** An autosave whose save() waits until the test answers it, as a real server round trip would. */
function harness(): Harness {
  const states: SaveState['kind'][] = [];
  const saves: Array<{ draft: string; base: number }> = [];
  const text = { value: '' };
  const acknowledged: Array<{ version: number; stillDirty: boolean }> = [];
  const pending: Array<(outcome: 'ok' | { code: string; message: string }) => void> = [];
  let version = 1;
  const autosave = new Autosave<string>(1, {
    snapshot: () => text.value,
    save: (draft, base) =>
      new Promise<number>((resolve, reject) => {
        saves.push({ draft, base });
        pending.push((outcome) => (outcome === 'ok' ? resolve(++version) : reject(outcome)));
      }),
    onState: (state) => states.push(state.kind),
    onSaved: (saved, stillDirty) => acknowledged.push({ version: saved, stillDirty }),
  });
  return { autosave, states, saves, text, acknowledged, respond: (outcome) => pending.shift()!(outcome) };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const type = (h: Harness, chars: string) => {
  h.text.value += chars;
  h.autosave.changed();
};

describe('autosave', () => {
  it('saves 300 ms after the last keystroke, and says Saved only when the save answered', async () => {
    const h = harness();
    type(h, 'a');
    await vi.advanceTimersByTimeAsync(200);
    type(h, 'b');
    await vi.advanceTimersByTimeAsync(299);
    expect(h.saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.saves).toEqual([{ draft: 'ab', base: 1 }]);
    expect(h.states.at(-1)).toBe('saving');
    h.respond('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.states.at(-1)).toBe('saved');
    expect(h.autosave.baseVersion).toBe(2);
  });

  it('saves at least every 2 s during continuous typing', async () => {
    const h = harness();
    for (let ms = 0; ms < 2_100; ms += 100) {
      type(h, 'x');
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(h.saves.length).toBe(1);
    expect(h.saves[0]!.draft.length).toBeGreaterThanOrEqual(19);
  });

  it('keeps one save in flight and sends what was typed meanwhile on the new version', async () => {
    const h = harness();
    type(h, 'one');
    await vi.advanceTimersByTimeAsync(300);
    type(h, ' two');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.saves).toHaveLength(1);
    h.respond('ok');
    await vi.advanceTimersByTimeAsync(300);
    expect(h.saves[1]).toEqual({ draft: 'one two', base: 2 });
    expect(h.states).not.toContain('saved');
    h.respond('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.states.at(-1)).toBe('saved');
  });

  it('on a failure keeps the draft, says why, and retries by itself until it saves', async () => {
    const h = harness();
    type(h, 'draft');
    await vi.advanceTimersByTimeAsync(300);
    h.respond({ code: 'disk_full', message: 'The disk is full' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.states.at(-1)).toBe('failed');
    expect(h.autosave.hasUnsavedChanges).toBe(true);
    type(h, ' more');
    expect(h.states.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(h.saves.at(-1)).toEqual({ draft: 'draft more', base: 1 });
    h.respond('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.states.at(-1)).toBe('saved');
    expect(h.autosave.hasUnsavedChanges).toBe(false);
  });

  it('stops on a conflict until told to overwrite', async () => {
    const h = harness();
    type(h, 'mine');
    await vi.advanceTimersByTimeAsync(300);
    h.respond({ code: 'conflict', message: 'changed elsewhere', details: { current: { version: 5 } } });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(h.states.at(-1)).toBe('conflict');
    expect(h.saves).toHaveLength(1);
    h.autosave.overwriteFrom(5);
    await vi.advanceTimersByTimeAsync(0);
    expect(h.saves.at(-1)).toEqual({ draft: 'mine', base: 5 });
  });

  it('flush saves at once and resolves when saved', async () => {
    const h = harness();
    type(h, 'now');
    const flushed = h.autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.saves).toHaveLength(1);
    let done = false;
    void flushed.then(() => (done = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(false);
    h.respond('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toBe(true);
  });

  it('tells the journal each acknowledged version and whether changes are still unsaved', async () => {
    const h = harness();
    type(h, 'one');
    await vi.advanceTimersByTimeAsync(300);
    type(h, ' two');
    h.respond('ok');
    await vi.advanceTimersByTimeAsync(300);
    h.respond('ok');
    await vi.advanceTimersByTimeAsync(0);
    expect(h.acknowledged).toEqual([
      { version: 2, stillDirty: true },
      { version: 3, stillDirty: false },
    ]);
  });

  it('after a conflict, taking theirs drops this draft and continues from their version', async () => {
    const h = harness();
    type(h, 'mine');
    await vi.advanceTimersByTimeAsync(300);
    h.respond({ code: 'conflict', message: 'changed elsewhere' });
    await vi.advanceTimersByTimeAsync(0);
    h.autosave.adopt(7);
    expect(h.states.at(-1)).toBe('saved');
    expect(h.autosave.hasUnsavedChanges).toBe(false);
    type(h, 'theirs, edited');
    await vi.advanceTimersByTimeAsync(300);
    expect(h.saves.at(-1)).toEqual({ draft: 'minetheirs, edited', base: 7 });
  });

  it('retries a failed save at once when asked (the connection came back)', async () => {
    const h = harness();
    type(h, 'offline');
    await vi.advanceTimersByTimeAsync(300);
    h.respond({ code: 'offline', message: 'not reachable' });
    await vi.advanceTimersByTimeAsync(0);
    expect(h.saves).toHaveLength(1);
    h.autosave.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(h.saves).toHaveLength(2);
  });
});
