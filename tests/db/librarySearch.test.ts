import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/handle';
import { countSearchRows, searchLibraryRows, type SearchRequest } from '../../db/librarySearch';
import { trashStories } from '../../db/trash';
import { translateQuery } from '../../story/search/queryTranslator';
import { addStory, memoryDb } from '../helpers/memoryLibrary';

let db: Db;
const request = (text: string, extra: Partial<SearchRequest> = {}): SearchRequest => {
  const translated = translateQuery(text);
  if (translated.kind !== 'match') throw new Error(text);
  return { match: translated.fts, scope: 'library', filters: {}, sort: 'relevance', offset: 0, limit: 20, now: '2026-06-01T00:00:00.000Z', ...extra };
};
const search = (text: string, extra: Partial<SearchRequest> = {}) => searchLibraryRows(db, request(text, extra));

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
    expect(countSearchRows(db, request('talks'))).toBe(2);
    expect(search('talks', { scope: 'trash' }).map((row) => row.headline)).toEqual(['Peace talks open in Riyadh']);
  });

  it('sorts matches by another order when asked, and pages', () => {
    expect(search('talks', { sort: 'headline' }).map((row) => row.headline)).toEqual(['Grain exports rise', 'Harbour ferry trial approved', 'Peace talks open in Riyadh']);
    expect(search('talks', { sort: 'headline', offset: 1, limit: 1 }).map((row) => row.headline)).toEqual(['Harbour ferry trial approved']);
  });
});
