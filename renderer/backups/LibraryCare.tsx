import { useEffect, useId, useState, type FormEvent } from 'react';
import type { BackupsOverview, LibraryCheckResult } from '../../electron/api/contract';
import type { Settings } from '../../story/settings';
import { ApiError } from '../api/ApiError';
import { useApi } from '../api/TransportContext';
import { usePutSettings } from '../state/settings';
import { formatWhen } from './backupText';
import { fieldErrors } from './fieldErrors';

type CareKey = 'backupIntervalMinutes' | 'backupsKept' | 'trashRetentionDays' | 'integrityCheckDays';

/** The four safety settings, each a sentence with its number in the middle. */
const FIELDS: ReadonlyArray<{ key: CareKey; before: string; after: string }> = [
  { key: 'backupIntervalMinutes', before: 'Back up every', after: 'minutes' },
  { key: 'backupsKept', before: 'Keep the newest', after: 'backups' },
  { key: 'trashRetentionDays', before: 'Purge the trash after', after: 'days' },
  { key: 'integrityCheckDays', before: 'Check the whole library every', after: 'days' },
];
const KEYS = FIELDS.map((field) => field.key);

type Values = Record<CareKey, string>;
const valuesOf = (settings: Settings): Values => Object.fromEntries(KEYS.map((key) => [key, String(settings[key])])) as Values;

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);
const sentence = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

function describeCheck(result: LibraryCheckResult): string {
  return result.state === 'sound'
    ? `No damage found (${duration(result.ms)}).`
    : `Damage found: ${result.problems.join('; ')}. The library is being moved aside so a backup can be restored.`;
}

/** "Library care": when the library was last checked whole, a check on demand, and the safety settings. */
export function LibraryCare({ overview, onChanged }: { overview: BackupsOverview; onChanged(): void }) {
  const api = useApi();
  const putSettings = usePutSettings();
  const id = useId();
  const [checking, setChecking] = useState(false);
  const [checkResult, setCheckResult] = useState<{ text: string; bad: boolean }>();
  const [saved, setSaved] = useState<Values>();
  const [values, setValues] = useState<Values>();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const [saveNote, setSaveNote] = useState<string>();

  useEffect(() => {
    api.getSettings({}).then(
      (settings) => {
        setSaved(valuesOf(settings));
        setValues(valuesOf(settings));
      },
      (error: Error) => setErrors({ '': error.message }),
    );
  }, [api]);

  const checkNow = () => {
    setChecking(true);
    setCheckResult(undefined);
    api
      .checkLibraryNow({})
      .then(
        (result) => {
          setCheckResult({ text: describeCheck(result), bad: result.state === 'damaged' });
          onChanged();
        },
        (error: Error) => setCheckResult({ text: error.message, bad: true }),
      )
      .finally(() => setChecking(false));
  };

  const changed = values && saved ? KEYS.filter((key) => values[key] !== saved[key]) : [];

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!values || changed.length === 0) return;
    // The server judges every value (and names what is wrong); an empty field is sent as it is.
    const changes = Object.fromEntries(changed.map((key) => [key, values[key].trim() === '' ? '' : Number(values[key])]));
    setSaving(true);
    setSaveNote(undefined);
    api
      .updateSettings(changes as Partial<Settings>)
      .then(
        (settings) => {
          putSettings(settings);
          setErrors({});
          setSaved(valuesOf(settings));
          setValues(valuesOf(settings));
          setSaveNote('Saved.');
          onChanged();
        },
        (error: Error) => setErrors(error instanceof ApiError && error.code === 'invalid_input' ? fieldErrors(error.message, KEYS) : { '': error.message }),
      )
      .finally(() => setSaving(false));
  };

  return (
    <section className="library-care" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Library care</h3>
      <div className="library-care-check">
        <p>
          {overview.lastFullCheckAt ? `Last checked in full: ${formatWhen(overview.lastFullCheckAt)}` : 'Not checked in full yet'}{' '}
          <span className="hint-inline">(every {overview.checkEveryDays} {overview.checkEveryDays === 1 ? 'day' : 'days'})</span>
        </p>
        <button type="button" className="button" onClick={checkNow} disabled={checking}>
          {checking ? 'Checking…' : 'Check the library now'}
        </button>
      </div>
      <p role="status" className={checkResult?.bad ? 'library-care-result bad' : 'library-care-result'}>
        {checking ? 'Reading the whole library file; you can keep working.' : checkResult?.text}
      </p>

      {values && (
        <form className="library-care-settings" onSubmit={save} noValidate aria-label="Safety settings">
          {FIELDS.map(({ key, before, after }) => (
            <div className="library-care-field" key={key}>
              <label htmlFor={`${id}-${key}`}>{before}</label>
              <input
                id={`${id}-${key}`}
                type="number"
                inputMode="numeric"
                value={values[key]}
                aria-invalid={errors[key] ? true : undefined}
                aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
                onChange={(event) => {
                  setValues({ ...values, [key]: event.target.value });
                  setSaveNote(undefined);
                }}
              />
              <span className="library-care-unit">{after}</span>
              {errors[key] && (
                <span className="library-care-error" id={`${id}-${key}-error`}>
                  {sentence(errors[key])}
                </span>
              )}
            </div>
          ))}
          {errors[''] && <p className="library-care-error">{sentence(errors[''])}</p>}
          <div className="library-care-save">
            <span role="status" className="hint-inline">
              {saveNote}
            </span>
            <button type="submit" className="button" disabled={saving || changed.length === 0}>
              {saving ? 'Saving…' : 'Save settings'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
