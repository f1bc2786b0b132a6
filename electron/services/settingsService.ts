import type { Db } from '../../db/handle';
import { readSettings, writeSettings } from '../../db/settings';
import { DEFAULT_SETTINGS, type Settings } from '../../story/settings';
import type { EventBus } from '../core/eventBus';

/** Settings with their defaults filled in; unknown stored keys are ignored. */
export function createSettingsService({ db, events }: { db: Db; events: EventBus }) {
  const get = (): Settings => {
    const stored = readSettings(db);
    const known = Object.fromEntries(Object.entries(stored).filter(([key]) => key in DEFAULT_SETTINGS));
    return { ...DEFAULT_SETTINGS, ...known } as Settings;
  };
  return {
    get,
    update(changes: Partial<Settings>): Settings {
      writeSettings(db, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
      const settings = get();
      events.emit('settingsChanged', settings);
      return settings;
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
