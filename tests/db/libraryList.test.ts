import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../db/handle';
import { countLibraryRows, listLibraryRows, type ListRequest } from '../../db/libraryList';
import { trashStories } from '../../db/trash';
import { addStory, memoryDb } from '../helpers/memoryLibrary';

const NOW = '2026-06-01T00:00:00.000Z';
let db: Db;
const list = (request: Partial<ListRequest>) =>
  listLibraryRows(db, { scope: 'library', filters: {}, sort: 'updated', offset: 0, limit: 100, now: NOW, ...request }).map((row) => row.headline);

beforeEach(() => {
  db = memoryDb();
  addStory(db, { headline: 'Budget vote', status: 'ready', section: 'Politics', authors: ['Ana Reyes'], keywords: ['budget'], at: '2026-03-01T10:00:00.000Z' });
  addStory(db, { headline: 'ferry trial', status: 'draft', section: 'Metro', authors: ['Tomasz W', 'Ana Reyes'], keywords: ['ferry'], at: '2026-03-02T10:00:00.000Z' });
  addStory(db, { headline: '', status: 'published', section: 'metro', embargo: '2026-07-01T00:00:00.000Z', at: '2026-03-03T10:00:00.000Z' });
  addStory(db, { headline: 'Apple harvest', status: 'killed', section: 'Business', at: '2026-03-04T10:00:00.000Z' });
});

describe('library list', () => {
  it('sorts by updated, created, headline (untitled last, case-insensitive) and status (workflow order)', () => {
    expect(list({ sort: 'updated' })).toEqual(['Apple harvest', '', 'ferry trial', 'Budget vote']);
    expect(list({ sort: 'created' })).toEqual(['Apple harvest', '', 'ferry trial', 'Budget vote']);
    expect(list({ sort: 'headline' })).toEqual(['Apple harvest', 'Budget vote', 'ferry trial', '']);
    expect(list({ sort: 'status' })).toEqual(['ferry trial', 'Budget vote', '', 'Apple harvest']);
  });

  it('filters by status, section, author, keyword, date range and embargo, combined', () => {
    expect(list({ filters: { statuses: ['draft', 'ready'] } })).toEqual(['ferry trial', 'Budget vote']);
    expect(list({ filters: { section: 'METRO' } })).toEqual(['', 'ferry trial']);
    expect(list({ filters: { author: 'ana reyes' } })).toEqual(['ferry trial', 'Budget vote']);
    expect(list({ filters: { keyword: 'Ferry' } })).toEqual(['ferry trial']);
    expect(list({ filters: { from: '2026-03-02T00:00:00.000Z', to: '2026-03-04T00:00:00.000Z' } })).toEqual(['', 'ferry trial']);
    expect(list({ filters: { embargoed: true } })).toEqual(['']);
    expect(list({ filters: { embargoed: true }, now: '2026-08-01T00:00:00.000Z' })).toEqual([]);
    expect(list({ filters: { section: 'metro', author: 'Tomasz W' } })).toEqual(['ferry trial']);
  });

  it('pages with offset and limit, and counts what matches', () => {
    expect(list({ offset: 1, limit: 2 })).toEqual(['', 'ferry trial']);
    expect(countLibraryRows(db, { scope: 'library', filters: { section: 'metro' }, now: NOW }, 100)).toEqual({ total: 2, exact: true });
    expect(countLibraryRows(db, { scope: 'library', filters: { section: 'metro' }, now: NOW }, 1)).toEqual({ total: 1, exact: false });
    expect(countLibraryRows(db, { scope: 'library', filters: {}, now: NOW }, 1)).toEqual({ total: 4, exact: true });
  });

  it('leaves trashed stories out of the list and shows them in the trash, newest trashed first', () => {
    const [apple, budget] = listLibraryRows(db, { scope: 'library', filters: { statuses: ['killed', 'ready'] }, sort: 'updated', offset: 0, limit: 10, now: NOW });
    trashStories(db, [budget!.id], '2026-05-01T00:00:00.000Z');
    trashStories(db, [apple!.id], '2026-05-02T00:00:00.000Z');
    expect(list({})).toEqual(['', 'ferry trial']);
    expect(countLibraryRows(db, { scope: 'library', filters: {}, now: NOW }, 100)).toEqual({ total: 2, exact: true });
    expect(countLibraryRows(db, { scope: 'trash', filters: {}, now: NOW }, 100)).toEqual({ total: 2, exact: true });
    const trash = listLibraryRows(db, { scope: 'trash', filters: {}, sort: 'updated', offset: 0, limit: 10, now: NOW });
    expect(trash.map((row) => [row.headline, row.trashedAt])).toEqual([
      ['Apple harvest', '2026-05-02T00:00:00.000Z'],
      ['Budget vote', '2026-05-01T00:00:00.000Z'],
    ]);
  });

  it('returns what a row shows: authors, word count, status, times', () => {
    addStory(db, { headline: 'Counted', authors: ['Ines Okafor'], text: 'Two crossings a night.', at: '2026-03-05T10:00:00.000Z' });
    const [row] = listLibraryRows(db, { scope: 'library', filters: {}, sort: 'updated', offset: 0, limit: 1, now: NOW });
    expect(row).toMatchObject({ headline: 'Counted', authors: ['Ines Okafor'], wordCount: 4, status: 'draft', updatedAt: '2026-03-05T10:00:00.000Z', embargo: null, trashedAt: null });
  });

  it('gives the same rows whether it walks the sort index (many matches) or starts from the filters (few)', () => {
    const filters = [{ statuses: ['draft', 'ready'] }, { section: 'metro' }, { author: 'Ana Reyes' }, { keyword: 'ferry' }, { from: '2026-03-02T00:00:00.000Z' }, { embargoed: true }] as const;
    for (const sort of ['updated', 'created', 'headline', 'status'] as const) {
      for (const filter of filters) {
        const few = list({ sort, filters: { ...filter, statuses: 'statuses' in filter ? [...filter.statuses] : undefined } });
        const many = listLibraryRows(db, { scope: 'library', filters: { ...filter, statuses: 'statuses' in filter ? [...filter.statuses] : undefined }, sort, offset: 0, limit: 100, now: NOW, manyMatch: true }).map((row) => row.headline);
        expect(many, `${sort} ${JSON.stringify(filter)}`).toEqual(few);
      }
    }
  });
});
