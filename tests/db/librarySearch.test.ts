import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/handle';
import { RANK_ALL_UP_TO, RANK_WINDOW, searchLibrary, type SearchRequest } from '../../db/librarySearch';
import { trashStories } from '../../db/trash';
import { translateQuery } from '../../story/search/queryTranslator';
import { addStory, memoryDb } from '../helpers/memoryLibrary';

let db: Db;
const request = (text: string, extra: Partial<SearchRequest> = {}): SearchRequest => {
  const translated = translateQuery(text);
  if (translated.kind !== 'match') throw new Error(text);
  return { match: translated.fts, terms: translated.terms, scope: 'library', filters: {}, sort: 'relevance', offset: 0, limit: 20, now: '2026-06-01T00:00:00.000Z', ...extra };
};
const search = (text: string, extra: Partial<SearchRequest> = {}) => searchLibrary(db, request(text, extra)).rows;

beforeEach(() => {
  db = memoryDb();
  addStory(db, { headline: 'Peace talks open in Riyadh', dek: 'Delegations arrive', text: 'Ministers from both sides met on Tuesday.', status: 'ready' });
  addStory(db, { headline: 'Harbour ferry trial approved', text: 'The ministry of transport approved a six-month trial of night ferries. Talks on fares continue.', editorsNote: 'Check fares with the operator' });
  addStory(db, { headline: 'Grain exports rise', text: 'Exports through the harbour rose after peace talks resumed.' });
});

describe('library search', () => {
  it('ranks headline matches first and wraps the matched words in the snippet markers', () => {
    const rows = search('talks');
    expect(rows[0]!.headline).toBe('Peace talks open in Riyadh');
    expect(rows).toHaveLength(3);
    expect(rows[0]!.snippet).toContain('\u0002talks\u0003');
    expect(rows.find((row) => row.headline.startsWith('Grain'))!.snippet).toContain('\u0002talks\u0003');
  });

  it('searches the notes too', () => {
    expect(search('notes:fares').map((row) => row.headline)).toEqual(['Harbour ferry trial approved']);
  });

  it('combines with filters and the trash, and counts all matches', () => {
    expect(search('talks', { filters: { statuses: ['ready'] } }).map((row) => row.headline)).toEqual(['Peace talks open in Riyadh']);
    const [peace] = search('riyadh');
    trashStories(db, [peace!.id], '2026-05-01T00:00:00.000Z');
    expect(search('talks')).toHaveLength(2);
    expect(searchLibrary(db, request('talks'))).toMatchObject({ total: 2, exact: true });
    expect(search('talks', { scope: 'trash' }).map((row) => row.headline)).toEqual(['Peace talks open in Riyadh']);
  });

  it('keeps the trash apart whether the trash is smaller or larger than the matches', () => {
    const [peace] = search('riyadh');
    trashStories(db, [peace!.id], '2026-05-01T00:00:00.000Z');
    const both = () => ({ library: search('talks').map((row) => row.headline).toSorted(), trash: search('talks', { scope: 'trash' }).map((row) => row.headline) });
    const expected = { library: ['Grain exports rise', 'Harbour ferry trial approved'], trash: ['Peace talks open in Riyadh'] };
    expect(both()).toEqual(expected);
    // More stories in the trash than there are matches.
    const others = Array.from({ length: 10 }, (_, i) => addStory(db, { headline: `Old item ${i}`, text: 'Nothing relevant here.' }));
    trashStories(db, others.map((story) => story.id), '2026-05-02T00:00:00.000Z');
    expect(both()).toEqual(expected);
  });

  it('sorts matches by another order when asked, and pages', () => {
    expect(search('talks', { sort: 'headline' }).map((row) => row.headline)).toEqual(['Grain exports rise', 'Harbour ferry trial approved', 'Peace talks open in Riyadh']);
    expect(search('talks', { sort: 'headline', offset: 1, limit: 1 }).map((row) => row.headline)).toEqual(['Harbour ferry trial approved']);
  });

  it('ranks every match, old ones included, whether there are fewer than the ranked window or more', () => {
    for (const count of [RANK_WINDOW - 10, RANK_WINDOW + 10, RANK_ALL_UP_TO]) {
      const some = memoryDb();
      const old = addStory(some, { headline: 'Ferry ferry ferry', text: 'ferry ferry ferry', at: '2020-01-01T00:00:00.000Z' });
      for (let i = 1; i < count; i++) addStory(some, { headline: `Story ${i}`, text: `A long story that mentions the ferry once, number ${i}, among many other words about the harbour.` });
      const translated = translateQuery('ferry');
      if (translated.kind !== 'match') throw new Error('no query');
      const result = searchLibrary(some, { match: translated.fts, terms: translated.terms, scope: 'library', filters: {}, sort: 'relevance', offset: 0, limit: 3, now: 'x' });
      expect(result).toMatchObject({ total: count, exact: true });
      expect(result.rows[0]!.id).toBe(old.id);
      // Equal ranks: newest first.
      expect(result.rows.slice(1).map((row) => row.headline)).toEqual([`Story ${count - 1}`, `Story ${count - 2}`]);
    }
  });

  it('with very many matches, ranks the newest window first, then pages on through the older ones, newest first', () => {
    const many = memoryDb();
    const old = addStory(many, { headline: 'Ferry ferry ferry', text: 'ferry ferry ferry', at: '2020-01-01T00:00:00.000Z' });
    for (let i = 0; i < RANK_ALL_UP_TO + 200; i++) addStory(many, { headline: `Story ${i}`, text: `A long story that mentions the ferry once, number ${i}, among many other words about the harbour.` });
    const best = addStory(many, { headline: 'Ferry news', text: 'The ferry ferry.' });
    const translated = translateQuery('ferry');
    if (translated.kind !== 'match') throw new Error('no query');
    const page = (offset: number, limit: number) =>
      searchLibrary(many, { match: translated.fts, terms: translated.terms, scope: 'library', filters: {}, sort: 'relevance', offset, limit, now: '2026-06-01T00:00:00.000Z' }).rows.map((row) => row.id);
    expect(page(0, 1)).toEqual([best.id]);
    // Past the ranked window, the older matches follow newest first: the old story comes last.
    const all = [...page(0, 1000), ...page(1000, 1000), ...page(2000, 1000)];
    expect(new Set(all).size).toBe(RANK_ALL_UP_TO + 202);
    expect(all.at(-1)).toBe(old.id);
    expect(all.slice(0, RANK_WINDOW)).not.toContain(old.id);
    // More match than are counted: the total is a lower bound.
    expect(searchLibrary(many, { match: translated.fts, terms: translated.terms, scope: 'library', filters: {}, sort: 'relevance', offset: 0, limit: 50, now: 'x' })).toMatchObject({ total: RANK_ALL_UP_TO, exact: false });
    // A filter that only the oldest matches pass: found beyond the newest matches counted first.
    many.prepare(`UPDATE stories SET status = 'ready' WHERE headline IN ('Ferry ferry ferry', 'Story 0', 'Story 1')`).run();
    const ready = searchLibrary(many, { match: translated.fts, terms: translated.terms, scope: 'library', filters: { statuses: ['ready'] }, sort: 'relevance', offset: 0, limit: 10, now: 'x' });
    expect(ready.rows.map((row) => row.headline)).toEqual(['Story 1', 'Story 0', 'Ferry ferry ferry']);
    // Another order over many matches walks that order's index.
    const byHeadline = searchLibrary(many, { match: translated.fts, terms: translated.terms, scope: 'library', filters: {}, sort: 'headline', offset: 0, limit: 3, now: 'x' }).rows;
    expect(byHeadline.map((row) => row.headline)).toEqual(['Ferry ferry ferry', 'Ferry news', 'Story 0']);
    expect(byHeadline[0]!.snippet).toContain('\u0002ferry\u0003');
  });
});
