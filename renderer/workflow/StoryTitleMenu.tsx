import { useEffect, useRef, useState } from 'react';
import { STORY_STATUSES, type StoryStatus } from '../../story/model';
import { ApiError } from '../api/ApiError';
import { useApi } from '../api/TransportContext';
import { statusLabel } from '../shell/StatusBadge';
import { useLiveDraft } from '../state/liveDraft';
import { STATUS_SYMBOLS } from './statusDisplay';
import type { WorkflowControl } from './useStoryWorkflow';
import './workflow.css';

interface Props {
  storyId: string;
  control: WorkflowControl;
  onShowHistory(): void;
  onShowDetails(): void;
  detailsOpen: boolean;
}

/** The toolbar's "slug · Status ▾": the open story's name and its status, which the menu changes (with an optional note). */
export function StoryTitleMenu({ storyId, control, onShowHistory, onShowDetails, detailsOpen }: Props) {
  const draft = useLiveDraft();
  // Where the popover goes: fixed under the button (the toolbar title clips what overflows it).
  const [open, setOpen] = useState<{ top: number; left: number } | undefined>();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  // The move to "ready" was refused by the fact gate: the note can become a recorded override.
  const [gateRefused, setGateRefused] = useState(false);
  const api = useApi();
  const ref = useRef<HTMLDivElement>(null);
  const fields = draft?.storyId === storyId ? draft.fields : undefined;
  const name = fields?.slug || fields?.headline.trim() || 'Untitled story';
  const status = control.workflow?.status ?? fields?.status;

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(undefined);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(undefined);
      ref.current?.querySelector<HTMLButtonElement>('.story-status-button')?.focus();
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', escape);
    ref.current?.querySelector<HTMLButtonElement>('.status-option[aria-pressed="true"]')?.focus();
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);

  const choose = (next: StoryStatus) => {
    control.setStatus(next, note).then(
      () => {
        setOpen(undefined);
        setNote('');
        setError(undefined);
        setGateRefused(false);
      },
      (failure: Error) => {
        setError(failure.message);
        setGateRefused(next === 'ready' && failure instanceof ApiError && failure.code === 'conflict');
      },
    );
  };

  const overrideAndMarkReady = () => {
    api.overrideExportGate({ storyId, action: 'ready', note }).then(
      () => choose('ready'),
      (failure: Error) => setError(failure.message),
    );
  };

  return (
    <div className="story-title" ref={ref}>
      <span className="story-title-name" title={fields?.headline || undefined}>
        {name}
      </span>
      {status && (
        <>
          <span aria-hidden="true"> · </span>
          <button
            type="button"
            className={`story-status-button status-${status}`}
            aria-haspopup="dialog"
            aria-expanded={open !== undefined}
            onClick={(event) => {
              const box = event.currentTarget.getBoundingClientRect();
              setOpen((value) => (value ? undefined : { top: box.bottom + 6, left: Math.min(Math.max(8, box.left + box.width / 2 - 140), window.innerWidth - 288) }));
            }}
            title="Change the story’s status"
          >
            <span aria-hidden="true">{STATUS_SYMBOLS[status]} </span>
            {statusLabel(status)} ▾
          </button>
        </>
      )}
      {control.workflow?.correctionDue && (
        <span className="correction-due" title="The story changed after it was published: record a correction">
          Correction due
        </span>
      )}
      <button type="button" className="toggle" aria-pressed={detailsOpen} onClick={onShowDetails} title="Story details, versions and history (Ctrl+Shift+D)">
        Details
      </button>
      {open && status && (
        <div className="status-popover" role="dialog" aria-label="Change the status" style={{ top: open.top, left: open.left }}>
          <div className="status-options" role="group" aria-label="Status">
            {STORY_STATUSES.map((option) => (
              <button key={option} type="button" className={`status-option status-${option}`} aria-pressed={option === status} onClick={() => choose(option)}>
                <span aria-hidden="true">{STATUS_SYMBOLS[option]}</span> {statusLabel(option)}
              </button>
            ))}
          </div>
          <label className="status-note">
            <span>Note for the history (optional)</span>
            <input value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} placeholder="e.g. figures checked with the ministry" />
          </label>
          {error && (
            <p className="field-error" role="alert">
              {error}
            </p>
          )}
          {gateRefused && (
            <button type="button" disabled={note.trim() === ''} onClick={overrideAndMarkReady} title="The note is recorded in the story’s history as the reason">
              {note.trim() === '' ? 'Write why in the note to mark it ready anyway' : 'Mark ready anyway (note recorded)'}
            </button>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setOpen(undefined);
              onShowHistory();
            }}
          >
            Show the story’s history
          </button>
        </div>
      )}
    </div>
  );
}
