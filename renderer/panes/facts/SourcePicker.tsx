import { useEffect, useState, type FormEvent } from 'react';
import type { Source } from '../../../story/facts/model';
import { useApi } from '../../api/TransportContext';

type NewKind = 'web' | 'interview' | 'wire' | 'email' | 'other';

/** Reuse a source from the ledger (recent first, or by words) or add a new one: web page, interview, wire, email, other, or a document file. */
export function SourcePicker({ exclude, initiallyOpen = false, onPick, onError }: { exclude: string[]; initiallyOpen?: boolean; onPick(source: Source): void; onError(message: string): void }) {
  const api = useApi();
  const [open, setOpen] = useState(initiallyOpen);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Source[]>([]);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    const timer = setTimeout(() => {
      api
        .searchSources({ query, limit: 8 })
        .then((list) => live && setFound(list.filter((s) => !exclude.includes(s.id))))
        .catch((error: Error) => onError(error.message));
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- search on open and on new words
  }, [api, open, query]);

  if (!open) {
    return (
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        + Add source
      </button>
    );
  }
  return (
    <div className="source-picker">
      <input
        // oxlint-disable-next-line jsx-a11y/no-autofocus -- opened by the user to type at once
        autoFocus
        type="search"
        value={query}
        placeholder="Find a source by title, person, site…"
        aria-label="Find a source"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
          else if (e.key === 'ArrowDown') e.currentTarget.parentElement?.querySelector<HTMLButtonElement>('.source-results button')?.focus();
          else return;
          e.preventDefault();
        }}
      />
      {/* Arrow keys move between the results; Enter attaches one. */}
      {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <ul
        className="source-results"
        aria-label="Sources found"
        onKeyDown={(e) => {
          const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
          const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
          if (e.key === 'ArrowDown') buttons[Math.min(buttons.length - 1, index + 1)]?.focus();
          else if (e.key === 'ArrowUp') (index <= 0 ? e.currentTarget.parentElement?.querySelector<HTMLInputElement>('input[type="search"]') : buttons[index - 1])?.focus();
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      >
        {found.map((source) => (
          <li key={source.id}>
            <button
              type="button"
              onClick={() => {
                onPick(source);
                setOpen(false);
              }}
            >
              <span className="source-kind">{source.kind}</span> {source.title}
            </button>
          </li>
        ))}
      </ul>
      {adding ? (
        <NewSourceForm
          initialTitle={query}
          onCreated={(source) => {
            onPick(source);
            setOpen(false);
          }}
          onCancel={() => setAdding(false)}
          onError={onError}
        />
      ) : (
        <span className="fact-actions">
          <button type="button" onClick={() => setAdding(true)}>
            New source…
          </button>
          <button type="button" onClick={() => setOpen(false)}>
            Close
          </button>
        </span>
      )}
    </div>
  );
}

/** A new source of any kind; a document's file is read here and copied into the library. */
export function NewSourceForm({
  initialTitle,
  submitLabel = 'Add and attach',
  onCreated,
  onCancel,
  onError,
}: {
  initialTitle: string;
  submitLabel?: string;
  onCreated(source: Source): void;
  onCancel(): void;
  onError(message: string): void;
}) {
  const api = useApi();
  const [kind, setKind] = useState<NewKind | 'document'>('web');
  const [title, setTitle] = useState(initialTitle);
  const [url, setUrl] = useState('');
  const [person, setPerson] = useState('');
  const [contact, setContact] = useState('');
  const [onRecord, setOnRecord] = useState(true);
  const [personTitle, setPersonTitle] = useState('');
  const [when, setWhen] = useState(() => localDateTime(new Date()));
  const [publisher, setPublisher] = useState('');
  const [notes, setNotes] = useState('');
  const [file, setFile] = useState<File | undefined>(undefined);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      if (kind === 'document') {
        if (!file) return onError('Choose the document file to keep with the source.');
        const bytes = new Uint8Array(await file.arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        onCreated(await api.addDocumentSource({ fileName: file.name, dataBase64: btoa(binary), ...(title.trim() ? { title } : {}), ...(notes.trim() ? { notes } : {}) }));
        return;
      }
      const today = localDateTime(new Date()).slice(0, 10);
      onCreated(
        await api.createSource({
          kind,
          title,
          ...(notes.trim() ? { notes } : {}),
          ...(kind !== 'interview' && publisher.trim() ? { publisher } : {}),
          ...(kind === 'web' && url ? { url, accessedAt: today } : {}),
          ...(kind === 'interview' ? { person, personTitle, contact, onRecord, ...(when ? { interviewedAt: when } : {}) } : {}),
          ...(kind === 'wire' && url ? { url } : {}),
        }),
      );
    } catch (error) {
      onError((error as Error).message);
    }
  };

  return (
    <form className="new-source" onSubmit={(e) => void submit(e)}>
      <select value={kind} onChange={(e) => setKind(e.target.value as NewKind)} aria-label="Kind of source">
        <option value="web">Web page</option>
        <option value="document">Document</option>
        <option value="interview">Interview</option>
        <option value="wire">Wire / agency copy</option>
        <option value="email">Email</option>
        <option value="other">Other</option>
      </select>
      <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Title" aria-label="Title" required={kind !== 'document'} />
      {(kind === 'web' || kind === 'wire') && <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://…" aria-label="Address" />}
      {kind === 'document' && <input type="file" aria-label="Document file" onChange={(e) => setFile(e.target.files?.[0])} />}
      {(kind === 'web' || kind === 'wire' || kind === 'email') && (
        <input value={publisher} onChange={(e) => setPublisher(e.target.value)} placeholder={kind === 'wire' ? 'Agency' : kind === 'email' ? 'Sender or organisation' : 'Site or publisher'} aria-label="Publisher" />
      )}
      {kind === 'interview' && (
        <>
          <input value={person} onChange={(e) => setPerson(e.target.value)} placeholder="Name" aria-label="Name" />
          <input value={personTitle} onChange={(e) => setPersonTitle(e.target.value)} placeholder="Role or title" aria-label="Role or title" />
          <input value={contact} onChange={(e) => setContact(e.target.value)} placeholder="Contact" aria-label="Contact" />
          <input type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} aria-label="Date and time of the interview" />
          <label className="inline-check">
            <input type="checkbox" checked={onRecord} onChange={(e) => setOnRecord(e.target.checked)} /> On the record
          </label>
        </>
      )}
      <textarea value={notes} rows={2} onChange={(e) => setNotes(e.target.value)} placeholder="Notes" aria-label="Notes" />
      <span className="fact-actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </span>
    </form>
  );
}

/** "2026-11-28T17:30" in the local time zone, as a datetime-local field shows it. */
export function localDateTime(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
