import Database from 'better-sqlite3';
import { array, assert, constantFrom, oneof, property, string } from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../../db/migrate';
import { MIGRATIONS } from '../../../db/migrations';
import { translateQuery } from '../../../story/search/queryTranslator';

const fts = (input: string) => {
  const result = translateQuery(input);
  return result.kind === 'match' ? result.fts : result.kind;
};

describe('search query translator', () => {
  it('quotes every word, so FTS5 syntax typed by a user is searched as text', () => {
    expect(fts('ukraine')).toBe('"ukraine"');
    expect(fts('peace talks')).toBe('("peace" AND "talks")');
    expect(fts('U.S.-Ukraine')).toBe('"U.S.-Ukraine"');
    expect(fts('NEAR(a b)')).toBe('("NEAR" AND ("a" AND "b"))');
  });

  it('keeps phrases, prefixes and fields', () => {
    expect(fts('"peace talks"')).toBe('"peace talks"');
    expect(fts('minist*')).toBe('"minist"*');
    expect(fts('headline:ukraine')).toBe('headline : "ukraine"');
    expect(fts('body:"peace talks"')).toBe('body_text : "peace talks"');
    expect(fts('title:minist*')).toBe('headline : "minist"*');
    expect(fts('notes:fare dek:ferry')).toBe('(notes_text : "fare" AND dek : "ferry")');
  });

  it('understands OR, AND, NOT, -word and brackets', () => {
    expect(fts('ukraine OR russia')).toBe('("ukraine" OR "russia")');
    expect(fts('ukraine AND russia')).toBe('("ukraine" AND "russia")');
    expect(fts('ukraine NOT russia')).toBe('("ukraine" NOT "russia")');
    expect(fts('ukraine -russia -nato')).toBe('("ukraine" NOT "russia" NOT "nato")');
    expect(fts('(ukraine OR russia) talks')).toBe('(("ukraine" OR "russia") AND "talks")');
    expect(fts('ukraine -(nato OR eu)')).toBe('("ukraine" NOT ("nato" OR "eu"))');
  });

  it('repairs unbalanced quotes and brackets and drops stray operators', () => {
    expect(fts('"peace talks')).toBe('"peace talks"');
    expect(fts('(ukraine OR russia')).toBe('("ukraine" OR "russia")');
    expect(fts('ukraine)')).toBe('"ukraine"');
    expect(fts('AND ukraine OR')).toBe('"ukraine"');
    expect(fts('OR OR NOT')).toBe('message');
    expect(fts('ukraine NOT')).toBe('"ukraine"');
    expect(fts('headline:')).toBe('"headline:"');
    expect(fts('unknown:field')).toBe('"unknown:field"');
  });

  it('says so, in words, when there is nothing to search for', () => {
    expect(translateQuery('   ')).toEqual({ kind: 'empty' });
    expect(translateQuery('*** ((( "" )))')).toMatchObject({ kind: 'message', message: expect.stringMatching(/Nothing to search for/) });
    expect(translateQuery('-russia')).toMatchObject({ kind: 'message', message: expect.stringMatching(/cannot only exclude/) });
  });
});

describe('search query translator against a real FTS5 index', () => {
  let db: Database.Database;
  beforeAll(() => {
    db = new Database(':memory:');
    migrate(db, 'lib', MIGRATIONS);
    const insert = db.prepare(`INSERT INTO stories (id, headline, body_json, body_text, notes_text, created_at, updated_at) VALUES (?, ?, '{}', ?, ?, 'x', 'x')`);
    insert.run('a', 'Peace talks in Riyadh', 'Ministers met on Tuesday. Ukraine and Russia sent delegations.', 'check the ministry quote');
    insert.run('b', 'Harbour ferry trial', 'The ministry of transport approved night crossings.', '');
    insert.run('c', 'Ukraine grain deal', 'Talks about peace stalled.', '');
  });
  afterAll(() => db.close());

  const search = (input: string) => {
    const result = translateQuery(input);
    if (result.kind !== 'match') return result.kind;
    return (db.prepare(`SELECT s.id FROM stories_fts JOIN stories AS s ON s.seq = stories_fts.rowid WHERE stories_fts MATCH ? ORDER BY rank`).all(result.fts) as Array<{ id: string }>)
      .map((row) => row.id)
      .join(',');
  };

  it('finds what each kind of query asks for', () => {
    expect(search('"peace talks"')).toBe('a');
    expect(search('peace talks')).toMatch(/^(a,c|c,a)$/);
    expect(search('minist*')).toMatch(/^(a,b|b,a)$/);
    expect(search('headline:ukraine')).toBe('c');
    expect(search('notes:ministry')).toBe('a');
    expect(search('ukraine -grain')).toBe('a');
    expect(search('ferry OR grain')).toMatch(/^(b,c|c,b)$/);
  });

  it('ranks a headline match above a body match', () => {
    expect(search('ukraine')).toBe('c,a');
  });

  it('never throws and never sends FTS5 a query it rejects, whatever is typed', () => {
    const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
    const pieces = constantFrom('"', '(', ')', '*', '-', '+', ':', 'AND', 'OR', 'NOT', 'NEAR', 'headline:', 'body:', '^', '{', '}', ' ', 'peace', 'минист', 'ä', '\u0000', '\\', "'", '.', ',', '🙂', '\u200b', 'x'.repeat(30));
    const inputs = oneof(string({ maxLength: 80 }), array(pieces, { maxLength: 25 }).map((parts) => parts.join('')), string({ unit: 'binary', maxLength: 40 }));
    const select = db.prepare(`SELECT count(*) AS n FROM stories_fts WHERE stories_fts MATCH ?`);
    assert(
      property(inputs, (input) => {
        const result = translateQuery(input);
        if (result.kind === 'match') select.get(result.fts);
        else if (result.kind === 'message') expect(result.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 3000, seed },
    );
  });
});
