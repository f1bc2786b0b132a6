import { useRef } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import type { Command } from '@tiptap/pm/state';
import { useLineStartMarks } from '../../hooks/useLineStartMarks';
import { isMac } from '../../shell/commands';
import { keyLabel } from '../../shell/shortcutList';
import { insertReadNext, insertTk, isInside, toggleEditorsNote, toggleKeyTakeaways, togglePullQuote } from './extensions/blockCommands';
import { run } from './extensions/newsEditing';
import type { FactKind } from '../../../story/facts/model';
import { FactTagButton } from './facts/FactTagButton';

interface Props {
  editor: Editor;
  onLink(): void;
  /** Tag the selected words as a fact. */
  onTagFact(kind: FactKind): void;
}

function keys(...parts: string[]): string {
  const mac = isMac();
  return parts.map((part) => keyLabel(part, mac)).join(mac ? '' : '+');
}

type BlockKind = 'paragraph' | 'h2' | 'h3' | 'other';

/** The block toolbar: every block and inline of the story can be made here, with its shortcut in the tooltip. */
export function EditorToolbar({ editor, onLink, onTagFact }: Props) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const { state } = e;
      const block: BlockKind = e.isActive('heading', { level: 2 }) ? 'h2' : e.isActive('heading', { level: 3 }) ? 'h3' : e.isActive('paragraph') ? 'paragraph' : 'other';
      return {
        block,
        bold: e.isActive('bold'),
        italic: e.isActive('italic'),
        link: e.isActive('link'),
        bulletList: e.isActive('bulletList'),
        orderedList: e.isActive('orderedList'),
        keyTakeaways: isInside(state, 'keyTakeaways'),
        pullQuote: isInside(state, 'pullQuote'),
        editorsNote: isInside(state, 'editorsNote'),
      };
    },
  });

  const bar = useRef<HTMLDivElement>(null);
  useLineStartMarks(bar);

  const chain = () => editor.chain().focus();
  const pm = (cmd: Command) => () => {
    run(editor, cmd);
    editor.view.focus();
  };

  const button = (label: string, text: string, shortcut: string, pressed: boolean | undefined, onClick: () => void, className = '') => (
    <button
      type="button"
      className={`tool ${className}`}
      aria-label={label}
      aria-pressed={pressed}
      title={`${label} (${shortcut})`}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {text}
    </button>
  );

  return (
    <div ref={bar} className="editor-toolbar" role="toolbar" aria-label="Format">
      <select
        className="block-select"
        aria-label="Block type"
        value={active?.block ?? 'paragraph'}
        onChange={(event) => {
          const value = event.target.value as BlockKind;
          if (value === 'paragraph') chain().setParagraph().run();
          if (value === 'h2') chain().setHeading({ level: 2 }).run();
          if (value === 'h3') chain().setHeading({ level: 3 }).run();
        }}
      >
        <option value="paragraph">Paragraph</option>
        <option value="h2">Subhead</option>
        <option value="h3">Small subhead</option>
        {active?.block === 'other' && <option value="other">—</option>}
      </select>
      <span className="tool-group">
        {button('Bold', 'B', keys('Mod', 'B'), active?.bold, () => chain().toggleBold().run(), 'tool-bold')}
        {button('Italic', 'I', keys('Mod', 'I'), active?.italic, () => chain().toggleItalic().run(), 'tool-italic')}
        {button('Link', 'Link', keys('Mod', 'K'), active?.link, onLink)}
      </span>
      <span className="tool-group">
        {button('Bulleted list', '•', keys('Mod', 'Shift', '8'), active?.bulletList, () => chain().toggleBulletList().run())}
        {button('Numbered list', '1.', keys('Mod', 'Shift', '7'), active?.orderedList, () => chain().toggleOrderedList().run())}
        {button('Key takeaways', '✔', keys('Mod', 'Shift', '9'), active?.keyTakeaways, pm(toggleKeyTakeaways))}
      </span>
      <span className="tool-group">
        {button('Pull quote', '❝', keys('Mod', 'Alt', 'Q'), active?.pullQuote, pm(togglePullQuote))}
        {button("Editor's note", 'Note', keys('Mod', 'Alt', 'N'), active?.editorsNote, pm(toggleEditorsNote))}
        {button('Read next', 'Read next', keys('Mod', 'Alt', 'R'), undefined, pm(insertReadNext))}
        {button('Horizontal rule', '—', keys('Mod', 'Alt', '-'), undefined, () => chain().setHorizontalRule().run())}
        {button('TK placeholder', 'TK', keys('Mod', 'Alt', 'K'), undefined, pm(insertTk), 'tool-tk')}
      </span>
      <span className="tool-group">
        <FactTagButton editor={editor} onTag={onTagFact} />
      </span>
    </div>
  );
}
