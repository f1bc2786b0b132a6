import type { StoryEvent } from '../../story/history';
import type { StoryStatus } from '../../story/model';
import { statusLabel } from '../shell/StatusBadge';
import type { WorkflowControl } from './useStoryWorkflow';

function describe(event: StoryEvent): string {
  const data = event.data;
  switch (event.kind) {
    case 'created':
      return 'Created';
    case 'status':
      return `${statusLabel(data.from as StoryStatus)} → ${statusLabel(data.to as StoryStatus)}`;
    case 'correction':
      return 'Correction';
    case 'import':
      return `Imported from ${String(data.file ?? 'a file')}`;
    case 'restore':
      return `Restored the version of ${formatTime(String(data.revisionAt ?? ''))}`;
    case 'trash':
      return data.action === 'restored' ? 'Brought back from the trash' : 'Moved to the trash';
    case 'export':
      return 'Exported';
    case 'revision':
      return 'Version saved';
    case 'override':
      return 'Check overridden';
  }
}

export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** Everything that happened to the story, newest first: statuses, corrections, imports, restores. */
export function HistoryPanel({ workflow }: { workflow: WorkflowControl }) {
  if (workflow.error) return <p className="pane-message" role="alert">{workflow.error}</p>;
  if (!workflow.workflow) return <p className="pane-message">Loading…</p>;
  const events = workflow.workflow.history.toReversed();
  return (
    <ol className="history-list" aria-label="History, newest first">
      {events.map((event) => (
        <li key={event.id} className={`history-${event.kind}`}>
          <span className="history-what">{describe(event)}</span>
          <time dateTime={event.at}>{formatTime(event.at)}</time>
          {event.note && <p className="history-note">{event.note}</p>}
        </li>
      ))}
    </ol>
  );
}
