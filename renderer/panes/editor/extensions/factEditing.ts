import { Extension } from '@tiptap/core';
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';

/** While words typed over a fact go on being typed: the fact marks they carry and where the next letter goes. */
interface Retyping {
  marks: readonly Mark[];
  at: number;
}

const key = new PluginKey<Retyping | null>('factEditing');

/** The fact marks on every piece of text between `from` and `to`. */
function factsCovering(doc: PMNode, from: number, to: number): Mark[] {
  let common: Mark[] | undefined;
  doc.nodesBetween(from, to, (node) => {
    if (!node.isInline) return true;
    const facts = node.marks.filter((mark) => mark.type.name === 'fact');
    common = common === undefined ? facts : common.filter((mark) => facts.some((other) => other.eq(mark)));
    return false;
  });
  return common ?? [];
}

/**
 * Text typed at [from, to) that belongs to the fact(s) it replaces, or continues words typed over a
 * fact: the transaction that inserts it with the fact marks (and remembers where the typing goes on).
 */
export function typeKeepingFacts(state: EditorState, from: number, to: number, text: string): Transaction | undefined {
  const retyping = key.getState(state);
  const marks = from < to ? factsCovering(state.doc, from, to) : retyping && retyping.at === from && from === to ? retyping.marks : [];
  if (marks.length === 0) return undefined;
  const tr = state.tr.insertText(text, from, to);
  for (const mark of marks) tr.addMark(from, from + text.length, mark);
  return tr.setMeta(key, { marks, at: from + text.length });
}

/**
 * Typing over words of a fact keeps them in the fact. The fact mark is not inclusive (typing after
 * "40 euros" does not grow the fact), so ProseMirror would drop it from words typed over a fact's
 * last words, or over all of them. Here the letters typed over them, and the ones typed right after
 * until the cursor moves, are the fact's new words: the next save keeps the fact attached (and marks
 * a verified fact "changed since verified") instead of detaching it.
 */
export function factEditingPlugin(): Plugin<Retyping | null> {
  return new Plugin<Retyping | null>({
    key,
    state: {
      init: () => null,
      apply(tr, value, _old, next) {
        const set = tr.getMeta(key) as Retyping | undefined;
        if (set) return set;
        if (!value) return null;
        const at = tr.mapping.map(value.at);
        return next.selection.empty && next.selection.head === at ? { ...value, at } : null;
      },
    },
    props: {
      handleTextInput(view, from, to, text) {
        const tr = typeKeepingFacts(view.state, from, to, text);
        if (!tr) return false;
        view.dispatch(tr);
        return true;
      },
    },
  });
}

export const FactEditing = Extension.create({
  name: 'factEditing',
  addProseMirrorPlugins: () => [factEditingPlugin()],
});
