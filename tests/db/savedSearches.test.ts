import { describe, expect, it } from 'vitest';
import { deleteSavedSearch, getSavedSearch, insertSavedSearch, listSavedSearches, renameSavedSearch } from '../../db/savedSearches';
import { memoryDb } from '../helpers/memoryLibrary';

describe('saved searches query module', () => {
  it('keeps searches in the order saved, with their filters and sort; renames and deletes', () => {
    const db = memoryDb();
    const ferries = insertSavedSearch(db, { name: 'Ferries', text: 'ferry', filters: { statuses: ['ready'] }, sort: 'relevance' }, 'x');
    const metro = insertSavedSearch(db, { name: 'Metro desk', text: '', filters: { section: 'Metro' }, sort: 'updated' }, 'x');
    expect(listSavedSearches(db).map((s) => s.name)).toEqual(['Ferries', 'Metro desk']);
    expect(getSavedSearch(db, ferries)).toEqual({ id: ferries, name: 'Ferries', text: 'ferry', filters: { statuses: ['ready'] }, sort: 'relevance' });
    expect(renameSavedSearch(db, metro, 'Metro')).toBe(true);
    expect(deleteSavedSearch(db, ferries)).toBe(true);
    expect(deleteSavedSearch(db, ferries)).toBe(false);
    expect(listSavedSearches(db).map((s) => s.name)).toEqual(['Metro']);
  });
});
