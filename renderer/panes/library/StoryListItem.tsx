import type { StorySummary } from '../../../story/model';
import { relativeTime } from '../../util/relativeTime';
import { StatusBadge } from '../../shell/StatusBadge';

interface Props {
  story: StorySummary;
  selected: boolean;
  onOpen(id: string): void;
}

export function StoryListItem({ story, selected, onOpen }: Props) {
  const headline = story.headline.trim() || 'Untitled story';
  return (
    // The listbox owns focus and arrow keys (aria-activedescendant), as the ARIA listbox pattern asks.
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
    <div
      id={`story-${story.id}`}
      data-story-id={story.id}
      role="option"
      aria-selected={selected}
      className={`story-item${selected ? ' selected' : ''}`}
      onClick={() => onOpen(story.id)}
    >
      <span className={`story-headline${story.headline.trim() ? '' : ' untitled'}`}>{headline}</span>
      <span className="story-meta">
        <StatusBadge status={story.status} />
        <span>{relativeTime(story.updatedAt)}</span>
        <span>{story.wordCount.toLocaleString()} words</span>
      </span>
    </div>
  );
}
