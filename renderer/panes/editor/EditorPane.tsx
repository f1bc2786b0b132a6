import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from '../../../story/model';
import { countWords, type DocJSON } from '../../../story/document';
import { useApi } from '../../api/TransportContext';
import { useLatest } from '../../hooks/useLatest';
import type { ApiError } from '../../api/ApiError';
import { BodyEditor } from './BodyEditor';
import { StoryHeaderFields, type HeaderFields } from './StoryHeaderFields';
import { useStoryAutosave, type StoryAutosave } from './useStoryAutosave';
import { useLiveDraftPublisher } from './useLiveDraftPublisher';

interface Props {
  storyId: string;
  onAutosave(autosave: StoryAutosave | undefined): void;
  onBodyStats(stats: { words: number }): void;
  /** The story no longer exists (deleted elsewhere). */
  onMissing(): void;
}

/** One open story: its header fields and body, autosaved. Keyed by story id, so a new story gets a fresh pane. */
export function EditorPane({ storyId, onAutosave, onBodyStats, onMissing }: Props) {
  const api = useApi();
  const [story, setStory] = useState<Story>();
  const [loadError, setLoadError] = useState<string>();
  const onMissingRef = useLatest(onMissing);

  useEffect(() => {
    let current = true;
    api.getStory({ id: storyId }).then(
      (loaded) => current && setStory(loaded),
      (error: ApiError) => {
        if (!current) return;
        if (error.code === 'not_found') onMissingRef.current();
        else setLoadError(error.message);
      },
    );
    return () => {
      current = false;
    };
  }, [api, storyId, onMissingRef]);

  if (loadError) {
    return (
      <p className="pane-message" role="alert">
        Could not open the story: {loadError}
      </p>
    );
  }
  if (!story) return <p className="pane-message">Opening…</p>;
  return <LoadedStoryEditor story={story} onAutosave={onAutosave} onBodyStats={onBodyStats} />;
}

function LoadedStoryEditor({ story, onAutosave, onBodyStats }: { story: Story } & Pick<Props, 'onAutosave' | 'onBodyStats'>) {
  const [fields, setFields] = useState<HeaderFields>({ headline: story.headline, dek: story.dek, authors: story.authors });
  const fieldsRef = useRef(fields);
  const editorRef = useRef<Editor | undefined>(undefined);
  const lastBody = useRef<DocJSON>(story.body);

  const snapshot = useCallback(() => {
    const editor = editorRef.current;
    if (editor && !editor.isDestroyed) lastBody.current = editor.getJSON() as DocJSON;
    return { ...fieldsRef.current, body: lastBody.current };
  }, []);
  const autosave = useStoryAutosave(story, snapshot);
  const publishDraft = useLiveDraftPublisher(story, snapshot);

  useEffect(() => {
    onAutosave(autosave);
    return () => onAutosave(undefined);
  }, [autosave, onAutosave]);

  const onFieldsChange = (changes: Partial<HeaderFields>) => {
    fieldsRef.current = { ...fieldsRef.current, ...changes };
    setFields(fieldsRef.current);
    autosave.changed();
    publishDraft();
  };

  const statsTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const onBodyChange = () => {
    autosave.changed();
    publishDraft();
    clearTimeout(statsTimer.current);
    statsTimer.current = setTimeout(() => {
      const editor = editorRef.current;
      if (editor && !editor.isDestroyed) onBodyStats({ words: countWords(editor.getText({ blockSeparator: '\n' })) });
    }, 300);
  };
  useEffect(() => () => clearTimeout(statsTimer.current), []);

  const onReady = useCallback(
    (editor: Editor) => {
      editorRef.current = editor;
      onBodyStats({ words: story.wordCount });
      if (!story.headline && !story.body.content.some((node) => node.content?.length)) {
        document.querySelector<HTMLTextAreaElement>('.headline-input')?.focus();
      }
    },
    [onBodyStats, story],
  );

  return (
    <article className="editor-column" aria-label="Story editor">
      <StoryHeaderFields fields={fields} onChange={onFieldsChange} />
      <BodyEditor initialBody={story.body} onChange={onBodyChange} onReady={onReady} />
    </article>
  );
}
