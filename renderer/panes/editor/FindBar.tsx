import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { findNext, findPrev, replaceAll, replaceNext, SearchQuery } from 'prosemirror-search';
import { clearFindQuery, matchPosition, setFindQuery, type FindOptions } from './extensions/findReplace';
import { showSelection } from './showSelection';
import { run } from './extensions/newsEditing';

interface Props {
  editor: Editor;
  withReplace: boolean;
  /** Bumped each time Cmd/Ctrl+F is pressed again while open, to re-focus the search field. */
  focusKey: number;
  onClose(): void;
}

/** Find (and replace) across the story: case, whole word, regular expression; every match highlighted. */
export function FindBar({ editor, withReplace, focusKey, onClose }: Props) {
  const selected = editor.state.doc.textBetween(editor.state.selection.from, editor.state.selection.to, ' ');
  const [options, setOptions] = useState<FindOptions>({
    search: selected.length > 0 && selected.length < 80 && !selected.includes('\n') ? selected : '',
    replace: '',
    caseSensitive: false,
    wholeWord: false,
    regexp: false,
  });
  const [position, setPosition] = useState({ total: 0, current: 0 });
  const valid = useMemo(() => options.search === '' || new SearchQuery({ ...options, literal: !options.regexp }).valid, [options]);
  const searchInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    searchInput.current?.focus();
    searchInput.current?.select();
  }, [focusKey, withReplace]);

  // Setting the query dispatches a transaction, which updates the count below.
  useEffect(() => {
    if (!editor.isDestroyed) setFindQuery(editor.view, options);
  }, [editor, options]);

  useEffect(() => {
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setPosition(matchPosition(editor.state)));
    };
    editor.on('transaction', update);
    return () => {
      cancelAnimationFrame(frame);
      editor.off('transaction', update);
    };
  }, [editor]);

  useEffect(
    () => () => {
      if (!editor.isDestroyed) clearFindQuery(editor.view);
    },
    [editor],
  );

  const set = (changes: Partial<FindOptions>) => setOptions((previous) => ({ ...previous, ...changes }));
  const go = (command: typeof findNext) => {
    run(editor, command);
    showSelection(editor.view);
  };
  const next = () => go(findNext);
  const previous = () => go(findPrev);
  const close = () => {
    onClose();
    editor.commands.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && event.currentTarget.classList.contains('find-input')) {
      event.preventDefault();
      if (event.shiftKey) previous();
      else next();
    } else if (event.key === 'Enter' && event.currentTarget.classList.contains('replace-input')) {
      event.preventDefault();
      go(replaceNext);
    }
  };

  const toggle = (name: 'caseSensitive' | 'wholeWord' | 'regexp', label: string, text: string) => (
    <button type="button" className="find-option" aria-pressed={options[name]} aria-label={label} title={label} onClick={() => set({ [name]: !options[name] })}>
      {text}
    </button>
  );

  const status = !valid ? 'Invalid regular expression' : options.search === '' ? '' : position.total === 0 ? 'No matches' : `${position.current || '–'} of ${position.total}`;

  return (
    <div className="find-bar" role="search" aria-label={withReplace ? 'Find and replace in the story' : 'Find in the story'}>
      <div className="find-row">
        <input
          ref={searchInput}
          className="find-input"
          aria-label="Find"
          placeholder="Find in the story"
          value={options.search}
          onChange={(event) => set({ search: event.target.value })}
          onKeyDown={onKeyDown}
          aria-invalid={valid ? undefined : true}
          spellCheck={false}
        />
        {toggle('caseSensitive', 'Match case', 'Aa')}
        {toggle('wholeWord', 'Whole word', 'W')}
        {toggle('regexp', 'Regular expression', '.*')}
        <span className="find-status" role="status" aria-live="polite">
          {status}
        </span>
        <button type="button" className="button" onClick={previous} disabled={position.total === 0} aria-label="Previous match" title="Previous match (Shift+Enter)">
          ↑
        </button>
        <button type="button" className="button" onClick={next} disabled={position.total === 0} aria-label="Next match" title="Next match (Enter)">
          ↓
        </button>
        <button type="button" className="button" onClick={close} aria-label="Close find" title="Close (Esc)">
          ✕
        </button>
      </div>
      {withReplace && (
        <div className="find-row">
          <input
            className="replace-input"
            aria-label="Replace with"
            placeholder={options.regexp ? 'Replace with ($1 for groups)' : 'Replace with'}
            value={options.replace}
            onChange={(event) => set({ replace: event.target.value })}
            onKeyDown={onKeyDown}
          />
          <button type="button" className="button" onClick={() => go(replaceNext)} disabled={position.total === 0}>
            Replace
          </button>
          <button type="button" className="button" onClick={() => run(editor, replaceAll)} disabled={position.total === 0}>
            Replace all
          </button>
        </div>
      )}
    </div>
  );
}
