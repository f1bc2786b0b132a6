import { useState, type ChangeEvent } from 'react';
import type { StoryFields } from '../../../story/model';

export type HeaderFields = Pick<StoryFields, 'headline' | 'dek' | 'authors'>;

/** "Ana Reyes, Tomasz Wiśniewski" → two authors; empty entries dropped. */
export function authorsFromText(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

interface Props {
  fields: HeaderFields;
  onChange(changes: Partial<HeaderFields>): void;
}

/** Length targets: warnings, never limits. */
export const FIELD_TARGETS = { headline: 70, dek: 160 } as const;

export function StoryHeaderFields({ fields, onChange }: Props) {
  const set = (name: 'headline' | 'dek') => (event: ChangeEvent<HTMLTextAreaElement>) => onChange({ [name]: event.target.value });
  // The byline keeps what is typed (a trailing comma included) while the story stores the list of authors.
  const [bylineText, setBylineText] = useState(() => fields.authors.join(', '));
  const onBylineChange = (event: ChangeEvent<HTMLInputElement>) => {
    setBylineText(event.target.value);
    onChange({ authors: authorsFromText(event.target.value) });
  };
  return (
    <div className="story-fields">
      <label className="field headline-field">
        <span className="field-label">Headline</span>
        <textarea
          className="headline-input"
          rows={2}
          value={fields.headline}
          placeholder="Headline"
          onChange={set('headline')}
          aria-describedby="headline-count"
          spellCheck
        />
        <Counter id="headline-count" length={fields.headline.length} target={FIELD_TARGETS.headline} />
      </label>
      <label className="field dek-field">
        <span className="field-label">Dek</span>
        <textarea className="dek-input" rows={2} value={fields.dek} placeholder="Dek: the standfirst under the headline" onChange={set('dek')} aria-describedby="dek-count" spellCheck />
        <Counter id="dek-count" length={fields.dek.length} target={FIELD_TARGETS.dek} />
      </label>
      <label className="field byline-field">
        <span className="field-label">By</span>
        <input className="byline-input" value={bylineText} placeholder="Authors, separated by commas" onChange={onBylineChange} spellCheck={false} />
      </label>
    </div>
  );
}

function Counter({ id, length, target }: { id: string; length: number; target: number }) {
  const over = length > target;
  return (
    <span id={id} className={`field-counter${over ? ' over' : ''}`} aria-live="polite">
      {length}/{target}
      {over && <span className="visually-hidden"> characters, over the target</span>}
    </span>
  );
}
