import type { Handlers } from '../dispatch';
import type { SettingsService } from '../../services/settingsService';

export function settingsHandlers(settings: SettingsService): Pick<Handlers, 'getSettings' | 'updateSettings'> {
  return {
    getSettings: () => settings.get(),
    updateSettings: (changes) => settings.update(changes),
  };
}
