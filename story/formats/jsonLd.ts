/**
 * schema.org NewsArticle JSON-LD for a story, with the people, organisations and
 * places tagged as facts as its subjects ("about") and mentions. The ClaimReviews
 * come from the facts capability's report (`factReport.ts`).
 */
import { countWords, plainTextOf } from '../document';
import type { Fact } from '../facts/model';
import { storyDate } from './storyText';
import type { ExportInput } from './types';

type JsonObject = Record<string, unknown>;

const ENTITY_TYPES: Readonly<Partial<Record<Fact['kind'], string>>> = { person: 'Person', organisation: 'Organization', place: 'Place' };

export function newsArticleJsonLd({ story, facts }: ExportInput): JsonObject {
  const authors = story.authors.map((name) => name.trim()).filter(Boolean);
  const { about, mentions } = entities(story.headline, story.dek, facts);
  const alternative = [story.headlineVariants.seo, story.headlineVariants.social].map((h) => h.trim()).filter((h) => h && h !== story.headline.trim());
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    identifier: `urn:uuid:${story.id}`,
    headline: story.headline.trim(),
    alternativeHeadline: alternative.length === 0 ? undefined : alternative.length === 1 ? alternative[0] : alternative,
    description: story.dek.trim(),
    author: authors.map((name) => ({ '@type': 'Person', name })),
    dateline: story.dateline.place.trim(),
    contentLocation: story.dateline.place.trim() ? { '@type': 'Place', name: story.dateline.place.trim() } : undefined,
    datePublished: storyDate(story),
    dateModified: story.updatedAt,
    dateCreated: story.createdAt,
    articleSection: story.section.trim(),
    keywords: story.keywords.filter((keyword) => keyword.trim()),
    wordCount: countWords(plainTextOf(story.body)),
    inLanguage: story.language,
    genre: story.genre.trim(),
    about,
    mentions,
    copyrightNotice: story.copyright.trim(),
    usageInfo: story.usageTerms.trim(),
  });
}

/** People, organisations and places tagged in the story: "about" when the headline or dek names them, else "mentions". */
function entities(headline: string, dek: string, facts: readonly Fact[]): { about: JsonObject[]; mentions: JsonObject[] } {
  const lead = `${headline}\n${dek}`.toLocaleLowerCase();
  const seen = new Set<string>();
  const about: JsonObject[] = [];
  const mentions: JsonObject[] = [];
  for (const fact of facts) {
    const type = ENTITY_TYPES[fact.kind];
    const name = (fact.currentText ?? fact.text).trim();
    if (!type || !name || fact.detached || fact.status === 'removed' || fact.status === 'false') continue;
    const key = `${type}|${name.toLocaleLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (lead.includes(name.toLocaleLowerCase()) ? about : mentions).push({ '@type': type, name });
  }
  return { about, mentions };
}

/** Leave out empty values, so the JSON-LD says only what the story says. */
function compact(object: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
}
