import { useEffect, useState } from 'react';
import type { LibraryRow, RelatedSuggestion } from '../../story/library';
import type { RelatedItem } from '../../story/model';
import { useApi } from '../api/TransportContext';

interface Props {
  storyId: string;
  related: RelatedItem[];
  onChange(related: RelatedItem[]): void;
}

/** "Read next": stories picked from the library (search or suggestions by shared keywords, slug and similar text), in order. */
export function RelatedPicker({ storyId, related, onChange }: Props) {
  const api = useApi();
  const [text, setText] = useState('');
  const [found, setFound] = useState<LibraryRow[]>([]);
  const [suggestions, setSuggestions] = useState<RelatedSuggestion[]>([]);

  useEffect(() => {
    let current = true;
    api.suggestRelated({ id: storyId, limit: 6 }).then(
      (list) => current && setSuggestions(list),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, storyId]);

  useEffect(() => {
    if (!text.trim()) return;
    let current = true;
    const timer = setTimeout(() => {
      api.queryLibrary({ text, sort: 'relevance', limit: 8 }).then(
        (page) => current && setFound(page.rows.filter((row) => row.id !== storyId)),
        () => undefined,
      );
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, text, storyId]);

  const chosen = new Set(related.map((item) => item.storyId).filter(Boolean));
  const add = (item: { storyId: string; headline: string }) => {
    if (chosen.has(item.storyId) || related.length >= 50) return;
    onChange([...related, { storyId: item.storyId, headline: item.headline || 'Untitled story' }]);
  };
  const move = (index: number, by: number) => {
    const next = [...related];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
  };

  return (
    <div className="related-picker">
      {related.length === 0 ? (
        <p className="hint">No “Read next” stories yet.</p>
      ) : (
        <ol className="related-list">
          {related.map((item, index) => (
            <li key={`${item.storyId ?? item.headline}-${index}`}>
              <span className="related-headline">
                {item.time && <span className="related-time">{item.time} </span>}
                {item.headline}
              </span>
              <span className="related-actions">
                <button type="button" aria-label={`Move “${item.headline}” up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  ↑
                </button>
                <button type="button" aria-label={`Move “${item.headline}” down`} disabled={index === related.length - 1} onClick={() => move(index, 1)}>
                  ↓
                </button>
                <button type="button" aria-label={`Remove “${item.headline}”`} onClick={() => onChange(related.filter((_, i) => i !== index))}>
                  ×
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <label className="related-search">
        <span>Add from the library</span>
        <input type="search" value={text} placeholder="Search headlines and text" onChange={(event) => setText(event.target.value)} />
      </label>
      {text.trim() && found.length > 0 && (
        <ul className="related-found" aria-label="Stories found">
          {found.map((row) => (
            <li key={row.id}>
              <button type="button" disabled={chosen.has(row.id)} onClick={() => add({ storyId: row.id, headline: row.headline })}>
                + {row.headline || 'Untitled story'}
              </button>
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <>
          <p className="details-hint">Suggested</p>
          <ul className="related-found" aria-label="Suggested stories">
            {suggestions.map((suggestion) => (
              <li key={suggestion.storyId}>
                <button type="button" disabled={chosen.has(suggestion.storyId)} onClick={() => add(suggestion)} title={suggestion.reasons.join('; ')}>
                  + {suggestion.headline || 'Untitled story'}
                  <span className="related-reason"> · {suggestion.reasons.join('; ')}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
