import { statusLabel, type StoryStatus } from '../../story/model';

export { statusLabel };

export function StatusBadge({ status }: { status: StoryStatus }) {
  return <span className={`status-badge status-${status}`}>{statusLabel(status)}</span>;
}
