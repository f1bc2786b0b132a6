import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Story } from '../../../story/model';
import { useApi } from '../../api/TransportContext';
import { useLatest } from '../../hooks/useLatest';
import type { ApiError } from '../../api/ApiError';
import { useViewPrefs } from '../../shell/viewPrefs';
import { BodyEditor } from './BodyEditor';
import { ConflictView } from './ConflictView';
import { docJson, docStats, rangeStats } from './docJson';
import { editorStats } from './statsStore';
import { editorControls } from './editorControls';
import { EditorToolbar } from './EditorToolbar';
import { pasteReportText } from './extensions/pasteCleanup';
import { setWritingModes } from './extensions/writingModes';
import { FindBar } from './FindBar';
import { openDraftJournal, type DraftJournal } from './journal/draftJournal';
import { openDraft, type OpenedDraft } from './journal/recovery';
import { liveSessions, windowSession } from './journal/session';
import { LinkDialog } from './LinkDialog';
import { slugify } from './headerText';
import { StoryHeaderFields, type HeaderFields } from './StoryHeaderFields';
import type { StoryDraft } from './storyDraft';
import { useFactSeams } from './useFactSeams';
import { useFactUnderlines } from './facts/factUnderlines';
import { FactContextMenu } from './facts/FactContextMenu';
import { useStoryFacts } from '../../state/storyFacts';
import { useStoryAutosave, type StoryAutosave } from './useStoryAutosave';
import { useLiveDraftPublisher } from './useLiveDraftPublisher';
import { usePasteImportFill } from './usePasteImportFill';
import './editor.css';

interface Props {
  storyId: string;
  onAutosave(autosave: StoryAutosave | undefined): void;
  /** The story no longer exists (deleted elsewhere). */
  onMissing(): void;
  /** Open another story (a copy made from a conflict). */
  onOpenStory(id: string): void;
}

interface Opened {
  story: Story;
  draft: OpenedDraft;
  journal: DraftJournal | undefined;
  session: string;
  journalProblem?: string;
}

async function openWithJournal(story: Story): Promise<Opened> {
  try {
    const [journal, session] = await Promise.all([openDraftJournal(), windowSession()]);
    const draft = await openDraft(story, journal, session, await liveSessions());
    return { story, draft, journal, session };
  } catch (error) {
    return {
      story,
      draft: { draft: story, baseVersion: story.version },
      journal: undefined,
      session: 'none',
      journalProblem: `Unsaved edits cannot be kept in this browser's storage (${(error as Error).message}); they are saved to the library as usual.`,
    };
  }
}

/** One open story: its header fields and body, autosaved and journaled. Keyed by story id, so a new story gets a fresh pane. */
export function EditorPane({ storyId, onAutosave, onMissing, onOpenStory }: Props) {
  const api = useApi();
  const [opened, setOpened] = useState<Opened>();
  const [loadError, setLoadError] = useState<string>();
  const onMissingRef = useLatest(onMissing);

  useEffect(() => {
    let current = true;
    api.getStory({ id: storyId }).then(
      async (loaded) => {
        const result = await openWithJournal(loaded);
        if (current) setOpened(result);
      },
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
  if (!opened) return <p className="pane-message">Opening…</p>;
  return <LoadedStoryEditor opened={opened} onAutosave={onAutosave} onOpenStory={onOpenStory} />;
}

function headerOf(draft: StoryDraft): HeaderFields {
  const { slug, headline, dek, authors, dateline } = draft;
  return { slug, headline, dek, authors, dateline };
}

function LoadedStoryEditor({ opened, onAutosave, onOpenStory }: { opened: Opened } & Pick<Props, 'onAutosave' | 'onOpenStory'>) {
  const { story, draft: openedDraft, journal, session } = opened;
  const api = useApi();
  const [fields, setFields] = useState<HeaderFields>(() => headerOf(openedDraft.draft));
  const [fieldsKey, setFieldsKey] = useState(0);
  const fieldsRef = useRef(fields);
  const editorRef = useRef<Editor | undefined>(undefined);
  const [editor, setEditor] = useState<Editor>();
  const [find, setFind] = useState<{ replace: boolean; focusKey: number }>();
  const [linkOpen, setLinkOpen] = useState(false);
  const [notices, setNotices] = useState<string[]>(() => [
    ...(opened.journalProblem ? [opened.journalProblem] : []),
    ...(openedDraft.recovered ? ['Restored text typed here before Copydesk stopped; it was not saved yet and is being saved now.'] : []),
  ]);
  const columnRef = useRef<HTMLElement>(null);
  const prefs = useViewPrefs();

  const snapshot = useCallback((): StoryDraft => {
    const current = editorRef.current;
    const body = current && !current.isDestroyed ? docJson(current.state.doc) : openedDraft.draft.body;
    return { ...fieldsRef.current, body };
  }, [openedDraft]);
  const { autosave, conflict: saveConflict } = useStoryAutosave({ storyId: story.id, opened: openedDraft, snapshot, journal, session });
  const liveDraftPublisher = useLiveDraftPublisher(story, snapshot);
  const publishDraft = liveDraftPublisher.changed;

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

  // Counts for the status bar: the story's on change (cached per block), the selection's on selection change.
  const statsTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const publishStats = useCallback(() => {
    clearTimeout(statsTimer.current);
    statsTimer.current = setTimeout(() => {
      const current = editorRef.current;
      if (!current || current.isDestroyed) return;
      const { doc, selection } = current.state;
      const selected = selection.empty ? undefined : rangeStats(doc, selection.from, selection.to);
      editorStats.publish({ story: docStats(doc), ...(selected && selected.characters > 0 ? { selection: selected } : {}) });
    }, 120);
  }, []);
  useEffect(
    () => () => {
      clearTimeout(statsTimer.current);
      editorStats.publish(undefined);
    },
    [],
  );

  const onBodyChange = () => {
    autosave.changed();
    publishDraft();
    publishStats();
  };

  const onReady = useCallback(
    (ready: Editor) => {
      editorRef.current = ready;
      setEditor(ready);
      publishStats();
      ready.view.dom.dataset.editorReady = 'true';
      performance.mark('copydesk:editor-editable');
      if (!openedDraft.draft.headline && !openedDraft.draft.body.content.some((node) => node.content?.length)) {
        document.querySelector<HTMLTextAreaElement>('.headline-input')?.focus();
      }
    },
    [publishStats, openedDraft],
  );

  const addNotice = useCallback((text: string) => setNotices((previous) => (previous.includes(text) ? previous : [...previous, text])), []);
  const facts = useFactSeams(editor, story.id, addNotice);
  useFactUnderlines(useStoryFacts(story.id).facts, facts.revealedId);

  useEffect(
    () =>
      editorControls.register({
        find(mode, onlyIfFocused) {
          if (!editorRef.current) return false;
          if (onlyIfFocused && !columnRef.current?.contains(document.activeElement)) return false;
          setFind((previous) => ({ replace: mode === 'replace', focusKey: (previous?.focusKey ?? 0) + 1 }));
          return true;
        },
        tagSelection: facts.tagSelection,
        walkFacts: facts.walk,
      }),
    [facts.tagSelection, facts.walk],
  );

  const currentHeader = useCallback(() => fieldsRef.current, []);
  const fillHeader = useCallback(
    (changes: Partial<HeaderFields>) => {
      fieldsRef.current = { ...fieldsRef.current, ...changes };
      setFields(fieldsRef.current);
      setFieldsKey((key) => key + 1);
      autosave.changed();
      publishDraft();
    },
    [autosave, publishDraft],
  );
  usePasteImportFill(columnRef, currentHeader, fillHeader, addNotice);

  // Whatever the writer turns to next (versions, the preview, a conflict) sees the draft as typed.
  useEffect(() => {
    const column = columnRef.current;
    column?.addEventListener('focusout', liveDraftPublisher.flush);
    return () => column?.removeEventListener('focusout', liveDraftPublisher.flush);
  }, [liveDraftPublisher]);

  useEffect(() => {
    if (editor && !editor.isDestroyed) setWritingModes(editor.view, { focus: prefs.focusMode, typewriter: prefs.typewriter });
  }, [editor, prefs.focusMode, prefs.typewriter]);


  const takeTheirs = (theirs: Story) => {
    fieldsRef.current = headerOf(theirs);
    setFields(fieldsRef.current);
    setFieldsKey((key) => key + 1);
    editorRef.current?.commands.setContent(theirs.body, { emitUpdate: false });
    autosave.adopt(theirs.version);
    publishDraft();
    publishStats();
  };

  const conflict = (saveConflict?.details as { current?: Story } | undefined)?.current;

  return (
    <article
      ref={columnRef}
      className={`editor-column${prefs.focusMode ? ' focus-mode' : ''}${prefs.typewriter ? ' typewriter' : ''}`}
      aria-label="Story editor"
    >
      {notices.length > 0 && (
        <div className="editor-notices">
          {notices.map((notice) => (
            <p key={notice} className="editor-notice" role="alert">
              {notice}
              <button type="button" className="link-button" onClick={() => setNotices((previous) => previous.filter((n) => n !== notice))}>
                Dismiss
              </button>
            </p>
          ))}
        </div>
      )}
      <StoryHeaderFields key={fieldsKey} fields={fields} onChange={onFieldsChange} />
      {editor && (
        <div className="editor-chrome">
          <EditorToolbar editor={editor} onLink={() => setLinkOpen(true)} onTagFact={facts.tagSelection} />
          {find && <FindBar editor={editor} withReplace={find.replace} focusKey={find.focusKey} onClose={() => setFind(undefined)} />}
          {facts.hint && (
            <p className="tag-hint" role="status">
              {facts.hint}
            </p>
          )}
          {linkOpen && <LinkDialog editor={editor} onClose={() => setLinkOpen(false)} />}
          <FactContextMenu editor={editor} onTag={facts.tagSelection} />
        </div>
      )}
      <BodyEditor
        initialBody={openedDraft.draft.body}
        onChange={onBodyChange}
        onSelectionChange={publishStats}
        onReady={onReady}
        onLinkRequest={() => setLinkOpen(true)}
        onPasteReport={(report) => addNotice(pasteReportText(report))}
      />
      {conflict && (
        <ConflictView
          theirs={conflict}
          onKeepMine={() => autosave.overwriteFrom(conflict.version)}
          onTakeTheirs={() => takeTheirs(conflict)}
          onKeepBoth={() => {
            const mine = snapshot();
            api
              .createStory({ ...mine, headline: `${mine.headline || 'Untitled story'} (my version)`, slug: mine.slug ? slugify(`${mine.slug}-mine`) : '' })
              .then(
                (copy) => {
                  takeTheirs(conflict);
                  onOpenStory(copy.id);
                },
                (error: ApiError) => addNotice(`Could not save your version as a copy: ${error.message}. Nothing was changed; try again.`),
              );
          }}
        />
      )}
    </article>
  );
}
