import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../story/settings';
import { openTestCore } from '../../helpers/testCore';

let core: ReturnType<typeof openTestCore>;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

describe('settings', () => {
  it('start at the defaults, and keep an update across a reopen', async () => {
    expect(await core.dispatch('getSettings', {})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    const updated = await core.dispatch('updateSettings', { checkerName: 'Ana Reyes', trashRetentionDays: 14 });
    expect(updated).toMatchObject({ ok: true, value: { checkerName: 'Ana Reyes', trashRetentionDays: 14, headlineTarget: 70 } });
    core.close();
    const { openCore } = await import('../../../electron/core/core');
    const reopened = openCore({ libraryPath: core.libraryPath, mode: 'browser', app: 'test', log: () => {} });
    try {
      expect(await reopened.dispatch('getSettings', {})).toMatchObject({ ok: true, value: { checkerName: 'Ana Reyes', trashRetentionDays: 14 } });
    } finally {
      reopened.close();
    }
  });
});
