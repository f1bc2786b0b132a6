/**
 * schema.org JSON-LD for a story: a NewsArticle (with the people, organisations and
 * places tagged as facts as its subjects and mentions) and one ClaimReview per
 * claim that has a verdict. Embedded in the HTML export; the fact-check report
 * writes the same ClaimReviews on their own.
 */
import { countWords, plainTextOf } from '../document';
import type { Fact, FactStatus, Source } from '../facts/model';
import { bylineOf } from '../model';
import { storyDate } from './storyText';
import type { ExportInput } from './types';

type JsonObject = Record<string, unknown>;

const ENTITY_TYPES: Readonly<Partial<Record<Fact['kind'], string>>> = { person: 'Person', organisation: 'Organization', place: 'Place' };

/** Verdicts a reader can be told, on schema.org's 1 (false) to 5 (true) scale. */
const VERDICTS: Readonly<Partial<Record<FactStatus, { value: number; name: string }>>> = {
  verified: { value: 5, name: 'True' },
  disputed: { value: 3, name: 'Disputed' },
  false: { value: 1, name: 'False' },
};

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
    const name = fact.text.trim();
    if (!type || !name || fact.status === 'removed' || fact.status === 'false') continue;
    const key = `${type}|${name.toLocaleLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    (lead.includes(name.toLocaleLowerCase()) ? about : mentions).push({ '@type': type, name });
  }
  return { about, mentions };
}

/** One ClaimReview per tagged claim that has a verdict (verified, disputed or false). */
export function claimReviewsJsonLd({ story, facts, sources }: Pick<ExportInput, 'story' | 'facts' | 'sources'>): JsonObject[] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const reviewers = bylineOf(story.authors);
  return facts
    .filter((fact) => fact.kind === 'claim' && VERDICTS[fact.status] && !fact.detached && fact.text.trim())
    .map((fact) => {
      const verdict = VERDICTS[fact.status]!;
      const appearances = fact.sourceIds
        .map((id) => byId.get(id))
        .filter((source): source is Source => Boolean(source?.url && /^https?:\/\//i.test(source.url)))
        .map((source) => ({ '@type': 'CreativeWork', url: source.url, name: source.title }));
      return compact({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        identifier: `urn:uuid:${story.id}:fact:${fact.id}`,
        claimReviewed: fact.text.trim(),
        itemReviewed: compact({
          '@type': 'Claim',
          author: fact.attribution.trim() ? { '@type': 'Thing', name: fact.attribution.trim() } : undefined,
          appearance: appearances,
        }),
        author: (fact.checkedBy.trim() || reviewers) ? { '@type': 'Person', name: fact.checkedBy.trim() || reviewers } : undefined,
        datePublished: (fact.checkedAt ?? story.updatedAt).slice(0, 10),
        reviewRating: { '@type': 'Rating', ratingValue: verdict.value, bestRating: 5, worstRating: 1, alternateName: verdict.name },
        isPartOf: story.headline.trim() ? { '@type': 'NewsArticle', headline: story.headline.trim(), identifier: `urn:uuid:${story.id}` } : undefined,
      });
    });
}

/** Leave out empty values, so the JSON-LD says only what the story says. */
function compact(object: JsonObject): JsonObject {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
}
