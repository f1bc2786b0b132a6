import type { MarkJSON, NodeJSON } from '../document';
import { isAllowedLinkHref } from '../schema/links';

/** Builders for the body JSON the importers produce. */

export const text = (value: string, marks?: MarkJSON[]): NodeJSON => (marks && marks.length > 0 ? { type: 'text', text: value, marks } : { type: 'text', text: value });

export const paragraph = (content: NodeJSON[]): NodeJSON => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });

export const subhead = (content: NodeJSON[], level: 2 | 3 = 2): NodeJSON => ({ type: 'heading', attrs: { level }, content });

export const linkMark = (href: string): MarkJSON => ({ type: 'link', attrs: { href, target: null, rel: 'noopener noreferrer nofollow', class: null, title: null } });

type ListKind = 'bullet' | 'ordered' | 'check';

/** A list of single-paragraph items; checkmark lists become key takeaways. */
export function list(kind: ListKind, items: NodeJSON[][], start = 1): NodeJSON {
  if (kind === 'check') return { type: 'keyTakeaways', content: items.map((content) => ({ type: 'takeaway', ...(content.length ? { content } : {}) })) };
  const listItems = items.map((content) => ({ type: 'listItem', content: [paragraph(content)] }));
  if (kind === 'ordered') return { type: 'orderedList', attrs: { start, type: null }, content: listItems };
  return { type: 'bulletList', content: listItems };
}

const URL_OR_TK = /\bhttps?:\/\/[^\s<>"“”]+|\bTK(?:TK)*\b/g;

/**
 * Inline nodes for a run of plain text: "TK" becomes the TK placeholder and web
 * addresses become links. Marks given apply to every piece.
 */
export function inlineText(value: string, marks: MarkJSON[] = []): NodeJSON[] {
  const nodes: NodeJSON[] = [];
  let last = 0;
  for (const match of value.matchAll(URL_OR_TK)) {
    let found = match[0];
    if (found.startsWith('http')) {
      found = found.replace(/[.,;:!?)\]'’]+$/, '');
      if (!isAllowedLinkHref(found)) continue;
    }
    const index = match.index;
    if (index > last) nodes.push(text(value.slice(last, index), marks));
    if (found.startsWith('TK')) nodes.push({ type: 'tk', attrs: { note: '' } });
    else nodes.push(text(found, [...marks.filter((mark) => mark.type !== 'link'), linkMark(found)]));
    last = index + found.length;
  }
  if (last < value.length) nodes.push(text(value.slice(last), marks));
  return nodes.filter((node) => node.type !== 'text' || (node.text ?? '').length > 0);
}

/** Collapses runs of spaces and trims, as a line is read. */
export function cleanLine(line: string): string {
  // Most lines have nothing to collapse: they are only trimmed (no new string made for each).
  return (/[\t\u00a0]| {2}/.test(line) ? line.replace(/[\t\u00a0 ]+/g, ' ') : line).trim();
}
