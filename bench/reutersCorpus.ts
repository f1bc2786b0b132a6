import fs from 'node:fs';
import path from 'node:path';

/** One Reuters-21578 article as the JSON files hold it (only what we use). */
interface ReutersArticle {
  title?: string;
  body?: string;
  date?: string;
  topics?: string[];
  places?: string[];
  orgs?: string[];
}

/** A story file made from an article, and the metadata the benchmark sets afterwards. */
export interface CorpusStory {
  fileName: string;
  headline: string;
  /** The file's text, made when asked (as a file is read when imported), so 100,000 of them are not all held at once. */
  text(): string;
  section: string;
  keywords: string[];
  at: string;
}

/** Read in place from the shared test data beside the checkout (the benchmark runs from the project root). */
export const REUTERS_DIR = path.resolve(process.cwd(), '..', 'shared', 'testdata', 'reuters21578', 'json-data');

const VARIANTS = ['', 'update', 'analysis', 'follow-up', 'wrap', 'recap', 'explainer', 'brief', 'factbox', 'timeline'];

function paragraphsOf(body: string): string[] {
  return body
    .replace(/\s*Reuter\s*(&#3;)?\s*$/i, '')
    .split(/\n\s{3,}/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

function parseDate(value: string | undefined): Date {
  const match = /(\d{1,2})-([A-Z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2})/.exec(value ?? '');
  if (!match) return new Date('1987-03-01T00:00:00Z');
  const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  return new Date(Date.UTC(Number(match[3]), months.indexOf(match[2]!), Number(match[1]), Number(match[4]), Number(match[5]), Number(match[6])));
}

/** The articles with a title and a body, read in place from the shared test data. */
export function loadReuters(dir = REUTERS_DIR): ReutersArticle[] {
  const files = fs.readdirSync(dir).filter((name) => /^reut2-\d+\.json$/.test(name)).toSorted();
  return files.flatMap((name) => (JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ReutersArticle[]).filter((a) => a.title && a.body));
}

/**
 * `count` story files: the articles, then again and again varied (headline suffix,
 * paragraphs rotated, figures shifted, dates moved by years) until there are enough.
 */
export function buildCorpus(articles: ReutersArticle[], count: number): CorpusStory[] {
  const stories: CorpusStory[] = [];
  for (let i = 0; stories.length < count; i++) {
    const article = articles[i % articles.length]!;
    const round = Math.floor(i / articles.length);
    const variant = VARIANTS[round % VARIANTS.length];
    const headline = `${article.title!.replace(/\s+/g, ' ').trim()}${variant ? ` (${variant})` : ''}`;
    const date = parseDate(article.date);
    date.setUTCFullYear(date.getUTCFullYear() + 30 + round);
    const topics = article.topics ?? [];
    const places = article.places ?? [];
    stories.push({
      fileName: `reuters-${round}-${i % articles.length}.txt`,
      headline,
      text: () => {
        const paragraphs = paragraphsOf(article.body!);
        const rotated = paragraphs.map((_, p) => paragraphs[(p + round) % paragraphs.length]!);
        const body = round === 0 ? rotated : rotated.map((paragraph) => paragraph.replace(/\b\d+\b/g, (n) => String(Number(n) + round)));
        return `${headline}\n\n${body.join('\n')}\n`;
      },
      section: (topics[0] ?? places[0] ?? 'general').replace(/^./, (c) => c.toUpperCase()),
      keywords: [...topics, ...places, ...(article.orgs ?? [])].slice(0, 6),
      at: date.toISOString(),
    });
  }
  return stories;
}
