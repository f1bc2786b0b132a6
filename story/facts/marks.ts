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
