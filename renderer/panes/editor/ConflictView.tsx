import { useEffect, useRef } from 'react';
import { plainTextOf } from '../../../story/document';
import type { Story } from '../../../story/model';
import { useLiveDraft } from '../../state/liveDraft';
import type { StoryDraft } from './storyDraft';

/** The draft as lines to compare: headline, dek, then the body's paragraphs. */
export function draftLines(draft: Pick<StoryDraft, 'headline' | 'dek' | 'body'>): string[] {
  return [draft.headline, draft.dek, ...plainTextOf(draft.body).split('\n')].filter((line) => line.trim().length > 0);
}

function Version({ title, lines, others, testId }: { title: string; lines: string[]; others: Set<string>; testId: string }) {
  return (
    <section className="conflict-version" aria-label={title} data-testid={testId}>
      <h3>{title}</h3>
      <div className="conflict-text">
        {lines.map((line, index) => (
          <p key={index} className={others.has(line) ? undefined : 'conflict-differs'}>
            {line}
          </p>
        ))}
      </div>
    </section>
  );
}

interface Props {
  theirs: Story;
  onKeepMine(): void;
  onTakeTheirs(): void;
  onKeepBoth(): void;
}

/**
 * This story was saved elsewhere (another window or process) while it was being
 * edited here. Both texts side by side, differing paragraphs marked; nothing is
 * lost whichever is chosen.
 */
export function ConflictView({ theirs, onKeepMine, onTakeTheirs, onKeepBoth }: Props) {
  // Mine is the draft on screen, as the editor publishes it for the side panes.
  const mine = useLiveDraft()?.fields;
  const theirLines = draftLines(theirs);
  const myLines = mine ? draftLines(mine) : [];
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="conflict-view" aria-labelledby="conflict-title" onCancel={(event) => event.preventDefault()}>
      <header>
        <h2 id="conflict-title">This story was changed in another window</h2>
        <p>
          It was saved elsewhere at {new Date(theirs.updatedAt).toLocaleTimeString()} (version {theirs.version}) while you were editing it here. Nothing has been
          overwritten: choose which text to keep. Paragraphs that differ are marked.
        </p>
      </header>
      <div className="conflict-columns">
        <Version title="Theirs (saved in the library)" lines={theirLines} others={new Set(myLines)} testId="conflict-theirs" />
        <Version title="Mine (on this screen)" lines={myLines} others={new Set(theirLines)} testId="conflict-mine" />
      </div>
      <footer className="conflict-actions">
        <button type="button" className="button" onClick={onKeepBoth} title="Save my text as a new story and show theirs here">
          Keep both (mine as a copy)
        </button>
        <button type="button" className="button" onClick={onTakeTheirs}>
          Take theirs
        </button>
        <button type="button" className="button primary" onClick={onKeepMine} autoFocus>
          Keep mine
        </button>
      </footer>
    </dialog>
  );
}
