import type { Editor } from '@tiptap/react';
import { TextSelection } from '@tiptap/pm/state';
import type { Node as PMNode } from '@tiptap/pm/model';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { rangeToPositions, textMapOf, textOfRange } from '../../../story/analysis/positions';
import { sentenceAround } from '../../../story/analysis/mentions';
import { isOpenFact } from '../../../story/facts/gate';
import type { FactKind, FactMeta } from '../../../story/facts/model';
import { useApi } from '../../api/TransportContext';
import { useLatest } from '../../hooks/useLatest';
import type { ApiError } from '../../api/ApiError';
import { isMac } from '../../shell/commands';
import { storyFacts, useStoryFacts } from '../../state/storyFacts';
import { factFocused, REATTACH_FACT, REVEAL_FACT, TAG_REQUEST, type RevealRequest, type TagRequest } from '../facts/factEvents';
import { factRange, factRangesInOrder, locate, nextFactRange, type Range } from './facts/factRanges';
import { showSelection } from './showSelection';

/** ⌘⇧F, then a letter (UI.md). */
export const FACT_KEYS: Readonly<Record<string, FactKind>> = { c: 'claim', q: 'quote', f: 'figure', d: 'date', p: 'person', o: 'organisation', l: 'place' };

/** The selection without the spaces a double-click or a drag takes along at its ends. */
function trimmed(doc: PMNode, { from, to }: Range): Range {
  const space = (at: number) => /^\s$/.test(doc.textBetween(at, at + 1));
  while (from < to && space(from)) from++;
  while (to > from && space(to - 1)) to--;
  return { from, to };
}

export interface FactSeams {
  /** The pending-key hint after ⌘⇧F. */
  hint: string | undefined;
  /** The fact whose words were last revealed or walked to (highlighted in the story). */
  revealedId: string | undefined;
  /** Tag the selected words as a fact of this kind (toolbar, context menu, ⌘⇧F, the menus). */
  tagSelection(kind: FactKind): void;
  /** F8 / ⇧F8: the next (previous) fact still to check after the cursor, wrapping round. */
  walk(direction: 'next' | 'previous'): void;
}

/**
 * The editor's side of fact tagging (renderer/panes/facts/factEvents.ts): the facts pane's tag
 * requests, "reveal" and "re-attach", ⌘⇧F then a letter on the selection, and F8 through the facts
 * still to check. The fact record is created through the API, then the words get a `fact` mark with
 * its id (undo removes the mark; the next save detaches the fact, and a redo re-attaches it).
 * Failures are reported through `onProblem`.
 */
export function useFactSeams(editor: Editor | undefined, storyId: string, onProblem: (message: string) => void): FactSeams {
  const api = useApi();
  const { facts } = useStoryFacts(storyId);
  const factsRef = useLatest(facts);
  /** Set while the editor itself selects a fact's words, so that the highlight stays. */
  const revealing = useRef(false);
  const [pending, setPending] = useState(false);
  const [revealedId, setRevealedId] = useState<string | undefined>(undefined);

  const mark = useCallback(
    async (request: { kind: FactKind; text: string; context: string; attribution: string; meta: FactMeta; from: number; to: number }) => {
      if (!editor) return;
      try {
        const { from, to, ...fields } = request;
        const fact = await api.createFact({
          storyId,
          kind: fields.kind,
          text: fields.text,
          ...(fields.context ? { context: fields.context } : {}),
          ...(fields.attribution ? { attribution: fields.attribution } : {}),
          ...(Object.keys(fields.meta).length > 0 ? { meta: fields.meta } : {}),
        });
        // Listed at once, as the facts pane does with its own: not only once the `factsChanged` event comes.
        storyFacts.put(fact);
        if (editor.isDestroyed) return;
        const range = locate(editor.state.doc, from, to, fields.text);
        if (!range) return onProblem(`The fact “${fields.text.slice(0, 60)}” was recorded, but its words are no longer in the draft; it is listed as detached.`);
        editor.view.dispatch(editor.state.tr.addMark(range.from, range.to, editor.schema.marks.fact!.create({ factId: fact.id })));
      } catch (error) {
        onProblem(`Could not tag the fact: ${(error as ApiError).message}`);
      }
    },
    [api, editor, storyId, onProblem],
  );

  const tagSelection = useCallback(
    (kind: FactKind) => {
      if (!editor || editor.isDestroyed) return;
      const { doc, selection } = editor.state;
      const range = trimmed(doc, selection);
      if (range.from >= range.to) return onProblem('Select the words of the fact first, then tag them (⌘⇧F and a letter, the Fact button, or the context menu).');
      const $from = doc.resolve(range.from);
      const text = textOfRange(doc, range.from, range.to);
      void mark({ kind, text, context: sentenceAround($from.parent.textContent, $from.parentOffset).slice(0, 3000), attribution: '', meta: {}, ...range });
    },
    [editor, mark, onProblem],
  );

  const show = useCallback(
    (range: Range, factId: string, focus: boolean) => {
      if (!editor || editor.isDestroyed) return;
      revealing.current = true;
      try {
        editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, range.from, range.to)).scrollIntoView());
        showSelection(editor.view);
      } finally {
        revealing.current = false;
      }
      setRevealedId(factId);
      if (focus) editor.view.focus();
    },
    [editor],
  );

  const walk = useCallback(
    (direction: 'next' | 'previous') => {
      if (!editor || editor.isDestroyed) return;
      const open = new Set((factsRef.current ?? []).filter(isOpenFact).map((fact) => fact.id));
      const order = factRangesInOrder(editor.state.doc).filter((range) => open.has(range.factId));
      const target = nextFactRange(order, editor.state.selection, direction);
      if (!target) return onProblem(open.size === 0 ? 'Every fact in the story is checked.' : 'The facts still to check are detached: see the facts pane.');
      show(target, target.factId, true);
      factFocused(target.factId);
    },
    [editor, show, onProblem, factsRef],
  );

  useEffect(() => {
    if (!editor) return;
    const onTagRequest = (event: Event) => {
      const request = (event as CustomEvent<TagRequest>).detail;
      if (request.storyId !== storyId || editor.isDestroyed) return;
      // Offsets refer to the text the suggesters read; if the draft changed since, `locate` finds the words nearby.
      const range = rangeToPositions(textMapOf(editor.state.doc), request.start, request.end) ?? { from: 0, to: 0 };
      event.preventDefault();
      const { storyId: _s, start: _a, end: _b, ...fields } = request;
      void mark({ ...fields, ...range });
    };
    const onReveal = (event: Event) => {
      const { factId, focus = true } = (event as CustomEvent<RevealRequest>).detail;
      const range = !editor.isDestroyed && factRange(editor.state.doc, factId);
      if (range) show(range, factId, focus);
      else setRevealedId(undefined);
    };
    const onReattach = (event: Event) => {
      const { factId } = (event as CustomEvent<{ factId: string }>).detail;
      if (editor.isDestroyed) return;
      const range = trimmed(editor.state.doc, editor.state.selection);
      if (range.from >= range.to) return;
      event.preventDefault();
      editor.view.dispatch(editor.state.tr.addMark(range.from, range.to, editor.schema.marks.fact!.create({ factId })));
      setRevealedId(factId);
    };
    let waiting = false;
    const wait = (on: boolean) => {
      waiting = on;
      setPending(on);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isMac() ? event.metaKey : event.ctrlKey;
      if (mod && event.shiftKey && !event.altKey && event.code === 'KeyF') {
        event.preventDefault();
        wait(!editor.state.selection.empty);
        if (!waiting) onProblem('Select the words of the fact first, then ⌘⇧F (Ctrl+Shift+F) and a letter.');
        return;
      }
      if (!waiting || ['Shift', 'Control', 'Meta', 'Alt'].includes(event.key)) return;
      wait(false);
      const kind = FACT_KEYS[event.key.toLowerCase()];
      if (kind || event.key === 'Escape') event.preventDefault();
      if (kind) tagSelection(kind);
    };
    const onBlur = () => waiting && wait(false);
    // The highlight of a revealed fact goes when the writer moves on.
    const onSelection = () => !revealing.current && setRevealedId(undefined);
    editor.on('selectionUpdate', onSelection);
    window.addEventListener(TAG_REQUEST, onTagRequest);
    window.addEventListener(REVEAL_FACT, onReveal);
    window.addEventListener(REATTACH_FACT, onReattach);
    editor.view.dom.addEventListener('keydown', onKeyDown, true);
    editor.view.dom.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener(TAG_REQUEST, onTagRequest);
      window.removeEventListener(REVEAL_FACT, onReveal);
      window.removeEventListener(REATTACH_FACT, onReattach);
      editor.view.dom.removeEventListener('keydown', onKeyDown, true);
      editor.view.dom.removeEventListener('blur', onBlur);
      editor.off('selectionUpdate', onSelection);
    };
  }, [editor, storyId, onProblem, mark, show, tagSelection]);

  const hint = pending ? 'Tag as: c claim · q quote · f figure · d date · p person · o organisation · l place (Esc: cancel)' : undefined;
  return useMemo(() => ({ hint, revealedId, tagSelection, walk }), [hint, revealedId, tagSelection, walk]);
}
