/**
 * Reads GUM news documents in place (../shared/testdata/gum-news): the text from the CoNLL-U files
 * (sentences, paragraphs, part of speech, syntactic heads) and the typed entity mentions from the
 * WebAnno TSV files, aligned sentence by sentence and token by token.
 *
 * A gold mention counts as a *named* mention when its syntactic head is a proper noun: the
 * suggesters look for names, not for "the country" or "he".
 */
import fs from 'node:fs';
import path from 'node:path';

export type GoldKind = 'person' | 'organisation' | 'place';

export interface GoldMention {
  kind: GoldKind;
  start: number;
  end: number;
  /** Offset range of the head token. */
  headStart: number;
  headEnd: number;
  text: string;
}

export interface GumDocument {
  name: string;
  text: string;
  mentions: GoldMention[];
}

interface DepToken {
  form: string;
  upos: string;
  head: number;
  start: number;
  end: number;
}

const TYPES: Record<string, GoldKind> = { person: 'person', organization: 'organisation', place: 'place' };

function readConllu(file: string): { text: string; sentences: DepToken[][] } {
  const paragraphs: string[][] = [];
  const sentences: Array<{ text: string; tokens: Omit<DepToken, 'start' | 'end'>[]; paragraph: number }> = [];
  let current: { text: string; tokens: Omit<DepToken, 'start' | 'end'>[]; paragraph: number } | undefined;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# newpar')) {
      if (!line.startsWith('# newpar_block')) paragraphs.push([]);
      continue;
    }
    if (line.startsWith('# text = ')) {
      if (paragraphs.length === 0) paragraphs.push([]);
      current = { text: line.slice('# text = '.length), tokens: [], paragraph: paragraphs.length - 1 };
      paragraphs[paragraphs.length - 1]!.push(current.text);
      sentences.push(current);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 8 || !current || !/^\d+$/.test(cols[0]!)) continue;
    current.tokens.push({ form: cols[1]!, upos: cols[3]!, head: Number(cols[6]) });
  }
  // The document text: sentences of a paragraph joined by a space, paragraphs by a line break.
  let text = '';
  let previousParagraph = -1;
  const placed: DepToken[][] = [];
  for (const sentence of sentences) {
    if (text.length > 0) text += sentence.paragraph === previousParagraph ? ' ' : '\n';
    previousParagraph = sentence.paragraph;
    const base = text.length;
    text += sentence.text;
    let cursor = 0;
    placed.push(
      sentence.tokens.map((token) => {
        const at = sentence.text.indexOf(token.form, cursor);
        const start = at < 0 ? cursor : at;
        cursor = at < 0 ? cursor : at + token.form.length;
        return { ...token, start: base + start, end: base + start + (at < 0 ? 0 : token.form.length) };
      }),
    );
  }
  return { text, sentences: placed };
}

function readTsvSentences(file: string): Array<Array<{ entities: string[] }>> {
  const sentences: Array<Array<{ entities: string[] }>> = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#Text=')) {
      sentences.push([]);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 4 || !/^\d+-\d+$/.test(cols[0]!)) continue;
    sentences[sentences.length - 1]?.push({ entities: cols[3] === '_' || cols[3] === '' ? [] : cols[3]!.split('|') });
  }
  return sentences;
}

export function readGumDocument(root: string, name: string): GumDocument | { name: string; skipped: string } {
  const conllu = readConllu(path.join(root, 'dep', `${name}.conllu`));
  const tsv = readTsvSentences(path.join(root, 'coref', 'gum', 'tsv', `${name}.tsv`));
  if (tsv.length !== conllu.sentences.length) return { name, skipped: `${tsv.length} TSV sentences against ${conllu.sentences.length} CoNLL-U sentences` };
  const spans = new Map<string, { kind: GoldKind; tokens: Array<{ sentence: number; index: number }> }>();
  for (let s = 0; s < tsv.length; s++) {
    if (tsv[s]!.length !== conllu.sentences[s]!.length) return { name, skipped: `sentence ${s + 1} has ${tsv[s]!.length} TSV tokens against ${conllu.sentences[s]!.length}` };
    tsv[s]!.forEach((token, index) => {
      for (const entity of token.entities) {
        const match = entity.match(/^([a-z]+)(?:\[(\d+)\])?$/);
        const kind = match && TYPES[match[1]!];
        if (!match || !kind) continue;
        const key = match[2] ? `${kind}#${match[2]}` : `${kind}@${s}:${index}`;
        const span = spans.get(key) ?? { kind, tokens: [] };
        span.tokens.push({ sentence: s, index });
        spans.set(key, span);
      }
    });
  }
  // Every typed span (of any entity type) by sentence, to tell which proper nouns belong to a nested mention.
  const allSpans = readAllSpans(tsv);
  const mentions: GoldMention[] = [];
  for (const span of spans.values()) {
    const sentence = span.tokens[0]!.sentence;
    if (span.tokens.some((t) => t.sentence !== sentence)) continue;
    const indexes = new Set(span.tokens.map((t) => t.index + 1));
    const tokens = conllu.sentences[sentence]!;
    const headIndex = [...indexes].find((i) => !indexes.has(tokens[i - 1]!.head));
    let head = headIndex === undefined ? undefined : tokens[headIndex - 1];
    // "Facebook co-founder Mark Zuckerberg": the syntactic head is a common noun, but the span names someone.
    // Named = the head is a proper noun, or the span has a proper noun that no smaller mention inside it covers.
    if (head?.upos !== 'PROPN') {
      const nested = (allSpans.get(sentence) ?? []).filter((other) => other.size < indexes.size && [...other].every((i) => indexes.has(i)));
      const own = [...indexes].toSorted((a, b) => a - b).filter((i) => tokens[i - 1]!.upos === 'PROPN' && !nested.some((other) => other.has(i)));
      head = own.length > 0 ? tokens[own[own.length - 1]! - 1] : undefined;
    }
    if (!head) continue;
    const first = tokens[Math.min(...indexes) - 1]!;
    const last = tokens[Math.max(...indexes) - 1]!;
    mentions.push({ kind: span.kind, start: first.start, end: last.end, headStart: head.start, headEnd: head.end, text: conllu.text.slice(first.start, last.end) });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { name, text: conllu.text, mentions };
}

function readAllSpans(tsv: Array<Array<{ entities: string[] }>>): Map<number, Array<Set<number>>> {
  const byKey = new Map<string, { sentence: number; indexes: Set<number> }>();
  tsv.forEach((tokens, sentence) =>
    tokens.forEach((token, index) => {
      for (const entity of token.entities) {
        const match = entity.match(/^([a-z]+)(?:\[(\d+)\])?$/);
        if (!match) continue;
        const key = match[2] ? `#${match[2]}` : `@${sentence}:${index}:${match[1]}`;
        const span = byKey.get(key) ?? { sentence, indexes: new Set<number>() };
        span.indexes.add(index + 1);
        byKey.set(key, span);
      }
    }),
  );
  const bySentence = new Map<number, Array<Set<number>>>();
  for (const span of byKey.values()) bySentence.set(span.sentence, [...(bySentence.get(span.sentence) ?? []), span.indexes]);
  return bySentence;
}

export function gumDocumentNames(root: string): string[] {
  const dir = path.join(root, 'coref', 'gum', 'tsv');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.tsv'))
    .map((file) => file.replace(/\.tsv$/, ''))
    .filter((name) => fs.existsSync(path.join(root, 'dep', `${name}.conllu`)))
    .toSorted();
}
