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
  // Most words of English copy are plain ASCII: no decomposition needed.
  return NON_ASCII.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : word.toLowerCase();
}

const NON_ASCII = /[\u0080-\uffff]/;

/** A character beyond ASCII other than general punctuation (curly quotes, dashes): text without one is tokenized the quick way. */
const BEYOND_PLAIN = /[\u0080-\u1fff\u2070-\uffff]/;
const ASCII_TOKEN = /[A-Za-z0-9]+/g;

function tokens(text: string, base = 0): Token[] {
  const found: Token[] = [];
  // The Unicode word pattern is slow; plain English copy needs only the ASCII one.
  for (const match of text.matchAll(BEYOND_PLAIN.test(text) ? TOKEN : ASCII_TOKEN)) {
    const word = foldWord(match[0]);
    if (word) found.push({ word, start: base + match.index, end: base + match.index + match[0].length });
  }
  return found;
}

/** Long texts are read in pieces of about this many characters, up to the first that matches. */
const CHUNK = 8_000;
/** Around a likely match, this much text is tokenized to confirm it and make the snippet. */
const AROUND = 240;
/** Letters with diacritics, which fold to plain ones in the index (so a plain search can miss them). */
const ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;

/** Index of the next whitespace at or after `at` (or the end). */
function nextSpace(text: string, at: number): number {
  while (at < text.length && !/\s/u.test(text[at]!)) at++;
  return at;
}

/** The tokens of the first piece of `text` holding a match, and which of them match. */
function firstMatchingChunk(text: string, terms: readonly SearchTerm[]): { list: Token[]; hits: Set<number> } | undefined {
  const firstWords = wordsOf(terms).map((term) => term.words[0]!);
  if (firstWords.length === 0) return undefined;
  // Fast: find the terms' first words in the lower-cased text, and tokenize only around them.
  if (firstWords.every((word) => !NON_ASCII.test(word))) {
    const lower = text.toLowerCase();
    for (let from = 0; ; ) {
      let at = -1;
      for (const word of firstWords) {
        const found = lower.indexOf(word, from);
        if (found >= 0 && (at < 0 || found < at)) at = found;
      }
      if (at < 0) break;
      const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - AROUND)) + 1);
      const end = nextSpace(text, Math.min(text.length, at + AROUND));
      const list = tokens(text.slice(start, end), start);
      const hits = matches(list, terms);
      if (hits.size > 0) return { list, hits };
      from = at + 1;
    }
    if (!ACCENTED.test(text)) return undefined;
  }
  // Careful: fold every word (text with accents, or search words beyond ASCII).
  for (let at = 0; at < text.length; ) {
    const end = nextSpace(text, Math.min(text.length, at + CHUNK));
    const list = tokens(text.slice(at, end), at);
    const hits = matches(list, terms);
    if (hits.size > 0) return { list, hits };
    at = end;
  }
  return undefined;
}

/** The folded words of each term, worked out once per list of terms. */
const termWords = new WeakMap<readonly SearchTerm[], Array<{ words: string[]; prefix: boolean }>>();

function wordsOf(terms: readonly SearchTerm[]): Array<{ words: string[]; prefix: boolean }> {
  let found = termWords.get(terms);
  if (!found) {
    found = terms.map((term) => ({ words: tokens(term.text).map((t) => t.word), prefix: term.prefix })).filter((term) => term.words.length > 0);
    termWords.set(terms, found);
  }
  return found;
}

/** Indexes of the tokens that match any of the terms (a phrase matches its words in a row). */
function matches(list: Token[], terms: readonly SearchTerm[]): Set<number> {
  const hit = new Set<number>();
  for (const { words, prefix } of wordsOf(terms)) {
    const last = words.length - 1;
    for (let i = 0; i + last < list.length; i++) {
      let all = true;
      for (let k = 0; k <= last && all; k++) {
        const token = list[i + k]!.word;
        all = prefix && k === last ? token.startsWith(words[k]!) : token === words[k];
      }
      if (all) for (let k = 0; k <= last; k++) hit.add(i + k);
    }
  }
  return hit;
}

/** The terms that apply to a column (those without a field, and those of that field), kept per list of terms. */
const byColumn = new WeakMap<readonly SearchTerm[], Map<string, SearchTerm[]>>();

function termsFor(terms: readonly SearchTerm[], column: string): SearchTerm[] {
  let columns = byColumn.get(terms);
  if (!columns) byColumn.set(terms, (columns = new Map()));
  let found = columns.get(column);
  if (!found) columns.set(column, (found = terms.filter((term) => !term.field || term.field === column)));
  return found;
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
    const found = firstMatchingChunk(text, termsFor(terms, column));
    if (!found) continue;
    const { list, hits } = found;
    // The window of `words` tokens holding the most matches, starting four words before the first.
    const sorted = [...hits].toSorted((a, b) => a - b);
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
