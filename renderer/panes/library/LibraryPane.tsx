import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { StorySummary } from '../../../story/model';
import type { LibraryList } from '../../hooks/useLibraryList';
import { StoryListItem } from './StoryListItem';

interface Props {
  library: LibraryList;
  selectedId: string | undefined;
  onOpen(id: string): void;
  onNewStory(): void;
}

export function LibraryPane({ library, selectedId, onOpen, onNewStory }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const { stories } = library;

  useEffect(() => {
    if (!selectedId) return;
    listRef.current?.querySelector(`[data-story-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = stories.findIndex((story) => story.id === selectedId);
    const move = (to: number) => {
      const story = stories[Math.max(0, Math.min(stories.length - 1, to))];
      if (story) onOpen(story.id);
      event.preventDefault();
    };
    if (event.key === 'ArrowDown') move(index + 1);
    else if (event.key === 'ArrowUp') move(index - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(stories.length - 1);
  };

  return (
    <section className="pane library-pane" aria-labelledby="library-heading">
      <header className="pane-header">
        <h2 id="library-heading">Library</h2>
        <span className="pane-count" aria-label={`${library.total} stories`}>
          {library.total.toLocaleString()}
        </span>
      </header>
      {library.error && (
        <p className="pane-message" role="alert">
          Could not load the library: {library.error}
        </p>
      )}
      {library.loaded && stories.length === 0 ? (
        <EmptyLibrary onNewStory={onNewStory} />
      ) : (
        <div
          ref={listRef}
          className="story-list"
          role="listbox"
          aria-label="Stories, most recently changed first"
          aria-activedescendant={selectedId ? `story-${selectedId}` : undefined}
          tabIndex={0}
          onKeyDown={onKeyDown}
        >
          {stories.map((story: StorySummary) => (
            <StoryListItem key={story.id} story={story} selected={story.id === selectedId} onOpen={onOpen} />
          ))}
        </div>
      )}
    </section>
  );
}

function EmptyLibrary({ onNewStory }: { onNewStory(): void }) {
  return (
    <div className="empty-state">
      <p>Your library is empty.</p>
      <button type="button" className="button primary" onClick={onNewStory}>
        New story
      </button>
    </div>
  );
}
