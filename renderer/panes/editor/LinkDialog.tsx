import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Editor } from '@tiptap/react';
import { normaliseHref } from './linkHref';

interface Props {
  editor: Editor;
  onClose(): void;
}

/** Cmd/Ctrl+K: add, edit or remove the link at the selection (http, https and mailto only). */
export function LinkDialog({ editor, onClose }: Props) {
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [href, setHref] = useState(current);
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const needsText = editor.state.selection.empty && !current;
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);

  const close = () => {
    onClose();
    editor.commands.focus();
  };

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const target = normaliseHref(href);
    if (!target) {
      setError('A link must be a web address (http or https) or an email address (mailto).');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (needsText) {
      const label = text.trim() || href.trim();
      chain.insertContent({ type: 'text', text: label, marks: [{ type: 'link', attrs: { href: target } }] }).run();
    } else {
      chain.setLink({ href: target }).run();
    }
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onClose();
  };

  return (
    <form className="link-dialog" aria-label={current ? 'Edit link' : 'Add link'} onSubmit={apply}>
      <label>
        <span>Link to</span>
        <input
          ref={input}
          value={href}
          onChange={(event) => {
            setHref(event.target.value);
            setError(undefined);
          }}
          placeholder="https://… or name@example.org"
          onKeyDown={onKeyDown}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'link-error' : undefined}
          spellCheck={false}
        />
      </label>
      {needsText && (
        <label>
          <span>Text</span>
          <input value={text} onChange={(event) => setText(event.target.value)} onKeyDown={onKeyDown} placeholder="The words to show (the address if empty)" />
        </label>
      )}
      {error && (
        <p id="link-error" className="link-error" role="alert">
          {error}
        </p>
      )}
      <div className="link-actions">
        {current && (
          <button type="button" className="button" onClick={remove}>
            Remove link
          </button>
        )}
        <button type="button" className="button" onClick={close}>
          Cancel
        </button>
        <button type="submit" className="button primary">
          {current ? 'Update' : 'Add link'}
        </button>
      </div>
    </form>
  );
}
