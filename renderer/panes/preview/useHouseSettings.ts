import { useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../story/settings';
import { useTransport } from '../../api/TransportContext';

/** The settings, kept current as they change (in this window or another). */
export function useHouseSettings(): Settings {
  const transport = useTransport();
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let current = true;
    transport.api.getSettings({}).then(
      (loaded) => current && setSettings(loaded),
      () => {},
    );
    const unsubscribe = transport.on.settingsChanged((changed) => setSettings(changed));
    return () => {
      current = false;
      unsubscribe();
    };
  }, [transport]);
  return settings;
}
