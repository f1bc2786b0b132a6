import type { CorpusStory } from './reutersCorpus';

const STOP = new Set(['said', 'that', 'with', 'from', 'this', 'have', 'will', 'were', 'would', 'which', 'their', 'also', 'been', 'after', 'more', 'than', 'they', 'about', 'into']);

/** A deterministic generator, so every run asks the same questions. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

export interface BenchQuery {
  text: string;
  kind: string;
}

/**
 * At least `count` varied queries of the kinds users type: single words, several words,
 * phrases, prefixes, headline fields, OR and exclusions. Words come from the headlines'
 * vocabulary (words seen at least 3 times): one in five from the 30 most frequent
 * ("bank", "oil", "shares"…), the others uniformly from the whole vocabulary.
 */
export function buildQueries(corpus: CorpusStory[], count: number): BenchQuery[] {
  const frequency = new Map<string, number>();
  const bigrams: string[] = [];
  for (const story of corpus.slice(0, 20_000)) {
    const headline = story.headline.toLowerCase();
    const words = headline.match(/[a-z]{4,}/g) ?? [];
    words.forEach((word) => !STOP.has(word) && frequency.set(word, (frequency.get(word) ?? 0) + 1));
    for (let i = 0; i + 1 < words.length; i++) if (!STOP.has(words[i]!) && !STOP.has(words[i + 1]!)) bigrams.push(`${words[i]} ${words[i + 1]}`);
  }
  const ranked = [...frequency.entries()].filter(([, n]) => n >= 3).toSorted((a, b) => b[1] - a[1]).map(([word]) => word);
  const next = random(20_260_301);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const word = () => (next() < 0.2 ? ranked[Math.floor(next() * Math.min(30, ranked.length))]! : ranked[Math.floor(next() * ranked.length)]!);
  const makers: Array<[kind: string, make: () => string]> = [
    ['word', () => word()],
    ['word', () => word()],
    ['two words', () => `${word()} ${word()}`],
    ['phrase', () => `"${pick(bigrams)}"`],
    ['prefix', () => `${word().slice(0, 5)}*`],
    ['field', () => `headline:${word()}`],
    ['OR', () => `${word()} OR ${word()}`],
    ['NOT', () => `${word()} -${word()}`],
    ['field phrase', () => `headline:"${pick(bigrams)}"`],
    ['brackets', () => `(${word()} OR ${word()}) ${word()}`],
  ];
  const queries = new Map<string, string>();
  for (let i = 0; queries.size < count && i < count * 20; i++) {
    const [kind, make] = makers[i % makers.length]!;
    const text = make();
    if (!queries.has(text)) queries.set(text, kind);
  }
  return [...queries].map(([text, kind]) => ({ text, kind }));
}
