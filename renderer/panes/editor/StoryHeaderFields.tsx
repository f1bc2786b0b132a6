import { useState, type ChangeEvent } from 'react';
import type { StoryFields } from '../../../story/model';
import { DEFAULT_SETTINGS } from '../../../story/settings';
import { useSettingsOr } from '../../state/settings';
import { authorsFromText, slugify } from './headerText';

export type HeaderFields = Pick<StoryFields, 'slug' | 'headline' | 'dek' | 'authors' | 'dateline'>;

/** Length targets of the headline and dek, from the settings: warnings, never limits. */
function useFieldTargets(): { headline: number; dek: number } {
  const settings = useSettingsOr(DEFAULT_SETTINGS);
  return { headline: settings.headlineTarget, dek: settings.dekTarget };
}

interface Props {
  fields: HeaderFields;
  onChange(changes: Partial<HeaderFields>): void;
}

/** Slug, dateline, headline, dek and byline: the fields above the body (UI.md). */
export function StoryHeaderFields({ fields, onChange }: Props) {
  const targets = useFieldTargets();
  const set = (name: 'headline' | 'dek') => (event: ChangeEvent<HTMLTextAreaElement>) => onChange({ [name]: event.target.value });
  // The byline and slug keep what is typed (a trailing comma or hyphen) while the story stores the clean value.
  const [bylineText, setBylineText] = useState(() => fields.authors.join(', '));
  const [slugText, setSlugText] = useState(fields.slug);
  const suggestedSlug = slugify(fields.headline).split('-').slice(0, 4).join('-');
  return (
    <div className="story-fields">
      <div className="field-row">
        <label className="field slug-field">
          <span className="field-label">Slug</span>
          <input
            className="slug-input"
            value={slugText}
            placeholder={suggestedSlug || 'story-slug'}
            onChange={(event) => {
              setSlugText(event.target.value);
              onChange({ slug: slugify(event.target.value) });
            }}
            onBlur={() => setSlugText(fields.slug)}
            onKeyDown={(event) => {
              if (event.key === 'Tab' && !slugText && suggestedSlug && !event.shiftKey) {
                setSlugText(suggestedSlug);
                onChange({ slug: suggestedSlug });
              }
            }}
            spellCheck={false}
            aria-describedby="slug-hint"
          />
        </label>
        <span id="slug-hint" className="visually-hidden">
          Lower-case letters, digits and hyphens. Tab on an empty slug takes the suggestion from the headline.
        </span>
        <label className="field dateline-place-field">
          <span className="field-label">Dateline</span>
          <input
            className="dateline-place-input"
            value={fields.dateline.place}
            placeholder="PLACE"
            onChange={(event) => onChange({ dateline: { ...fields.dateline, place: event.target.value } })}
            spellCheck
          />
        </label>
        <label className="field dateline-date-field">
          <span className="field-label">Date</span>
          <input
            type="date"
            className="dateline-date-input"
            value={fields.dateline.date}
            onChange={(event) => onChange({ dateline: { ...fields.dateline, date: event.target.value } })}
          />
        </label>
      </div>
      <label className="field headline-field">
        <span className="field-label">Headline</span>
        <textarea
          className="headline-input"
          rows={1}
          value={fields.headline}
          placeholder="Headline"
          onChange={set('headline')}
          onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
          aria-describedby="headline-count"
          spellCheck
        />
        <Counter id="headline-count" length={fields.headline.length} target={targets.headline} />
      </label>
      <label className="field dek-field">
        <span className="field-label">Dek</span>
        <textarea
          className="dek-input"
          rows={1}
          value={fields.dek}
          placeholder="Dek: the standfirst under the headline"
          onChange={set('dek')}
          onKeyDown={(event) => event.key === 'Enter' && event.preventDefault()}
          aria-describedby="dek-count"
          spellCheck
        />
        <Counter id="dek-count" length={fields.dek.length} target={targets.dek} />
      </label>
      <label className="field byline-field">
        <span className="field-label">By</span>
        <input
          className="byline-input"
          value={bylineText}
          placeholder="Authors, separated by commas"
          onChange={(event) => {
            setBylineText(event.target.value);
            onChange({ authors: authorsFromText(event.target.value) });
          }}
          spellCheck={false}
        />
      </label>
    </div>
  );
}

function Counter({ id, length, target }: { id: string; length: number; target: number }) {
  const over = length > target;
  return (
    <span id={id} className={`field-counter${over ? ' over' : ''}`} title={over ? `${length - target} characters over the target of ${target}` : `Target: ${target} characters`}>
      {length}/{target}
      {over && <span className="visually-hidden"> characters, over the target</span>}
      {over && <span aria-hidden="true"> ⚠</span>}
    </span>
  );
}
