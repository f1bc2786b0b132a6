import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { displayStatus, FACT_STATUS_SYMBOLS, type Source, type SourceCitation } from '../../../../story/facts/model';
import { useApi } from '../../../api/TransportContext';
import { openStory, revealFact } from '../factEvents';
import { quoted } from '../quoted';

type Editable = Pick<Source, 'title' | 'url' | 'accessedAt' | 'publisher' | 'person' | 'personTitle' | 'contact' | 'interviewedAt' | 'onRecord' | 'notes'>;

const KIND_NAMES: Record<Source['kind'], string> = { web: 'Web page', document: 'Document', interview: 'Interview', wire: 'Wire or agency copy', email: 'Email', other: 'Other' };

function bytes(size: number | undefined): string {
  if (size === undefined) return '';
  return size < 1024 ? `${size} bytes` : size < 1024 * 1024 ? `${(size / 1024).toFixed(1)} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** The edits worth sending: changed fields only, blanks left out where the API wants a value (an address, a date). */
function changes(source: Source, form: Editable): Partial<Editable> {
  const out: Partial<Editable> = {};
  const before = editable(source);
  for (const key of Object.keys(form) as Array<keyof Editable>) {
    const value = form[key];
    if (value === before[key]) continue;
    if (value === '' && (key === 'url' || key === 'accessedAt' || key === 'interviewedAt' || key === 'title')) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

/** A source's page: what it is (editable), and every fact and story that cites it. */
export function SourcePage({ sourceId, storyId, onChanged, onDeleted, onLeave, onError }: { sourceId: string; storyId: string; onChanged(): void; onDeleted(): void; onLeave(): void; onError(message: string): void }) {
  const api = useApi();
  const [page, setPage] = useState<{ source: Source; citations: SourceCitation[] } | undefined>(undefined);
  const [form, setForm] = useState<Editable | undefined>(undefined);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    let live = true;
    api
      .getSourcePage({ id: sourceId })
      .then((loaded) => {
        if (!live) return;
        setPage(loaded);
        setForm(editable(loaded.source));
      })
      .catch((error: Error) => onError(error.message));
    return () => {
      live = false;
    };
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- load once per source
  }, [api, sourceId]);

  const byStory = useMemo(() => {
    const groups = new Map<string, { headline: string; slug: string; citations: SourceCitation[] }>();
    for (const citation of page?.citations ?? []) {
      const group = groups.get(citation.storyId) ?? { headline: citation.storyHeadline, slug: citation.storySlug, citations: [] };
      group.citations.push(citation);
      groups.set(citation.storyId, group);
    }
    return [...groups.entries()];
  }, [page]);

  if (!page || !form) return <p className="dialog-empty">Opening the source…</p>;
  const { source, citations } = page;
  const pending = changes(source, form);
  const set = (key: keyof Editable) => (value: string | boolean) => {
    setSaved(false);
    setForm({ ...form, [key]: value });
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const updated = await api.updateSource({ id: source.id, ...pending });
      setPage({ ...page, source: updated });
      setForm(editable(updated));
      setSaved(true);
      onChanged();
    } catch (error) {
      onError((error as Error).message);
    }
  };

  const text = (key: keyof Editable, label: string, type = 'text') => (
    <>
      <span>{label}</span>
      <input type={type} value={String(form[key] ?? '')} aria-label={label} onChange={(e) => set(key)(e.target.value)} />
    </>
  );

  return (
    <>
      <form className="dialog-fields" onSubmit={(e) => void save(e)} aria-label={`Source: ${source.title}`}>
        <span>Kind</span>
        <span className="value">{KIND_NAMES[source.kind]}</span>
        {text('title', 'Title')}
        {(source.kind === 'web' || source.kind === 'wire') && text('url', 'Address', 'url')}
        {source.kind === 'web' && text('accessedAt', 'Accessed', 'date')}
        {source.kind !== 'interview' && text('publisher', source.kind === 'wire' ? 'Agency' : source.kind === 'email' ? 'Sender' : 'Publisher')}
        {source.kind === 'interview' && (
          <>
            {text('person', 'Name')}
            {text('personTitle', 'Role or title')}
            {text('contact', 'Contact')}
            {text('interviewedAt', 'Date and time', 'datetime-local')}
            <span>Record</span>
            <label className="inline-check">
              <input type="checkbox" checked={form.onRecord !== false} onChange={(e) => set('onRecord')(e.target.checked)} /> On the record
            </label>
          </>
        )}
        {source.kind === 'document' && (
          <>
            <span>File</span>
            <span className="value">
              {source.fileName} · {bytes(source.fileSize)}
            </span>
            <span>SHA-256</span>
            <code className="value">{source.sha256}</code>
          </>
        )}
        <span>Notes</span>
        <textarea rows={3} value={form.notes} aria-label="Notes" onChange={(e) => set('notes')(e.target.value)} />
        <span />
        <span className="dialog-actions">
          <button type="submit" className="primary" disabled={Object.keys(pending).length === 0}>
            Save changes
          </button>
          {saved && <span role="status">Saved.</span>}
          {citations.length === 0 && (
            <button
              type="button"
              className="danger"
              onClick={() =>
                void api
                  .deleteSource({ id: source.id })
                  .then(onDeleted)
                  .catch((error: Error) => onError(error.message))
              }
            >
              Delete source
            </button>
          )}
        </span>
      </form>
      <h3>
        Cited by {citations.length} {citations.length === 1 ? 'fact' : 'facts'} in {byStory.length} {byStory.length === 1 ? 'story' : 'stories'}
      </h3>
      {citations.length === 0 && <p className="dialog-note">No fact cites this source yet. Attach it from a fact's details in the facts pane.</p>}
      {byStory.map(([id, group]) => (
        <section key={id} className="citation-story" aria-label={`Story: ${group.headline || group.slug || 'Untitled story'}`}>
          <header>
            <strong>{group.headline || group.slug || 'Untitled story'}</strong>
            {id === storyId ? (
              <span className="dialog-note">this story</span>
            ) : (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  onLeave();
                  openStory(id);
                }}
              >
                Open story
              </button>
            )}
          </header>
          <ul>
            {group.citations.map((citation) => {
              const shown = displayStatus({ status: citation.factStatus, detached: citation.detached });
              return (
                <li key={citation.factId}>
                  <span className={`fact-symbol status-${shown}`} aria-hidden="true">
                    {FACT_STATUS_SYMBOLS[shown]}
                  </span>
                  <span className="fact-kind">{citation.factKind}</span>
                  <span className={`status-${shown}`}>{shown}</span>
                  {id === storyId && !citation.detached ? (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        onLeave();
                        revealFact(citation.factId, true);
                      }}
                    >
                      {quoted(citation.factText)}
                    </button>
                  ) : (
                    <span>{quoted(citation.factText)}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

function editable(source: Source): Editable {
  return {
    title: source.title,
    url: source.url ?? '',
    accessedAt: source.accessedAt?.slice(0, 10) ?? '',
    publisher: source.publisher ?? '',
    person: source.person ?? '',
    personTitle: source.personTitle ?? '',
    contact: source.contact ?? '',
    interviewedAt: source.interviewedAt?.slice(0, 16) ?? '',
    onRecord: source.onRecord ?? true,
    notes: source.notes,
  };
}
