/**
 * Turns what a user types into the library's search box into an FTS5 query that
 * cannot fail: every word and phrase is quoted, operators are rebuilt from a parse
 * tree, and whatever cannot be searched (stray operators, unbalanced quotes or
 * brackets, an empty field) is repaired or dropped. When nothing searchable is left,
 * the result is a plain message instead of a query.
 *
 * Supported: words (all must match), "exact phrases", prefixes (minist*),
 * fields (headline:ukraine, body:"peace talks", dek:, notes:), OR, AND, NOT,
 * -word (exclude), and (brackets).
 */

/** The searchable columns, by the names users type (and a few synonyms). */
export const SEARCH_FIELDS: Readonly<Record<string, string>> = {
  headline: 'headline',
  title: 'headline',
  hed: 'headline',
  dek: 'dek',
  standfirst: 'dek',
  body: 'body_text',
  text: 'body_text',
  notes: 'notes_text',
  note: 'notes_text',
};

/** A word or phrase the results must contain (not an excluded one): what snippets highlight. */
export interface SearchTerm {
  text: string;
  prefix: boolean;
  /** The column it is limited to (headline, dek, body_text, notes_text), if any. */
  field?: string;
}

export type TranslatedQuery =
  | { kind: 'match'; fts: string; terms: SearchTerm[] }
  | { kind: 'empty' }
  | { kind: 'message'; message: string };

const MAX_TERMS = 64;

type Token =
  | { type: 'term'; text: string; phrase: boolean; prefix: boolean; field?: string; negated: boolean }
  | { type: 'open'; negated: boolean }
  | { type: 'close' }
  | { type: 'or' }
  | { type: 'and' }
  | { type: 'not' };

type Node =
  | { type: 'term'; text: string; prefix: boolean; field?: string }
  | { type: 'and'; include: Node[]; exclude: Node[] }
  | { type: 'or'; children: Node[] };

const SEARCHABLE = /[\p{L}\p{N}\p{Co}]/u;

/** Split the input into words, phrases, brackets and operators; never fails. */
function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  // Control characters (NUL ends an FTS5 string early) are never part of a word.
  const text = input.normalize('NFC').replace(/\p{Cc}/gu, ' ');
  while (i < text.length) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(') {
      tokens.push({ type: 'open', negated: false });
      i++;
      continue;
    }
    if (ch === ')') {
      tokens.push({ type: 'close' });
      i++;
      continue;
    }
    let negated = false;
    if ((ch === '-' || ch === '+') && i + 1 < text.length && !/\s/u.test(text[i + 1]!)) {
      negated = ch === '-';
      i++;
      if (text[i] === '(') {
        tokens.push({ type: 'open', negated });
        i++;
        continue;
      }
    }
    // A field prefix: letters then a colon, directly followed by a word or phrase.
    let field: string | undefined;
    const fieldMatch = /^([A-Za-z]+):(?=\S)/.exec(text.slice(i));
    if (fieldMatch && SEARCH_FIELDS[fieldMatch[1]!.toLowerCase()]) {
      field = SEARCH_FIELDS[fieldMatch[1]!.toLowerCase()];
      i += fieldMatch[0].length;
    }
    if (text[i] === '"' || text[i] === '\u201C' || text[i] === '\u201D') {
      // A phrase runs to the next closing quote, or to the end when the quote is unbalanced.
      const start = i + 1;
      let end = start;
      while (end < text.length && !'"\u201C\u201D'.includes(text[end]!)) end++;
      const phrase = text.slice(start, end);
      i = Math.min(text.length, end + 1);
      const prefix = text[i] === '*';
      if (prefix) i++;
      tokens.push({ type: 'term', text: phrase, phrase: true, prefix, field, negated });
      continue;
    }
    let end = i;
    while (end < text.length && !/[\s()"\u201C\u201D]/u.test(text[end]!)) end++;
    const word = text.slice(i, end);
    i = end;
    if (!field && !negated && (word === 'OR' || word === '|' || word === '||')) tokens.push({ type: 'or' });
    else if (!field && !negated && (word === 'AND' || word === '&&' || word === '&')) tokens.push({ type: 'and' });
    else if (!field && !negated && word === 'NOT') tokens.push({ type: 'not' });
    else {
      const prefix = word.endsWith('*');
      tokens.push({ type: 'term', text: word.replace(/\*+/g, ' ').trim(), phrase: false, prefix, field, negated });
    }
  }
  return tokens;
}

/** Recursive-descent parse; stray operators and brackets are skipped, missing brackets closed. */
function parse(tokens: Token[]): Node | undefined {
  let pos = 0;
  let terms = 0;
  /** How many brackets are open: a closing bracket ends a group only inside one. */
  let depth = 0;

  const parseOr = (): Node | undefined => {
    const children: Node[] = [];
    for (;;) {
      const child = parseAnd();
      if (child) children.push(child);
      if (tokens[pos]?.type === 'or') {
        pos++;
        continue;
      }
      break;
    }
    if (children.length === 0) return undefined;
    return children.length === 1 ? children[0] : { type: 'or', children };
  };

  const parseAnd = (): Node | undefined => {
    const include: Node[] = [];
    const exclude: Node[] = [];
    let negateNext = false;
    while (pos < tokens.length) {
      const token = tokens[pos]!;
      if (token.type === 'or') break;
      if (token.type === 'close') {
        if (depth > 0) break;
        pos++; // a stray closing bracket
        continue;
      }
      if (token.type === 'and') {
        pos++;
        continue;
      }
      if (token.type === 'not') {
        pos++;
        negateNext = true;
        continue;
      }
      const unit = parseUnit();
      if (!unit) {
        negateNext = false;
        continue;
      }
      if (unit.negated !== negateNext) exclude.push(unit.node);
      else include.push(unit.node);
      negateNext = false;
    }
    if (include.length === 0) return exclude.length > 0 ? { type: 'and', include: [], exclude } : undefined;
    if (include.length === 1 && exclude.length === 0) return include[0];
    return { type: 'and', include, exclude };
  };

  const parseUnit = (): { node: Node; negated: boolean } | undefined => {
    const token = tokens[pos]!;
    pos++;
    if (token.type === 'open') {
      depth++;
      const inner = parseOr();
      depth--;
      if (tokens[pos]?.type === 'close') pos++;
      return inner ? { node: inner, negated: token.negated } : undefined;
    }
    if (token.type !== 'term') return undefined;
    if (!SEARCHABLE.test(token.text) || terms >= MAX_TERMS) return undefined;
    terms++;
    return { node: { type: 'term', text: token.text, prefix: token.prefix, field: token.field }, negated: token.negated };
  };

  return parseOr();
}

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** FTS5 text of a node; undefined when it only excludes (FTS5 cannot search "everything but"). */
function render(node: Node): string | undefined {
  switch (node.type) {
    case 'term': {
      const phrase = `${quote(node.text)}${node.prefix ? '*' : ''}`;
      return node.field ? `${node.field} : ${phrase}` : phrase;
    }
    case 'or': {
      const parts = node.children.map(render).filter((part): part is string => part !== undefined);
      if (parts.length === 0) return undefined;
      return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
    }
    case 'and': {
      const include = node.include.map(render).filter((part): part is string => part !== undefined);
      if (include.length === 0) return undefined;
      const exclude = node.exclude.map(render).filter((part): part is string => part !== undefined);
      const positive = include.length === 1 ? include[0]! : `(${include.join(' AND ')})`;
      return exclude.length === 0 ? positive : `(${[positive, ...exclude].join(' NOT ')})`;
    }
  }
}

/** The terms a match shows: every term not under an exclusion. */
function positiveTerms(node: Node): SearchTerm[] {
  switch (node.type) {
    case 'term':
      return [{ text: node.text, prefix: node.prefix, ...(node.field ? { field: node.field } : {}) }];
    case 'or':
      return node.children.flatMap(positiveTerms);
    case 'and':
      return node.include.flatMap(positiveTerms);
  }
}

function onlyExcludes(node: Node): boolean {
  if (node.type === 'and') return node.include.length === 0;
  if (node.type === 'or') return node.children.every(onlyExcludes);
  return false;
}

export function translateQuery(input: string): TranslatedQuery {
  if (input.trim().length === 0) return { kind: 'empty' };
  const tree = parse(tokenize(input));
  if (!tree) {
    return { kind: 'message', message: 'Nothing to search for: type a word, a "phrase" or a prefix such as minist*.' };
  }
  const fts = render(tree);
  if (fts === undefined) {
    return {
      kind: 'message',
      message: onlyExcludes(tree)
        ? 'Add a word to look for: a search cannot only exclude words.'
        : 'Nothing to search for: type a word, a "phrase" or a prefix such as minist*.',
    };
  }
  return { kind: 'match', fts, terms: positiveTerms(tree) };
}
