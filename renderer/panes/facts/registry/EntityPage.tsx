import { useState, type FormEvent } from 'react';
import type { RegistryEntity } from '../../../../story/facts/registry';
import { useApi } from '../../../api/TransportContext';

interface Props {
  entity: RegistryEntity;
  onChanged(entity: RegistryEntity): void;
  onDeleted(): void;
  onError(message: string): void;
}

/** One registry entry: canonical name and note, other spellings with "mark as correct", titles with dates. */
export function EntityPage({ entity, onChanged, onDeleted, onError }: Props) {
  const api = useApi();
  const [name, setName] = useState(entity.name);
  const [note, setNote] = useState(entity.note);
  const [alias, setAlias] = useState('');
  const [title, setTitle] = useState({ title: '', from: '', to: '' });
  const [confirmDelete, setConfirmDelete] = useState(false);

  const run = async (work: () => Promise<RegistryEntity>) => {
    try {
      onChanged(await work());
      return true;
    } catch (error) {
      onError((error as Error).message);
      return false;
    }
  };

  const saveName = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() && (name !== entity.name || note !== entity.note)) void run(() => api.updateEntity({ id: entity.id, ...(name !== entity.name ? { name } : {}), ...(note !== entity.note ? { note } : {}) }));
  };

  const addAlias = async (event: FormEvent) => {
    event.preventDefault();
    if (alias.trim() && (await run(() => api.updateEntity({ id: entity.id, addAliases: [alias] })))) setAlias('');
  };

  const addTitle = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.title.trim()) return;
    const added = { title: title.title, ...(title.from ? { from: title.from } : {}), ...(title.to ? { to: title.to } : {}) };
    if (await run(() => api.updateEntity({ id: entity.id, addTitles: [added] }))) setTitle({ title: '', from: '', to: '' });
  };

  return (
    <>
      <form className="dialog-fields" onSubmit={saveName} aria-label={`Registry entry: ${entity.name}`}>
        <span>Canonical name</span>
        <input value={name} aria-label="Canonical name" onChange={(e) => setName(e.target.value)} />
        <span>Note</span>
        <textarea rows={2} value={note} aria-label="Note" onChange={(e) => setNote(e.target.value)} placeholder="Who or what this is; how to tell it from a namesake" />
        <span />
        <span className="dialog-actions">
          <button type="submit" className="primary" disabled={!name.trim() || (name === entity.name && note === entity.note)}>
            Save
          </button>
          {confirmDelete ? (
            <>
              <button
                type="button"
                className="danger"
                onClick={() =>
                  void api
                    .deleteEntity({ id: entity.id })
                    .then(onDeleted)
                    .catch((error: Error) => onError(error.message))
                }
              >
                Delete “{entity.name}” from the registry
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                Keep
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirmDelete(true)}>
              Delete…
            </button>
          )}
        </span>
      </form>

      <h3>Other spellings</h3>
      <p className="dialog-note">A spelling marked correct is never flagged as a variant of this name again.</p>
      <ul className="dialog-rows" aria-label="Other spellings">
        {entity.aliases.length === 0 && <li className="dialog-note">None yet.</li>}
        {entity.aliases.map(({ alias: spelling, correct }) => (
          <li key={spelling} className="dialog-row">
            <span className="row-main">
              <span>{spelling}</span>
              {correct && <span className="correct-badge">● marked correct</span>}
            </span>
            <span className="dialog-actions">
              {!correct && (
                <button type="button" onClick={() => void run(() => api.markSpellingCorrect({ kind: entity.kind, spelling, entityId: entity.id }))}>
                  Mark as correct
                </button>
              )}
              <button type="button" aria-label={`Remove the spelling ${spelling}`} onClick={() => void run(() => api.updateEntity({ id: entity.id, removeAliases: [spelling] }))}>
                Remove
              </button>
            </span>
          </li>
        ))}
      </ul>
      <form className="add-row" onSubmit={(e) => void addAlias(e)}>
        <input value={alias} onChange={(e) => setAlias(e.target.value)} placeholder="Another spelling (e.g. Mike Waltz)" aria-label="Another spelling" />
        <button type="submit" className="button">
          Add spelling
        </button>
        <button
          type="button"
          className="button"
          disabled={!alias.trim()}
          onClick={() => void run(() => api.markSpellingCorrect({ kind: entity.kind, spelling: alias, entityId: entity.id })).then((ok) => ok && setAlias(''))}
        >
          Add as correct
        </button>
      </form>

      {entity.kind === 'person' && (
        <>
          <h3>Titles</h3>
          <ul className="dialog-rows" aria-label="Titles">
            {entity.titles.length === 0 && <li className="dialog-note">None yet.</li>}
            {entity.titles.map((t) => (
              <li key={t.id} className="dialog-row">
                <span className="row-main">
                  <span>{t.title}</span>
                  <span className="dialog-note">
                    {t.from ?? '…'} – {t.to ?? 'now'}
                  </span>
                </span>
                <button type="button" aria-label={`Remove the title ${t.title}`} onClick={() => void run(() => api.updateEntity({ id: entity.id, removeTitles: [t.id] }))}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <form className="add-row" onSubmit={(e) => void addTitle(e)}>
            <input value={title.title} onChange={(e) => setTitle({ ...title, title: e.target.value })} placeholder="Title (e.g. National Security Adviser)" aria-label="New title" />
            <input type="date" value={title.from} onChange={(e) => setTitle({ ...title, from: e.target.value })} aria-label="Held from" />
            <input type="date" value={title.to} onChange={(e) => setTitle({ ...title, to: e.target.value })} aria-label="Held until" />
            <button type="submit" className="button">
              Add title
            </button>
          </form>
        </>
      )}
    </>
  );
}
