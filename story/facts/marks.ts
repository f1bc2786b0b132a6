import type { DocJSON, NodeJSON } from '../document';

/** A fact mark's words in the body, in document order. */
export interface FactSpan {
  factId: string;
  /** The marked words; separate pieces of one fact joined by a space. */
  text: string;
  /** Order of the fact's first piece among all fact marks of the body. */
  order: number;
}

/** Every fact mark in the body (editor's notes included: a fact there is still in the draft). */
export function factSpansOf(doc: DocJSON | NodeJSON): FactSpan[] {
  const spans = new Map<string, { pieces: string[]; order: number; lastInline: number }>();
  let inline = 0;
  const walk = (node: NodeJSON): void => {
    if (node.type === 'text' || node.type === 'hardBreak' || node.type === 'tk') {
      inline++;
      const text = node.type === 'text' ? (node.text ?? '') : node.type === 'tk' ? 'TK' : ' ';
      for (const mark of node.marks ?? []) {
        const factId = mark.type === 'fact' ? mark.attrs?.factId : undefined;
        if (typeof factId !== 'string' || factId === '') continue;
        const span = spans.get(factId);
        if (!span) spans.set(factId, { pieces: [text], order: spans.size, lastInline: inline });
        else {
          if (span.lastInline === inline - 1) span.pieces[span.pieces.length - 1] += text;
          else span.pieces.push(text);
          span.lastInline = inline;
        }
      }
      return;
    }
    // A block boundary separates pieces.
    inline++;
    (node.content ?? []).forEach(walk);
    inline++;
  };
  walk(doc);
  return [...spans.entries()].map(([factId, span]) => ({ factId, text: span.pieces.map((p) => p.trim()).filter(Boolean).join(' '), order: span.order }));
}

const norm = (s: string) => s.replace(/[“”„]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();

/** Text as compared for "did the words change": spacing and curly/straight quotes do not count. */
export function sameWords(a: string, b: string): boolean {
  return norm(a) === norm(b);
}

const NOT_STORY_TEXT = new Set(['editorsNote', 'readNext']);
const INLINE = new Set(['text', 'hardBreak', 'tk']);

/**
 * Where each fact mark stands in the story's plain text (`plainTextOf(body)`, the text the suggesters
 * read): [start, end) per marked run, so that a suggestion already tagged at its place is not offered again.
 */
export function factRangesInText(doc: DocJSON | NodeJSON): Array<{ factId: string; start: number; end: number }> {
  const ranges: Array<{ factId: string; start: number; end: number }> = [];
  /** Each fact's last range, which a run right after it extends. */
  const lastOf = new Map<string, { factId: string; start: number; end: number }>();
  let offset = 0;
  let lines = 0;
  const walk = (node: NodeJSON): void => {
    if (NOT_STORY_TEXT.has(node.type)) return;
    const children = node.content ?? [];
    if (children.length > 0 && children.every((child) => INLINE.has(child.type))) {
      const pieces = children.map((child) => (child.type === 'hardBreak' ? ' ' : child.type === 'tk' ? 'TK' : (child.text ?? '')));
      // plainTextOf leaves out blank lines and joins the others with a line break.
      if (pieces.join('').trim().length === 0) return;
      if (lines++ > 0) offset += 1;
      children.forEach((child, i) => {
        const length = pieces[i]!.length;
        for (const mark of child.marks ?? []) {
          const factId = mark.type === 'fact' ? mark.attrs?.factId : undefined;
          if (typeof factId !== 'string' || factId === '') continue;
          const last = lastOf.get(factId);
          if (last && last.end === offset) last.end = offset + length;
          else {
            const range = { factId, start: offset, end: offset + length };
            ranges.push(range);
            lastOf.set(factId, range);
          }
        }
        offset += length;
      });
      return;
    }
    children.forEach(walk);
  };
  walk(doc);
  return ranges;
}
