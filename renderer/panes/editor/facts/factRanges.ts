import type { Node as PMNode } from '@tiptap/pm/model';
import { textOfRange } from '../../../../story/analysis/positions';

export interface Range {
  from: number;
  to: number;
}

/** Where `text` is now, nearest to where it was (the draft may have changed while the fact was created). */
export function locate(doc: PMNode, from: number, to: number, text: string): Range | undefined {
  if (from >= 0 && from < to && to <= doc.content.size && textOfRange(doc, from, to) === text) return { from, to };
  let best: Range | undefined;
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

/** The span of a fact's mark (from its first marked position to its last). */
export function factRange(doc: PMNode, factId: string): Range | undefined {
  let range: Range | undefined;
  doc.descendants((node, pos) => {
    if (node.isInline && node.marks.some((mark) => mark.type.name === 'fact' && mark.attrs.factId === factId)) {
      range = { from: Math.min(range?.from ?? pos, pos), to: Math.max(range?.to ?? 0, pos + node.nodeSize) };
    }
    return true;
  });
  return range;
}

/** Each marked fact's span, in document order of its first word. */
export function factRangesInOrder(doc: PMNode): Array<Range & { factId: string }> {
  const ranges = new Map<string, Range>();
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      const factId = mark.type.name === 'fact' ? (mark.attrs.factId as string | null) : null;
      if (!factId) continue;
      const range = ranges.get(factId);
      if (range) range.to = Math.max(range.to, pos + node.nodeSize);
      else ranges.set(factId, { from: pos, to: pos + node.nodeSize });
    }
    return true;
  });
  return [...ranges.entries()].map(([factId, range]) => ({ factId, ...range })).toSorted((a, b) => a.from - b.from);
}

/** The fact in `order` after (or before) the selection, wrapping round; a fact starting at the cursor is next. */
export function nextFactRange<T extends Range>(order: readonly T[], selection: Range, direction: 'next' | 'previous'): T | undefined {
  if (order.length === 0) return undefined;
  const at = selection.from;
  if (direction === 'next') return order.find((range) => range.from > at || (range.from === at && selection.to === at)) ?? order[0];
  return order.findLast((range) => range.from < at) ?? order[order.length - 1];
}
