import type { Db } from '../../db/handle';
import { libraryFacets } from '../../db/libraryFacets';
import { countLibraryRows, listLibraryRows, type Count } from '../../db/libraryList';
import { matchFactsAndSources } from '../../db/factSearch';
import { rowsFoundByFacts, searchLibrary } from '../../db/librarySearch';
import { relatedCandidates } from '../../db/relatedStories';
import * as saved from '../../db/savedSearches';
import { SNIPPET_MARK_END, SNIPPET_MARK_START, type LibraryFacets, type LibraryFilters, type LibraryPage, type LibraryRow, type LibraryScope, type LibrarySort, type RelatedSuggestion, type SavedSearch } from '../../story/library';
import { translateQuery, type TranslatedQuery } from '../../story/search/queryTranslator';
import { AppError } from '../api/errors';
import type { EventBus } from '../core/eventBus';

export interface LibraryQuery {
  scope: LibraryScope;
  text: string;
  filters: LibraryFilters;
  sort: LibrarySort;
  offset: number;
  limit: number;
}

export interface LibraryQueryServiceDeps {
  db: Db;
  events: EventBus;
  now?: () => Date;
}

/** Date bounds as stored (UTC ISO), so they compare as text with the timestamps. */
const iso = (value: string) => new Date(value).toISOString();

function normalisedFilters(filters: LibraryFilters): LibraryFilters {
  const { from, to, ...rest } = filters;
  return { ...rest, ...(from ? { from: iso(from) } : {}), ...(to ? { to: iso(to) } : {}) };
}

const COUNT_CACHE_SIZE = 64;
/** Filtered lists count this far ("2,000+"); windows further down count further. */
const LIST_COUNT_CAP = 2_000;

/** At most this many fact and source hits widen a search (stories found only through them follow the story hits). */
const FACT_HITS = 500;
const HIT_LABEL = { fact: 'Fact', source: 'Source' } as const;

/**
 * The library list and its search: windows of rows for a virtualized list, in any sort,
 * with any filters, from the library or the trash. Totals are cached until the library
 * next changes, so scrolling costs one indexed page query per window.
 */
export function createLibraryQueryService({ db, events, now = () => new Date() }: LibraryQueryServiceDeps) {
  let generation = 0;
  const totals = new Map<string, Count>();
  let facets: LibraryFacets | undefined;
  // Facts change the "has unverified facts" filter and the search's fact hits without a library change.
  const unsubscribe = events.subscribe((name) => {
    if (name !== 'libraryChanged' && name !== 'factsChanged') return;
    generation++;
    totals.clear();
    facets = undefined;
  });

  const cachedTotal = (key: string, count: () => Count): Count => {
    const hit = totals.get(key);
    if (hit !== undefined) return hit;
    const total = count();
    if (totals.size >= COUNT_CACHE_SIZE) totals.delete(totals.keys().next().value!);
    totals.set(key, total);
    return total;
  };

  function query(request: LibraryQuery): LibraryPage {
    const at = now().toISOString();
    const filters = normalisedFilters(request.filters);
    const translated = translateQuery(request.text);
    if (translated.kind === 'message') return { total: 0, exact: true, offset: request.offset, rows: [], message: translated.message };
    const cap = (base: number) => (request.offset === 0 ? base : request.offset + request.limit + base);
    // The embargo filter depends on the clock; its count is not cached.
    const key = (atMost: number) => (filters.embargoed ? undefined : JSON.stringify([generation, request.scope, translated, filters, atMost]));
    const counted = (atMost: number, count: () => Count) => {
      const cacheKey = key(atMost);
      const { total, exact } = cacheKey ? cachedTotal(cacheKey, count) : count();
      return { total, exact };
    };
    if (translated.kind === 'empty') {
      const sort = request.sort === 'relevance' ? 'updated' : request.sort;
      const atMost = cap(LIST_COUNT_CAP);
      const count = counted(atMost, () => countLibraryRows(db, { scope: request.scope, filters, now: at }, atMost));
      // The count says how to fetch the page: many matches walk the sort's index, few are sorted.
      const rows = listLibraryRows(db, { scope: request.scope, filters, sort, offset: request.offset, limit: request.limit, now: at, manyMatch: !count.exact });
      return { ...count, offset: request.offset, rows };
    }
    const search = { match: translated.fts, terms: translated.terms, scope: request.scope, filters, sort: request.sort, offset: request.offset, limit: request.limit, now: at };
    const { rows, total, exact, matched } = searchLibrary(db, search);
    if (!exact || !matched) return { total, exact, offset: request.offset, rows };
    // Stories found only through their facts and sources come after every story hit.
    const byFacts = foundByFacts(translated, search, matched);
    const from = Math.max(0, request.offset - total);
    const room = request.offset + request.limit - Math.max(total, request.offset);
    return { total: total + byFacts.length, exact, offset: request.offset, rows: room > 0 ? [...rows, ...byFacts.slice(from, from + room)] : rows };
  }

  /** A search without fields also looks in facts and sources (their columns differ, so a field search does not). */
  function foundByFacts(translated: Extract<TranslatedQuery, { kind: 'match' }>, search: Parameters<typeof rowsFoundByFacts>[2], matched: ReadonlySet<number>): LibraryRow[] {
    if (translated.terms.some((term) => term.field !== undefined)) return [];
    const seen = new Set<string>();
    const hits = matchFactsAndSources(db, translated.fts, FACT_HITS, [SNIPPET_MARK_START, SNIPPET_MARK_END]).flatMap((hit) =>
      hit.storyIds.flatMap((storyId) => {
        if (seen.has(storyId)) return [];
        seen.add(storyId);
        return [{ storyId, snippet: `${HIT_LABEL[hit.type]}: ${hit.snippet}` }];
      }),
    );
    return rowsFoundByFacts(db, hits, search, matched);
  }

  return {
    query,
    dispose: unsubscribe,

    facets(): LibraryFacets {
      facets ??= libraryFacets(db);
      return facets;
    },

    savedSearches(): SavedSearch[] {
      return saved.listSavedSearches(db).map((search) => {
        const page = query({ scope: 'library', text: search.text, filters: search.filters, sort: search.sort, offset: 0, limit: 1 });
        return { ...search, count: page.total, countExact: page.exact };
      });
    },

    saveSearch(search: { name: string; text: string; filters: LibraryFilters; sort: LibrarySort }): SavedSearch[] {
      const name = search.name.trim();
      if (!name) throw new AppError('invalid_input', 'A saved search needs a name.');
      const translated = translateQuery(search.text);
      if (translated.kind === 'message') throw new AppError('invalid_input', `This search cannot be saved: ${translated.message}`);
      saved.insertSavedSearch(db, { ...search, name }, now().toISOString());
      return this.savedSearches();
    },

    renameSavedSearch(id: number, name: string): SavedSearch[] {
      if (!name.trim()) throw new AppError('invalid_input', 'A saved search needs a name.');
      if (!saved.renameSavedSearch(db, id, name.trim())) throw new AppError('not_found', `There is no saved search ${id}.`);
      return this.savedSearches();
    },

    deleteSavedSearch(id: number): SavedSearch[] {
      if (!saved.deleteSavedSearch(db, id)) throw new AppError('not_found', `There is no saved search ${id}.`);
      return this.savedSearches();
    },

    /**
     * Stories to offer as "Read next": those sharing keywords or the slug's first word,
     * then those whose text is most like this story's headline.
     */
    suggestRelated(storyId: string, headline: string, limit: number): RelatedSuggestion[] {
      const suggestions: RelatedSuggestion[] = relatedCandidates(db, storyId, limit).map((row) => ({
        storyId: row.id,
        headline: row.headline,
        slug: row.slug,
        updatedAt: row.updated_at,
        reasons: [
          ...(row.shared_keywords ? [`keywords: ${row.shared_keywords}`] : []),
          ...(row.shared_entities ? [`also names ${row.shared_entities.split(',').join(', ')}`] : []),
          ...(row.same_slug ? ['slug'] : []),
        ],
      }));
      const words = headline.match(/[\p{L}\p{N}]{4,}/gu) ?? [];
      if (suggestions.length < limit && words.length > 0) {
        const seen = new Set([storyId, ...suggestions.map((s) => s.storyId)]);
        const similar = query({ scope: 'library', text: words.slice(0, 12).join(' OR '), filters: {}, sort: 'relevance', offset: 0, limit: limit + seen.size });
        for (const row of similar.rows) {
          if (suggestions.length >= limit) break;
          if (seen.has(row.id)) continue;
          seen.add(row.id);
          suggestions.push({ storyId: row.id, headline: row.headline, slug: row.slug, updatedAt: row.updatedAt, reasons: ['similar text'] });
        }
      }
      return suggestions;
    },
  };
}

export type LibraryQueryService = ReturnType<typeof createLibraryQueryService>;
