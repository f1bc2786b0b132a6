import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { FolderListing } from '../../../electron/api/contract';
import { useApi } from '../../api/TransportContext';

interface Props {
  initialPath: string | undefined;
  onChoose(path: string): void;
  onCancel(): void;
}

/**
 * Browser mode has no system folder dialog: this picker lists folders inside the
 * home folder only (the server refuses anything else), with a new-folder field.
 */
export function HomeFolderPicker({ initialPath, onChoose, onCancel }: Props) {
  const api = useApi();
  const [listing, setListing] = useState<FolderListing>();
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string>();
  const [newName, setNewName] = useState('');
  const listRef = useRef<HTMLDivElement>(null);

  const show = useCallback((found: FolderListing) => {
    setListing(found);
    setActive(0);
    setError(undefined);
  }, []);
  const open = useCallback(
    (path: string) => api.listExportFolders({ path }).then(show, (failure: Error) => setError(failure.message)),
    [api, show],
  );

  useEffect(() => {
    let current = true;
    // A remembered folder that is gone (or outside home now) falls back to the home folder.
    api
      .listExportFolders(initialPath ? { path: initialPath } : {})
      .catch(() => api.listExportFolders({}))
      .then(
        (found) => current && show(found),
        (failure: Error) => current && setError(failure.message),
      );
    return () => {
      current = false;
    };
  }, [api, initialPath, show]);

  const folders = listing?.folders ?? [];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(folders.length - 1, i + 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(0, i - 1));
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(folders.length - 1);
    else if (event.key === 'Enter' && folders[active]) open(folders[active].path);
    else if (event.key === 'Backspace' && listing?.parent) open(listing.parent);
    else return;
    event.preventDefault();
  };

  const create = async () => {
    if (!listing || !newName.trim()) return;
    try {
      const { path } = await api.createExportFolder({ parent: listing.path, name: newName.trim() });
      setNewName('');
      await open(path);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };

  const shown = listing ? (listing.path === listing.home ? '~' : `~${listing.path.slice(listing.home.length)}`) : '';
  return (
    <div className="folder-picker" role="group" aria-label="Choose a folder in your home folder">
      <div className="folder-picker-bar">
        <button type="button" className="button" disabled={!listing?.parent} onClick={() => listing?.parent && open(listing.parent)} aria-label="Up one folder">
          ↑ Up
        </button>
        <span className="folder-picker-path" title={listing?.path}>
          {shown}
        </span>
      </div>
      <div
        ref={listRef}
        className="folder-list"
        role="listbox"
        aria-label="Folders"
        tabIndex={0}
        aria-activedescendant={folders[active] ? `folder-${active}` : undefined}
        onKeyDown={onKeyDown}
      >
        {folders.length === 0 && <p className="folder-empty">No folders here.</p>}
        {folders.map((folder, index) => (
          // The listbox owns focus and arrow keys (aria-activedescendant), as the ARIA listbox pattern asks.
          // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
          <div
            key={folder.path}
            id={`folder-${index}`}
            role="option"
            aria-selected={index === active}
            className="folder-item"
            onClick={() => setActive(index)}
            onDoubleClick={() => open(folder.path)}
          >
            <FolderIcon /> {folder.name}
          </div>
        ))}
      </div>
      <div className="folder-picker-new">
        <input
          type="text"
          value={newName}
          placeholder="New folder name"
          aria-label="New folder name"
          onChange={(event) => setNewName(event.target.value)}
          onKeyDown={(event) => event.key === 'Enter' && (event.preventDefault(), void create())}
        />
        <button type="button" className="button" onClick={() => void create()} disabled={!newName.trim()}>
          New folder
        </button>
      </div>
      {error && (
        <p className="export-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button" disabled={!folders[active]} onClick={() => folders[active] && open(folders[active].path)}>
          Open
        </button>
        <button type="button" className="button primary" disabled={!listing} onClick={() => listing && onChoose(listing.path)}>
          Export to {shown || 'this folder'}
        </button>
      </div>
    </div>
  );
}

/** A folder outline drawn in the text colour (no emoji font needed). */
function FolderIcon() {
  return (
    <svg className="folder-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path d="M1.5 3.5h4.2l1.5 1.6h7.3v7.4h-13z" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinejoin="round" />
    </svg>
  );
}
