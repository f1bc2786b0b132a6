/**
 * Commands for the news blocks, as plain ProseMirror transforms: `(tr) => boolean`
 * helpers that input rules can run on their own transaction, and `Command`s built
 * from them for shortcuts and the toolbar. Schema names are those of story/schema.
 */
import type { Node as PMNode, NodeType } from '@tiptap/pm/model';
import { NodeSelection, TextSelection, type Command, type EditorState, type Transaction } from '@tiptap/pm/state';

type TrStep = (tr: Transaction) => boolean;

interface Found {
  node: PMNode;
  pos: number;
  depth: number;
}

/** The innermost ancestor of the selection's start with this type name. */
export function ancestorOf(state: Pick<EditorState, 'selection'>, name: string): Found | undefined {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name === name) return { node, pos: $from.before(depth), depth };
  }
  return undefined;
}

export function isInside(state: Pick<EditorState, 'selection'>, name: string): boolean {
  return ancestorOf(state, name) !== undefined;
}

/** Run a transaction step as a command. */
export function command(step: TrStep): Command {
  return (state, dispatch) => {
    const tr = state.tr;
    if (!step(tr)) return false;
    dispatch?.(tr.scrollIntoView());
    return true;
  };
}

/** Replace the textblocks covered by the selection with `wrapper(child...)`; the cursor moves in by one. */
function wrapTextblocks(tr: Transaction, wrapperType: NodeType, childOf: (block: PMNode) => PMNode | undefined): boolean {
  const { $from, $to, from, to } = tr.selection;
  const range = $from.blockRange($to);
  if (!range) return false;
  const children: PMNode[] = [];
  for (let index = range.startIndex; index < range.endIndex; index += 1) {
    const child = childOf(range.parent.child(index));
    if (!child) return false;
    children.push(child);
  }
  if (!range.parent.canReplaceWith(range.startIndex, range.endIndex, wrapperType)) return false;
  const wrapper = wrapperType.createChecked(null, children);
  tr.replaceWith(range.start, range.end, wrapper);
  tr.setSelection(TextSelection.create(tr.doc, from + 1, to + 1));
  return true;
}

/** Turn a container back into paragraphs made from its children's inline content. */
function unwrapToParagraphs(tr: Transaction, found: Found, paragraphs: PMNode[], cursorShift: number): boolean {
  const { from, to } = tr.selection;
  tr.replaceWith(found.pos, found.pos + found.node.nodeSize, paragraphs);
  const max = tr.doc.content.size;
  const clamp = (pos: number) => Math.max(0, Math.min(max, pos + cursorShift));
  tr.setSelection(TextSelection.between(tr.doc.resolve(clamp(from)), tr.doc.resolve(clamp(to))));
  return true;
}

// ── Key takeaways ──────────────────────────────────────────────────────────

/** Paragraphs (or subheads) under the cursor become a "✔" checklist; inside one, the checklist becomes paragraphs. */
export const toggleKeyTakeawaysTr: TrStep = (tr) => {
  const { schema } = tr.doc.type;
  const list = ancestorOf(tr, 'keyTakeaways');
  if (list) {
    const paragraphs: PMNode[] = [];
    list.node.forEach((takeaway) => paragraphs.push(schema.nodes.paragraph!.create(null, takeaway.content)));
    return unwrapToParagraphs(tr, list, paragraphs, -1);
  }
  const takeaway = schema.nodes.takeaway!;
  return wrapTextblocks(tr, schema.nodes.keyTakeaways!, (block) =>
    block.type.name === 'paragraph' || block.type.name === 'heading' ? takeaway.create(null, block.content) : undefined,
  );
};

/** The takeaway under the cursor becomes a paragraph, splitting its checklist around it. */
export const liftTakeawayTr: TrStep = (tr) => {
  const { $from } = tr.selection;
  if ($from.parent.type.name !== 'takeaway') return false;
  const { schema } = tr.doc.type;
  const listDepth = $from.depth - 1;
  const list = $from.node(listDepth);
  const listPos = $from.before(listDepth);
  const index = $from.index(listDepth);
  const before: PMNode[] = [];
  const after: PMNode[] = [];
  list.forEach((child, _offset, i) => {
    if (i < index) before.push(child);
    if (i > index) after.push(child);
  });
  const replacement: PMNode[] = [];
  if (before.length) replacement.push(list.type.create(list.attrs, before));
  const paragraphAt = listPos + (replacement[0]?.nodeSize ?? 0);
  replacement.push(schema.nodes.paragraph!.create(null, $from.parent.content));
  if (after.length) replacement.push(list.type.create(list.attrs, after));
  tr.replaceWith(listPos, listPos + list.nodeSize, replacement);
  tr.setSelection(TextSelection.create(tr.doc, paragraphAt + 1 + $from.parentOffset));
  return true;
};

/** Enter on an empty takeaway leaves the checklist. */
export const exitEmptyTakeawayTr: TrStep = (tr) => {
  const { $from, empty } = tr.selection;
  if (!empty || $from.parent.type.name !== 'takeaway' || $from.parent.content.size > 0) return false;
  return liftTakeawayTr(tr);
};

/** Backspace at the start of the first takeaway turns it into a paragraph. */
export const liftFirstTakeawayTr: TrStep = (tr) => {
  const { $from, empty } = tr.selection;
  if (!empty || $from.parent.type.name !== 'takeaway' || $from.parentOffset > 0 || $from.index($from.depth - 1) > 0) return false;
  return liftTakeawayTr(tr);
};

// ── Pull quote ─────────────────────────────────────────────────────────────

/** The paragraph under the cursor becomes a pull quote (its words the quote); inside one, the quote becomes paragraphs again. */
export const togglePullQuoteTr: TrStep = (tr) => {
  const { schema } = tr.doc.type;
  const quote = ancestorOf(tr, 'pullQuote');
  if (quote) {
    const paragraphs: PMNode[] = [];
    quote.node.forEach((part) => {
      if (part.type.name === 'pullQuoteText' || part.content.size > 0) paragraphs.push(schema.nodes.paragraph!.create(null, part.content));
    });
    return unwrapToParagraphs(tr, quote, paragraphs, -1);
  }
  const { $from } = tr.selection;
  const block = $from.parent;
  if (!block.isTextblock || (block.type.name !== 'paragraph' && block.type.name !== 'heading')) return false;
  const depth = $from.depth;
  const container = $from.node(depth - 1);
  const index = $from.index(depth - 1);
  const pullQuote = schema.nodes.pullQuote!;
  if (!container.canReplaceWith(index, index + 1, pullQuote)) return false;
  const node = pullQuote.create(null, [schema.nodes.pullQuoteText!.create(null, block.content), schema.nodes.pullQuoteAttribution!.create()]);
  const start = $from.before(depth);
  tr.replaceWith(start, start + block.nodeSize, node);
  // pullQuote opens at start, its text at start + 1, the words at start + 2.
  tr.setSelection(TextSelection.create(tr.doc, start + 2 + $from.parentOffset));
  return true;
};

/** Enter in the quote moves to the attribution; Enter in the attribution leaves the pull quote. */
export const pullQuoteEnterTr: TrStep = (tr) => {
  const { $from, empty } = tr.selection;
  if (!empty) return false;
  const part = $from.parent.type.name;
  if (part === 'pullQuoteText') {
    const quote = $from.node($from.depth - 1);
    const attributionEnd = $from.before($from.depth - 1) + 1 + quote.child(0).nodeSize + 1 + quote.child(1).content.size;
    tr.setSelection(TextSelection.create(tr.doc, attributionEnd));
    return true;
  }
  if (part === 'pullQuoteAttribution') {
    const after = $from.after($from.depth - 1);
    const next = tr.doc.resolve(after).nodeAfter;
    if (!(next?.type.name === 'paragraph' && next.content.size === 0)) {
      tr.insert(after, tr.doc.type.schema.nodes.paragraph!.create());
    }
    tr.setSelection(TextSelection.create(tr.doc, after + 1));
    return true;
  }
  return false;
};

/** Backspace at the start of the attribution goes back to the quote; at the start of the quote, the pull quote becomes paragraphs. */
export const pullQuoteBackspaceTr: TrStep = (tr) => {
  const { $from, empty } = tr.selection;
  if (!empty || $from.parentOffset > 0) return false;
  const part = $from.parent.type.name;
  if (part === 'pullQuoteAttribution') {
    tr.setSelection(TextSelection.create(tr.doc, $from.before($from.depth) - 1));
    return true;
  }
  if (part === 'pullQuoteText') return togglePullQuoteTr(tr);
  return false;
};

// ── Editor's note ──────────────────────────────────────────────────────────

/** Wrap the paragraphs under the cursor in an editor's note, or lift a note's paragraphs back into the story. */
export const toggleEditorsNoteTr: TrStep = (tr) => {
  const { schema } = tr.doc.type;
  const note = ancestorOf(tr, 'editorsNote');
  if (note) {
    const children: PMNode[] = [];
    note.node.forEach((child) => children.push(child));
    return unwrapToParagraphs(tr, note, children, -1);
  }
  return wrapTextblocks(tr, schema.nodes.editorsNote!, (block) => (block.type.name === 'paragraph' ? block : undefined));
};

// ── Read next, TK ──────────────────────────────────────────────────────────

/** Place the "Read next" block after the current block (or select the one the story already has). */
export const insertReadNextTr: TrStep = (tr) => {
  const { schema } = tr.doc.type;
  let existing: number | undefined;
  tr.doc.forEach((node, offset) => {
    if (node.type.name === 'readNext') existing ??= offset;
  });
  if (existing !== undefined) {
    tr.setSelection(NodeSelection.create(tr.doc, existing));
    return true;
  }
  const { $from } = tr.selection;
  const readNext = schema.nodes.readNext!.create();
  const top = $from.depth >= 1 ? $from.node(1) : undefined;
  if (top && top.type.name === 'paragraph' && top.content.size === 0) {
    const start = $from.before(1);
    tr.replaceWith(start, start + top.nodeSize, readNext);
    tr.setSelection(NodeSelection.create(tr.doc, start));
    return true;
  }
  const at = $from.depth >= 1 ? $from.after(1) : tr.doc.content.size;
  tr.insert(at, readNext);
  tr.setSelection(NodeSelection.create(tr.doc, at));
  return true;
};

/** A TK placeholder at the cursor (replacing any selected words). */
export const insertTkTr: TrStep = (tr) => {
  const tk = tr.doc.type.schema.nodes.tk!;
  if (!tr.selection.$from.parent.inlineContent) return false;
  tr.replaceSelectionWith(tk.create(), false);
  return true;
};

/** Replace the literal "TK" that ends at `end` with a TK node (the input rule's work). */
export function tkFromTextTr(tr: Transaction, end: number, trailing: string): boolean {
  const tk = tr.doc.type.schema.nodes.tk!;
  const marks = tr.doc.resolve(end).marks();
  tr.replaceWith(end - 2, end, tk.create());
  if (trailing) tr.insert(end - 1, tr.doc.type.schema.text(trailing, marks));
  tr.setSelection(TextSelection.create(tr.doc, end - 1 + trailing.length));
  return true;
}

export const toggleKeyTakeaways = command(toggleKeyTakeawaysTr);
export const togglePullQuote = command(togglePullQuoteTr);
export const toggleEditorsNote = command(toggleEditorsNoteTr);
export const insertReadNext = command(insertReadNextTr);
export const insertTk = command(insertTkTr);
