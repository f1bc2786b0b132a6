import type { StoryStatus } from '../../story/model';

const LABELS: Readonly<Record<StoryStatus, string>> = {
  draft: 'Draft',
  editing: 'Editing',
  'fact-check': 'Fact-check',
  ready: 'Ready',
  published: 'Published',
  killed: 'Killed',
};

export function statusLabel(status: StoryStatus): string {
  return LABELS[status];
}

export function StatusBadge({ status }: { status: StoryStatus }) {
  return <span className={`status-badge status-${status}`}>{LABELS[status]}</span>;
}
