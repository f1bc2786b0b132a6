import type { Editor } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { useEffect, useState } from 'react';
import { rangeToPositions, textMapOf } from '../../../story/analysis/positions';
import type { FactKind } from '../../../story/facts/model';
import { useApi } from '../../api/TransportContext';
import type { ApiError } from '../../api/ApiError';
import { isMac } from '../../shell/commands';
import { REVEAL_FACT, TAG_REQUEST, type TagRequest } from '../facts/factEvents';

/** ⌘⇧F, then a letter (UI.md). */
export const FACT_KEYS: Readonly<Record<string, FactKind>> = { c: 'claim', q: 'quote', f: 'figure', d: 'date', p: 'person', o: 'organisation', l: 'place' };

/** Where `text` is now, nearest to where it was (the draft may have changed while the fact was created). */
function locate(doc: PMNode, from: number, to: number, text: string): { from: number; to: number } | undefined {
  if (to <= doc.content.size && doc.textBetween(from, to, ' ') === text) return { from, to };
  let best: { from: number; to: number } | undefined;
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (let index = node.text!.indexOf(text); index >= 0; index = node.text!.indexOf(text, index + 1)) {
      const at = pos + index;
      if (!best || Math.abs(at - from) < Math.abs(best.from - from)) best = { from: at, to: at + text.length };
    }
    return false;
  });
  return best;
}

function factRange(doc: PMNode, factId: string): { from: number; to: number } | undefined {
  let range: { from: number; to: number } | undefined;
  doc.descendants((node, pos) => {
    if (node.isText && node.marks.some((mark) => mark.type.name === 'fact' && mark.attrs.factId === factId)) {
      range = { from: Math.min(range?.from ?? pos, pos), to: Math.max(range?.to ?? 0, pos + node.nodeSize) };
    }
    return true;
  });
  return range;
}

/**
 * The editor's side of fact tagging (renderer/panes/facts/factEvents.ts): the facts pane's tag
 * requests and "reveal", and ⌘⇧F then a letter on the selection. The fact record is created
 * through the API, then the words get a `fact` mark with its id (undo removes the mark).
 * Returns the pending-key hint to show, if any, and reports failures through `onProblem`.
 */
export function useFactSeams(editor: Editor | undefined, storyId: string, onProblem: (message: string) => void): string | undefined {
  const api = useApi();
  const [pending, setPending] = useState(false);

  useEffect(() => {
    if (!editor) return;
    const mark = async (request: Omit<TagRequest, 'start' | 'end' | 'storyId'> & { from: number; to: number }) => {
      try {
        const { from, to, ...fields } = request;
        const fact = await api.createFact({ storyId, kind: fields.kind, text: fields.text, ...(fields.context ? { context: fields.context } : {}), ...(fields.attribution ? { attribution: fields.attribution } : {}), ...(fields.meta ? { meta: fields.meta } : {}) });
        if (editor.isDestroyed) return;
        const range = locate(editor.state.doc, from, to, fields.text);
        if (!range) return onProblem(`The fact “${fields.text.slice(0, 60)}” was recorded, but its words are no longer in the draft.`);
        editor.view.dispatch(editor.state.tr.addMark(range.from, range.to, editor.schema.marks.fact!.create({ factId: fact.id })));
      } catch (error) {
        onProblem(`Could not tag the fact: ${(error as ApiError).message}`);
      }
    };

    const onTagRequest = (event: Event) => {
      const request = (event as CustomEvent<TagRequest>).detail;
      if (request.storyId !== storyId || editor.isDestroyed) return;
      const range = rangeToPositions(textMapOf(editor.state.doc), request.start, request.end);
      if (!range) return;
      event.preventDefault();
      void mark({ ...request, ...range });
    };
    const onReveal = (event: Event) => {
      const { factId } = (event as CustomEvent<{ factId: string }>).detail;
      const range = !editor.isDestroyed && factRange(editor.state.doc, factId);
      if (!range) return;
      editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, range.from, range.to)).scrollIntoView());
      editor.view.focus();
    };
    let waiting = false;
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isMac() ? event.metaKey : event.ctrlKey;
      if (mod && event.shiftKey && !event.altKey && event.code === 'KeyF') {
        event.preventDefault();
        waiting = !editor.state.selection.empty;
        setPending(waiting);
        if (!waiting) onProblem('Select the words of the fact first, then ⌘⇧F (Ctrl+Shift+F) and a letter.');
        return;
      }
      if (!waiting || ['Shift', 'Control', 'Meta', 'Alt'].includes(event.key)) return;
      waiting = false;
      setPending(false);
      const kind = FACT_KEYS[event.key.toLowerCase()];
      if (!kind) return;
      event.preventDefault();
      const { from, to, $from } = editor.state.selection;
      const text = editor.state.doc.textBetween(from, to, ' ');
      void mark({ kind, text, context: $from.parent.textContent.slice(0, 3000), attribution: '', meta: {}, from, to });
    };
    window.addEventListener(TAG_REQUEST, onTagRequest);
    window.addEventListener(REVEAL_FACT, onReveal);
    editor.view.dom.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener(TAG_REQUEST, onTagRequest);
      window.removeEventListener(REVEAL_FACT, onReveal);
      editor.view.dom.removeEventListener('keydown', onKeyDown, true);
    };
  }, [api, editor, storyId, onProblem]);

  return pending ? 'Tag as: c claim · q quote · f figure · d date · p person · o organisation · l place (Esc: cancel)' : undefined;
}
