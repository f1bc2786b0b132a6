import { describe, expect, it } from 'vitest';
import { foldWord, makeSnippet } from '../../../story/search/snippet';
import { translateQuery, type SearchTerm } from '../../../story/search/queryTranslator';

const termsOf = (query: string): SearchTerm[] => {
  const translated = translateQuery(query);
  if (translated.kind !== 'match') throw new Error(query);
  return translated.terms;
};
const show = (snippet: string) => snippet.replaceAll('\u0002', '[').replaceAll('\u0003', ']');

describe('search snippets', () => {
  const body = 'The port authority of Valmere voted on Thursday to allow a six-month trial of night ferries, after two years of peace talks with the unions.';

  it('marks the matched words, phrases and prefixes in a window around the best match', () => {
    expect(show(makeSnippet([{ column: 'body_text', text: body }], termsOf('ferries')))).toBe('…month trial of night [ferries], after two years of peace talks with the unions.');
    expect(show(makeSnippet([{ column: 'body_text', text: body }], termsOf('"peace talks"')))).toBe('…after two years of [peace] [talks] with the unions.');
    expect(show(makeSnippet([{ column: 'body_text', text: body }], termsOf('ferr* unions')))).toContain('[ferries]');
    expect(show(makeSnippet([{ column: 'body_text', text: body }], termsOf('port authority')))).toBe('The [port] [authority] of Valmere voted on Thursday to allow a six-month trial…');
  });

  it('folds case and diacritics as the index does, and keeps field terms to their column', () => {
    expect(foldWord('Ministère')).toBe('ministere');
    expect(show(makeSnippet([{ column: 'body_text', text: 'Le ministère a parlé.' }], termsOf('MINISTERE')))).toBe('Le [ministère] a parlé.');
    const columns = [
      { column: 'headline', text: 'Ferry trial approved' },
      { column: 'body_text', text: 'The trial starts in May.' },
    ];
    expect(show(makeSnippet(columns, termsOf('headline:trial')))).toBe('Ferry [trial] approved');
  });

  it('leaves excluded words unmarked and falls back to the opening words', () => {
    expect(show(makeSnippet([{ column: 'body_text', text: body }], termsOf('unions -ferries')))).not.toContain('[ferries]');
    expect(show(makeSnippet([{ column: 'body_text', text: 'Nothing here matches.' }], termsOf('ferry')))).toBe('Nothing here matches.');
    expect(makeSnippet([], termsOf('ferry'))).toBe('');
  });
});
