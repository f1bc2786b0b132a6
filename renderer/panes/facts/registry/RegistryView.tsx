import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { ENTITY_KINDS, type EntityKind, type RegistryEntity } from '../../../../story/facts/registry';
import { useApi } from '../../../api/TransportContext';
import { FactsDialog } from '../FactsDialog';
import { KeyedList } from '../KeyedList';
import { EntityPage } from './EntityPage';

const KIND_NAMES: Record<EntityKind, string> = { person: 'People', organisation: 'Organisations', place: 'Places' };

/**
 * The names registry: people, organisations and places with their canonical spelling, the other
 * spellings (those marked correct raise no consistency warning) and the titles held, with dates.
 * Built from accepted facts; edited here.
 */
export function RegistryView({ onClose }: { onClose(): void }) {
  const api = useApi();
  const [kind, setKind] = useState<EntityKind>('person');
  const [filter, setFilter] = useState('');
  const [entities, setEntities] = useState<RegistryEntity[] | undefined>(undefined);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    api
      .listEntities({ kind })
      .then((list) => live && setEntities(list))
      .catch((failure: Error) => live && setError(failure.message));
    return () => {
      live = false;
    };
  }, [api, kind]);

  const shown = useMemo(() => {
    const words = filter.trim().toLowerCase();
    const list = entities ?? [];
    return words ? list.filter((e) => e.name.toLowerCase().includes(words) || e.aliases.some((a) => a.alias.toLowerCase().includes(words))) : list;
  }, [entities, filter]);
  const selected = entities?.find((e) => e.id === selectedId);

  const replace = (entity: RegistryEntity) => setEntities((list) => (list ?? []).map((e) => (e.id === entity.id ? entity : e)));

  const create = async (event: FormEvent) => {
    event.preventDefault();
    if (!newName.trim()) return;
    try {
      const entity = await api.createEntity({ kind, name: newName });
      setEntities((list) => [...(list ?? []), entity].toSorted((a, b) => a.name.localeCompare(b.name)));
      setSelectedId(entity.id);
      setNewName('');
      setError(undefined);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  return (
    <FactsDialog
      title="Names registry"
      className="registry-view"
      onClose={onClose}
      error={error}
      index={
        <>
          <div className="dialog-index-tools">
            <select
              value={kind}
              aria-label="Kind of name"
              onChange={(e) => {
                setKind(e.target.value as EntityKind);
                setSelectedId(undefined);
              }}
            >
              {ENTITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_NAMES[k]}
                </option>
              ))}
            </select>
            <input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="Filter by name or spelling" aria-label="Filter the registry" />
            <form className="add-row" onSubmit={(e) => void create(e)}>
              <input value={newName} onChange={(e) => setNewName(e.target.value)} placeholder="New entry: canonical name" aria-label="New entry" />
              <button type="submit">Add</button>
            </form>
          </div>
          {entities && shown.length === 0 && <p className="dialog-empty">{filter ? 'No entry matches.' : `No ${KIND_NAMES[kind].toLowerCase()} yet: accepted facts add them.`}</p>}
          <KeyedList
            label={KIND_NAMES[kind]}
            items={shown}
            selectedId={selectedId}
            onSelect={(entity) => setSelectedId(entity.id)}
            render={(entity) => (
              <>
                <span className="item-title">{entity.name}</span>
                <span className="item-meta">
                  {[entity.titles.find((t) => t.to === null)?.title, entity.aliases.length > 0 ? `${entity.aliases.length} other spelling${entity.aliases.length === 1 ? '' : 's'}` : '']
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </>
            )}
          />
        </>
      }
      page={
        <>
          {selected ? (
            <EntityPage
              key={selected.id}
              entity={selected}
              onChanged={(entity) => {
                replace(entity);
                setError(undefined);
              }}
              onDeleted={() => {
                setEntities((list) => (list ?? []).filter((e) => e.id !== selected.id));
                setSelectedId(undefined);
              }}
              onError={setError}
            />
          ) : (
            <p className="dialog-empty">Choose a name to edit its canonical spelling, its other spellings (mark the right ones as correct) and its titles.</p>
          )}
        </>
      }
    />
  );
}
