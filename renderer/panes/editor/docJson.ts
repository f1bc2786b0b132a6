import type { Node as PMNode } from '@tiptap/pm/model';
import { countWords, plainTextOf, type DocJSON, type NodeJSON } from '../../../story/document';

/**
 * ProseMirror documents share every unchanged node between versions, so JSON made
 * for a node can be reused by the next snapshot: a keystroke in a 20,000-word story
 * converts one paragraph, not the story. The result equals `doc.toJSON()`; it is
 * shared between snapshots, so nobody may mutate it.
 */
const jsonCache = new WeakMap<PMNode, NodeJSON>();

export function nodeJson(node: PMNode): NodeJSON {
  const cached = jsonCache.get(node);
  if (cached) return cached;
  let json: NodeJSON;
  if (node.isText) {
    json = node.toJSON() as NodeJSON;
  } else {
    json = { type: node.type.name };
    for (const _key in node.attrs) {
      json.attrs = node.attrs;
      break;
    }
    if (node.childCount > 0) {
      const content: NodeJSON[] = [];
      node.forEach((child) => content.push(nodeJson(child)));
      json.content = content;
    }
    if (node.marks.length > 0) json.marks = node.marks.map((mark) => mark.toJSON() as NonNullable<NodeJSON['marks']>[number]);
  }
  jsonCache.set(node, json);
  return json;
}

export function docJson(doc: PMNode): DocJSON {
  return nodeJson(doc) as DocJSON;
}

export interface TextStats {
  words: number;
  characters: number;
  tks: number;
}

const statsCache = new WeakMap<PMNode, TextStats>();

function tkCount(node: PMNode): number {
  let count = 0;
  node.descendants((child) => {
    if (child.type.name === 'tk') count += 1;
  });
  return count;
}

/** Words and characters as the reader reads them (editor's notes left out, as the server counts), and TKs anywhere. */
function blockStats(block: PMNode): TextStats {
  const cached = statsCache.get(block);
  if (cached) return cached;
  const text = plainTextOf({ type: 'doc', content: [nodeJson(block)] });
  const stats = { words: countWords(text), characters: text.replace(/\n/g, '').length, tks: tkCount(block) };
  statsCache.set(block, stats);
  return stats;
}

/** The story's counts, recomputed only for the blocks that changed. */
export function docStats(doc: PMNode): TextStats {
  const total = { words: 0, characters: 0, tks: 0 };
  doc.forEach((block) => {
    const stats = blockStats(block);
    total.words += stats.words;
    total.characters += stats.characters;
    total.tks += stats.tks;
  });
  return total;
}

/** Counts of a selection (from..to), editor's notes included since the writer chose them. */
export function rangeStats(doc: PMNode, from: number, to: number): TextStats {
  const text = doc.textBetween(from, to, '\n', (leaf) => (leaf.type.name === 'tk' ? 'TK' : leaf.type.name === 'hardBreak' ? ' ' : ''));
  let tks = 0;
  doc.nodesBetween(from, to, (node) => {
    if (node.type.name === 'tk') tks += 1;
  });
  return { words: countWords(text), characters: text.replace(/\n/g, '').length, tks };
}
