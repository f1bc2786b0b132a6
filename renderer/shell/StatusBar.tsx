import type { TextStats } from '../panes/editor/docJson';
import { useEditorStats } from '../panes/editor/statsStore';
import { FactCount } from '../panes/facts/FactCount';

interface Props {
  storyOpen: boolean;
  libraryTotal: number;
}

/** Reading time at 230 words a minute, the usual figure for news copy. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? one : many}`;
}

function counts({ words, characters }: TextStats): string {
  return `${plural(words, 'word')} · ${plural(characters, 'character')}`;
}

export function StatusBar({ storyOpen, libraryTotal }: Props) {
  const published = useEditorStats();
  const stats = storyOpen ? published : undefined;
  return (
    <footer className="status-bar" aria-label="Story statistics">
      <span className="story-stats">
        {stats === undefined ? (
          'No story open'
        ) : (
          <>
            <span>
              {counts(stats.story)} · {readingMinutes(stats.story.words)} min read
            </span>
            <span className={stats.story.tks > 0 ? 'tk-count has-tk' : 'tk-count'} data-testid="tk-count">
              {' · '}
              {plural(stats.story.tks, 'TK')}
            </span>
            <FactCount />
            {stats.selection && <span className="selection-stats"> · Selection: {counts(stats.selection)}</span>}
          </>
        )}
      </span>
      <span>Library: {libraryTotal.toLocaleString()}</span>
    </footer>
  );
}
