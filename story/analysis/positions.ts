import type { Node as PMNode } from '@tiptap/pm/model';

/**
 * The text the suggesters read in the editor, and the way back from its character offsets to
 * ProseMirror positions: the editor turns an accepted suggestion's [start, end) into a selection
 * and puts a fact mark on it.
 *
 * The text is the story as a reader reads it (the same as `plainTextOf` of the body): one line per
 * text block, editor's notes and the "Read next" block left out, a hard break read as a space,
 * a TK placeholder as "TK".
 */
export interface TextMap {
  text: string;
  /** Pieces of the text in order: where each starts in the text and in the document. */
  segments: Array<{ textStart: number; length: number; pos: number; atom: boolean }>;
}

const SKIPPED = new Set(['editorsNote', 'readNext']);

export function textMapOf(doc: PMNode): TextMap {
  let text = '';
  const segments: TextMap['segments'] = [];
  doc.descendants((node, pos) => {
    if (SKIPPED.has(node.type.name)) return false;
    if (!node.isTextblock) return true;
    if (node.textContent.trim() === '' && !hasAtom(node)) return false;
    if (text.length > 0) text += '\n';
    node.forEach((child, offset) => {
      const childPos = pos + 1 + offset;
      if (child.isText) {
        segments.push({ textStart: text.length, length: child.text!.length, pos: childPos, atom: false });
        text += child.text!;
      } else {
        const shown = child.type.name === 'tk' ? 'TK' : ' ';
        segments.push({ textStart: text.length, length: shown.length, pos: childPos, atom: true });
        text += shown;
      }
    });
    return false;
  });
  return { text, segments };
}

function hasAtom(node: PMNode): boolean {
  let found = false;
  node.forEach((child) => {
    if (child.type.name === 'tk') found = true;
  });
  return found;
}

/** The document position of a text offset: `side` says whether it starts or ends a range. */
export function offsetToPos(map: TextMap, offset: number, side: 'start' | 'end'): number | undefined {
  const { segments } = map;
  if (offset < 0 || offset > map.text.length) return undefined;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const segmentEnd = segment.textStart + segment.length;
    const inside = side === 'start' ? offset >= segment.textStart && offset < segmentEnd : offset > segment.textStart && offset <= segmentEnd;
    if (!inside) continue;
    if (segment.atom) return side === 'start' ? segment.pos : segment.pos + 1;
    return segment.pos + (offset - segment.textStart);
  }
  return undefined;
}

/** [from, to) in the document for [start, end) in the text; undefined if either end falls outside the text. */
export function rangeToPositions(map: TextMap, start: number, end: number): { from: number; to: number } | undefined {
  const from = offsetToPos(map, start, 'start');
  const to = offsetToPos(map, end, 'end');
  return from === undefined || to === undefined || to < from ? undefined : { from, to };
}

/** The text offset of a document position, or undefined where the position is in no text the suggesters read. */
export function posToOffset(map: TextMap, pos: number): number | undefined {
  for (const segment of map.segments) {
    const size = segment.atom ? 1 : segment.length;
    if (pos >= segment.pos && pos <= segment.pos + size) return segment.atom ? segment.textStart + (pos > segment.pos ? segment.length : 0) : segment.textStart + (pos - segment.pos);
  }
  return undefined;
}

/** The words between two document positions as the story's plain text reads them: a TK as "TK", a hard break as a space. */
export function textOfRange(doc: PMNode, from: number, to: number): string {
  return doc.textBetween(from, to, ' ', (leaf) => (leaf.type.name === 'tk' ? 'TK' : leaf.type.name === 'hardBreak' ? ' ' : ''));
}
