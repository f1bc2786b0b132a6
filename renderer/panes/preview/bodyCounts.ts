import { countWords, plainTextOf, type DocJSON, type NodeJSON } from '../../../story/document';
import { tksOf } from '../../../story/facts/gate';

export interface BodyCounts {
  /** Words as the reader reads them (editor's notes left out). */
  words: number;
  /** TK placeholders still in the published text. */
  tks: number;
}

const perBlock = new WeakMap<NodeJSON, BodyCounts>();

/**
 * `countWords(plainTextOf(body))` and `tksOf(body).length`, counted block by block and remembered
 * per block: the live draft's unchanged blocks are the same objects from one snapshot to the next
 * (renderer/panes/editor/docJson.ts), so a keystroke recounts one paragraph, not the story.
 */
export function bodyCounts(body: DocJSON): BodyCounts {
  const total = { words: 0, tks: 0 };
  for (const block of body.content) {
    let counts = perBlock.get(block);
    if (!counts) {
      counts = { words: countWords(plainTextOf(block)), tks: tksOf(block).length };
      perBlock.set(block, counts);
    }
    total.words += counts.words;
    total.tks += counts.tks;
  }
  return total;
}
