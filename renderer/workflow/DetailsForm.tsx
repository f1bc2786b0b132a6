import { useEffect, useState, type ReactNode } from 'react';
import type { RelatedItem, Story } from '../../story/model';
import type { MethodInput } from '../../electron/api/contract';
import { useApi } from '../api/TransportContext';
import { RelatedPicker } from './RelatedPicker';

type Changes = MethodInput<'updateStoryDetails'>['changes'];
type FieldName = keyof Changes;

const GENRES = ['news', 'analysis', 'interview', 'feature', 'opinion', 'explainer', 'profile', 'review', 'obituary', 'live'];
const LANGUAGES = ['en', 'en-GB', 'en-US', 'de', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'uk', 'ru', 'ar', 'zh'];

/** "2026-03-01T10:00" in local time, for a datetime-local input. */
const pad = (n: number) => String(n).padStart(2, '0');

function localDateTime(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The story's metadata not shown above the body: each field saved when it is left, its error shown beside it. */
export function DetailsForm({ storyId }: { storyId: string }) {
  const api = useApi();
  const [story, setStory] = useState<Story>();
  const [loadError, setLoadError] = useState<string>();
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [saved, setSaved] = useState<FieldName>();

  useEffect(() => {
    let current = true;
    api.getStory({ id: storyId }).then(
      (loaded) => current && setStory(loaded),
      (error: Error) => current && setLoadError(error.message),
    );
    return () => {
      current = false;
    };
  }, [api, storyId]);

  if (loadError) return <p className="pane-message" role="alert">{loadError}</p>;
  if (!story) return <p className="pane-message">Loading…</p>;

  const save = (field: FieldName, changes: Changes) => {
    api.updateStoryDetails({ id: storyId, changes }).then(
      () => {
        setStory((current) => current && ({ ...current, ...changes } as Story));
        setErrors(({ [field]: _gone, ...rest }) => rest);
        setSaved(field);
      },
      (error: Error) => setErrors((current) => ({ ...current, [field]: error.message })),
    );
  };

  const row = (field: FieldName, label: string, control: ReactNode, hint?: string) => (
    <div className="details-field">
      <label htmlFor={`details-${field}`}>{label}</label>
      {control}
      {errors[field] ? (
        <p className="field-error" role="alert" id={`details-${field}-error`}>
          {errors[field]}
        </p>
      ) : (
        hint && <p className="details-hint">{hint}</p>
      )}
      {saved === field && !errors[field] && (
        <span className="details-saved" role="status">
          Saved
        </span>
      )}
    </div>
  );

  const text = (field: 'section' | 'genre' | 'copyright' | 'usageTerms' | 'language', extra: { list?: string; placeholder?: string } = {}) => (
    <CommitInput
      id={`details-${field}`}
      value={story[field]}
      invalid={Boolean(errors[field])}
      list={extra.list}
      placeholder={extra.placeholder}
      onCommit={(value) => save(field, { [field]: value.trim() } as Changes)}
    />
  );

  return (
    <form className="details-form" onSubmit={(event) => event.preventDefault()} aria-label="Story details">
      <fieldset>
        <legend>Headlines for other places</legend>
        {row(
          'headlineVariants',
          'SEO headline',
          <CommitInput
            id="details-headlineVariants"
            value={story.headlineVariants.seo}
            placeholder="Same as the headline"
            onCommit={(seo) => save('headlineVariants', { headlineVariants: { ...story.headlineVariants, seo } })}
          />,
          'For search engines; empty means the headline.',
        )}
        <div className="details-field">
          <label htmlFor="details-social">Social headline</label>
          <CommitInput
            id="details-social"
            value={story.headlineVariants.social}
            placeholder="Same as the headline"
            onCommit={(social) => save('headlineVariants', { headlineVariants: { ...story.headlineVariants, social } })}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Filing</legend>
        {row('section', 'Section or desk', text('section', { placeholder: 'e.g. Metro' }))}
        {row(
          'keywords',
          'Keywords',
          <CommitInput
            id="details-keywords"
            value={story.keywords.join(', ')}
            placeholder="ferry, harbour, Valmere"
            onCommit={(value) => save('keywords', { keywords: [...new Set(value.split(',').map((k) => k.trim()).filter(Boolean))] })}
          />,
          'Separated by commas.',
        )}
        {row('genre', 'Genre', text('genre', { list: 'details-genres', placeholder: 'news' }))}
        <datalist id="details-genres">
          {GENRES.map((genre) => (
            <option key={genre} value={genre}>
              {genre}
            </option>
          ))}
        </datalist>
        {row('language', 'Language', text('language', { list: 'details-languages' }), 'A language tag such as en or en-GB.')}
        <datalist id="details-languages">
          {LANGUAGES.map((language) => (
            <option key={language} value={language}>
              {language}
            </option>
          ))}
        </datalist>
        {row(
          'urgency',
          'Urgency',
          <select
            id="details-urgency"
            value={story.urgency ?? ''}
            onChange={(event) => save('urgency', { urgency: event.target.value ? Number(event.target.value) : null })}
          >
            <option value="">Not set</option>
            {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
              <option key={n} value={n}>
                {n}
                {n === 1 ? ' (most urgent)' : n === 9 ? ' (least)' : ''}
              </option>
            ))}
          </select>,
        )}
        {row(
          'embargo',
          'Embargo',
          <div className="details-embargo">
            <input
              id="details-embargo"
              type="datetime-local"
              defaultValue={localDateTime(story.embargo)}
              key={story.embargo ?? 'none'}
              aria-invalid={Boolean(errors.embargo)}
              aria-describedby={errors.embargo ? 'details-embargo-error' : undefined}
              onBlur={(event) => {
                const value = event.target.value;
                const iso = value ? new Date(value).toISOString() : null;
                if (iso !== story.embargo) save('embargo', { embargo: iso });
              }}
            />
            {story.embargo && (
              <button type="button" className="link-button" onClick={() => save('embargo', { embargo: null })}>
                Lift
              </button>
            )}
          </div>,
          'Not to be published before this time (your time zone).',
        )}
      </fieldset>
      <fieldset>
        <legend>For editors</legend>
        {row(
          'editorsNote',
          'Editor’s note',
          <CommitInput id="details-editorsNote" value={story.editorsNote} multiline onCommit={(editorsNote) => save('editorsNote', { editorsNote })} />,
          'Never published; searchable with notes:word.',
        )}
        {row('copyright', 'Copyright', text('copyright', { placeholder: '© …' }))}
        {row('usageTerms', 'Usage terms', text('usageTerms', { placeholder: 'e.g. No syndication' }))}
      </fieldset>
      <fieldset>
        <legend>Read next</legend>
        <RelatedPicker storyId={storyId} related={story.related} onChange={(related: RelatedItem[]) => save('related', { related })} />
        {errors.related && (
          <p className="field-error" role="alert">
            {errors.related}
          </p>
        )}
      </fieldset>
    </form>
  );
}

interface CommitInputProps {
  id: string;
  value: string;
  placeholder?: string | undefined;
  list?: string | undefined;
  multiline?: boolean;
  invalid?: boolean;
  onCommit(value: string): void;
}

/** A text field that saves when it is left (or on Enter), and only when it changed. */
function CommitInput({ id, value, placeholder, list, multiline, invalid, onCommit }: CommitInputProps) {
  const [text, setText] = useState(value);
  // When the stored value changes (saved, or changed elsewhere), show it.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const common = {
    id,
    value: text,
    placeholder,
    'aria-invalid': invalid || undefined,
    'aria-describedby': invalid ? `${id}-error` : undefined,
    onBlur: commit,
  };
  if (multiline) return <textarea {...common} rows={3} onChange={(event) => setText(event.target.value)} />;
  return (
    <input
      {...common}
      list={list}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}
