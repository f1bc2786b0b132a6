import type { ConsistencyWarning } from '../../../story/analysis/consistency';
import { useApi } from '../../api/TransportContext';
import { openStory } from './factEvents';

interface Props {
  storyId: string;
  warnings: ConsistencyWarning[];
  /** A spelling was marked correct: its warnings go. */
  onMarked(spelling: string): void;
  onError(message: string): void;
}

/** Names, titles, figures and quotes that read differently here and elsewhere in the library; each links to the other story. */
export function ConsistencyList({ storyId, warnings, onMarked, onError }: Props) {
  const api = useApi();
  return (
    <section className="facts-section" aria-labelledby="consistency-heading">
      <h3 id="consistency-heading">
        Consistency <span className="pane-count">{warnings.length}</span>
      </h3>
      {warnings.length === 0 && <p className="hint">No names, titles, figures or quotes read differently elsewhere.</p>}
      <ul className="warning-list">
        {warnings.map((warning) => (
          <li key={`${warning.kind}:${warning.here}:${warning.there}:${warning.otherStoryId}`} className="consistency-warning" data-kind={warning.kind}>
            <span className="warning-symbol" aria-hidden="true">
              ⚠
            </span>
            <span className="warning-message">{warning.message}</span>
            <span className="fact-actions">
              {warning.otherStoryId && warning.otherStoryId !== storyId && (
                <button type="button" className="link-button" onClick={() => openStory(warning.otherStoryId!)}>
                  Open “{warning.otherStoryHeadline || 'other story'}”
                </button>
              )}
              {warning.kind === 'name-variant' && warning.spelling && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    void api
                      .markSpellingCorrect({ kind: 'person', spelling: warning.spelling!, ...(warning.entityId ? { entityId: warning.entityId } : {}) })
                      .then(() => onMarked(warning.spelling!))
                      .catch((error: Error) => onError(error.message))
                  }
                >
                  Mark “{warning.spelling}” as correct
                </button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
