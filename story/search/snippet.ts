import type { SearchTerm } from './queryTranslator';

/** Marks around a matched word in a snippet (as story/library.ts documents them). */
const START = '\u0002';
const END = '\u0003';

interface Token {
  /** Folded as FTS5's unicode61 tokenizer with remove_diacritics 2 folds it. */
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/** Lower case, diacritics removed: "Ministère" and "ministere" are one word to the index. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function tokens(text: string, base = 0): Token[] {
  const found: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const word = foldWord(match[0]);
    if (word) found.push({ word, start: base + match.index, end: base + match.index + match[0].length });
  }
  return found;
}

/** Long texts are read in pieces of about this many characters, up to the first that matches. */
const CHUNK = 8_000;

/** The tokens of the first piece of `text` holding a match, and which of them match. */
function firstMatchingChunk(text: string, terms: readonly SearchTerm[]): { list: Token[]; hits: Set<number> } | undefined {
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + CHUNK);
    // End the piece at a space, so no word is cut in two.
    while (end < text.length && !/\s/u.test(text[end]!)) end++;
    const list = tokens(text.slice(at, end), at);
    const hits = matches(list, terms);
    if (hits.size > 0) return { list, hits };
    at = end;
  }
  return undefined;
}

/** Indexes of the tokens that match any of the terms (a phrase matches its words in a row). */
function matches(list: Token[], terms: readonly SearchTerm[]): Set<number> {
  const hit = new Set<number>();
  for (const term of terms) {
    const words = tokens(term.text).map((t) => t.word);
    if (words.length === 0) continue;
    for (let i = 0; i + words.length <= list.length; i++) {
      const all = words.every((word, k) => {
        const token = list[i + k]!.word;
        return term.prefix && k === words.length - 1 ? token.startsWith(word) : token === word;
      });
      if (all) for (let k = 0; k < words.length; k++) hit.add(i + k);
    }
  }
  return hit;
}

export interface SnippetColumn {
  column: string;
  text: string;
}

/**
 * A few words around the best match in a story's columns, the matched words wrapped in
 * \u0002 … \u0003. Made from the text itself, tokenized as the full-text index does,
 * so that showing a page of results needs no further FTS5 query.
 */
export function makeSnippet(columns: readonly SnippetColumn[], terms: readonly SearchTerm[], words = 14): string {
  let best: { text: string; list: Token[]; hits: Set<number>; from: number; score: number } | undefined;
  for (const { column, text } of columns) {
    if (!text) continue;
    const found = firstMatchingChunk(text, terms.filter((term) => !term.field || term.field === column));
    if (!found) continue;
    const { list, hits } = found;
    // The window of `words` tokens holding the most matches, starting four words before the first.
    const sorted = [...hits].sort((a, b) => a - b);
    let from = Math.max(0, sorted[0]! - 4);
    let score = 0;
    for (const first of sorted) {
      const start = Math.max(0, first - 4);
      const inside = sorted.filter((index) => index >= start && index < start + words).length;
      if (inside > score) {
        score = inside;
        from = start;
      }
    }
    if (!best || score > best.score) best = { text, list, hits, from, score };
  }
  if (!best) {
    // No match in these columns (the story matched through another): its opening words.
    const first = columns.find((column) => column.text);
    if (!first) return '';
    best = { text: first.text, list: tokens(first.text.slice(0, CHUNK)), hits: new Set(), from: 0, score: 0 };
  }
  const chosen = best;
  if (chosen.list.length === 0) return '';
  const last = Math.min(chosen.list.length, chosen.from + words) - 1;
  let out = chosen.list[chosen.from]!.start > 0 ? '…' : '';
  let at = chosen.list[chosen.from]!.start;
  for (let i = chosen.from; i <= last; i++) {
    const token = chosen.list[i]!;
    out += chosen.text.slice(at, token.start);
    out += chosen.hits.has(i) ? `${START}${chosen.text.slice(token.start, token.end)}${END}` : chosen.text.slice(token.start, token.end);
    at = token.end;
  }
  const rest = chosen.text.slice(at);
  return last < chosen.list.length - 1 || /[\p{L}\p{N}]/u.test(rest) ? `${out}…` : out + rest;
}
