import nlp from 'compromise';

/** A word of the text with compromise's part-of-speech tags and its exact place in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** What stands between this token and the next (punctuation, spaces), as compromise saw it. */
  post: string;
  pre: string;
  tags: ReadonlySet<string>;
  /** Index of the sentence (over the whole text) and paragraph the token belongs to. */
  sentence: number;
  paragraph: number;
}

export interface Sentence {
  start: number;
  end: number;
  paragraph: number;
  /** Indexes into the token list: [first, last]. */
  firstToken: number;
  lastToken: number;
}

export interface Paragraph {
  start: number;
  end: number;
}

export interface AnalysedText {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** Lines are paragraphs (as the story's plain text writes them); compromise reads one paragraph at a time so no sentence runs across a line break. */
export function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim().length > 0) paragraphs.push({ start, end: i });
      start = i + 1;
    }
  }
  return paragraphs;
}

/** Tokenise and tag the text with compromise, keeping every token's offsets in the whole text. */
export function analyseText(text: string): AnalysedText {
  const paragraphs = paragraphsOf(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const slice = text.slice(paragraph.start, paragraph.end);
    const json = nlp(slice).json({ offset: true, terms: { offset: true } }) as Array<{ terms: CompromiseTerm[] }>;
    for (const sentence of json) {
      const firstToken = tokens.length;
      for (const term of sentence.terms) {
        const start = paragraph.start + term.offset.start;
        const end = start + term.offset.length;
        // compromise reports offsets of the term's own characters; trust them only where they read back.
        if (text.slice(start, end) !== term.text) continue;
        tokens.push({ text: term.text, start, end, pre: term.pre, post: term.post, tags: new Set(term.tags), sentence: sentences.length, paragraph: paragraphIndex });
      }
      if (tokens.length === firstToken) continue;
      const first = tokens[firstToken]!;
      const last = tokens[tokens.length - 1]!;
      sentences.push({ start: first.start - first.pre.length, end: Math.min(paragraph.end, last.end + last.post.trimEnd().length), paragraph: paragraphIndex, firstToken, lastToken: tokens.length - 1 });
    }
  });
  return { text, paragraphs, sentences, tokens };
}

export function sentenceAt(analysed: AnalysedText, offset: number): Sentence | undefined {
  return analysed.sentences.find((sentence) => offset >= sentence.start && offset < Math.max(sentence.end, sentence.start + 1));
}
