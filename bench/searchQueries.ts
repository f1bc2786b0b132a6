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

/**
 * At least `count` varied queries of the kinds users type: single words from common to
 * rare, several words, phrases, prefixes, headline fields, OR and exclusions.
 */
export function buildQueries(corpus: CorpusStory[], count: number): string[] {
  const frequency = new Map<string, number>();
  const bigrams: string[] = [];
  for (const story of corpus.slice(0, 20_000)) {
    const headline = story.text.slice(0, story.text.indexOf('\n')).toLowerCase();
    const words = headline.match(/[a-z]{4,}/g) ?? [];
    words.forEach((word) => !STOP.has(word) && frequency.set(word, (frequency.get(word) ?? 0) + 1));
    for (let i = 0; i + 1 < words.length; i++) if (!STOP.has(words[i]!) && !STOP.has(words[i + 1]!)) bigrams.push(`${words[i]} ${words[i + 1]}`);
  }
  const ranked = [...frequency.entries()].filter(([, n]) => n >= 3).toSorted((a, b) => b[1] - a[1]).map(([word]) => word);
  const next = random(20_260_301);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  // Spread over the frequency ranks: a few very common words, mostly the middle, some rare.
  const word = () => ranked[Math.floor(next() ** 2 * ranked.length)]!;
  const makers: Array<() => string> = [
    () => word(),
    () => word(),
    () => `${word()} ${word()}`,
    () => `"${pick(bigrams)}"`,
    () => `${word().slice(0, 5)}*`,
    () => `headline:${word()}`,
    () => `${word()} OR ${word()}`,
    () => `${word()} -${word()}`,
    () => `headline:"${pick(bigrams)}"`,
    () => `(${word()} OR ${word()}) ${word()}`,
  ];
  const queries = new Set<string>();
  for (let i = 0; queries.size < count && i < count * 20; i++) queries.add(makers[i % makers.length]!());
  return [...queries];
}
