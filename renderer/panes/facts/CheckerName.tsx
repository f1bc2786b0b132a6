import { useState, type FormEvent } from 'react';
import { useApi } from '../../api/TransportContext';
import { usePutSettings, useSettings } from '../../state/settings';

/** The name checks are signed with (the `checkerName` setting): shown under a fact's details, set here when missing. */
export function CheckerName() {
  const api = useApi();
  const putSettings = usePutSettings();
  const name = useSettings()?.checkerName;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string>();

  if (name === undefined) return null;
  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      putSettings(await api.updateSettings({ checkerName: draft.trim() }));
      setError(undefined);
      setEditing(false);
    } catch (failure) {
      // The name typed stays in the box, to save again.
      setError(`The name was not saved: ${(failure as Error).message}`);
    }
  };

  if (name && !editing) {
    return (
      <p className="hint checker-name">
        Checks signed as {name}
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setDraft(name);
            setEditing(true);
          }}
        >
          Change
        </button>
      </p>
    );
  }
  return (
    <form className="checker-name-form" onSubmit={(e) => void save(e)}>
      <label className="fact-field">
        <span>Sign your checks as</span>
        <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="Your name" maxLength={200} />
      </label>
      {error && (
        <p className="facts-error" role="alert">
          {error}
        </p>
      )}
      <span className="fact-actions">
        <button type="submit">Save name</button>
        {editing && (
          <button
            type="button"
            onClick={() => {
              setEditing(false);
              setError(undefined);
            }}
          >
            Cancel
          </button>
        )}
      </span>
    </form>
  );
}
