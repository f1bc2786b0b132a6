import { describe, expect, it } from 'vitest';
import { findEntities, nameInWords } from '../../../story/analysis/entities';
import { analyseText } from '../../../story/analysis/tokens';
import { suggestFacts } from '../../../story/analysis/suggest';

const people = (text: string) =>
  findEntities(analyseText(text))
    .filter((m) => m.kind === 'person')
    .map((m) => [m.text, m.fullName]);

describe('people introduced by a noun in apposition', () => {
  it('takes an unknown name after a lower-case title for a person, so its bare surname resolves to it', () => {
    expect(people('Startup founder Tavi Osei testified. Osei said the rules were unfair.')).toEqual([
      ['founder Tavi Osei', 'Tavi Osei'],
      ['Osei', 'Tavi Osei'],
    ]);
  });

  it('takes one after another noun only with a sign of a person: ", who", an age, or the surname speaking later', () => {
    expect(people('The sculptor Oda Brekke, who carved the harbour gates, was calm.')).toEqual([['Oda Brekke', 'Oda Brekke']]);
    expect(people('The band played the film Quiet Harbour twice.')).toEqual([]);
    expect(people('Voters backed the group Bright Tide in the north.')).toEqual([]);
  });
});

describe('the name in words tagged by hand', () => {
  it('splits a person’s title from the name, and finds no name in a bare role', () => {
    expect(nameInWords('Harbour Minister Ines Okafor', 'person')).toEqual({ name: 'Ines Okafor', title: 'Harbour Minister' });
    expect(nameInWords('mayor Anna Berglund', 'person')).toEqual({ name: 'Anna Berglund', title: 'mayor' });
    expect(nameInWords('Okafor', 'person')).toEqual({ name: 'Okafor' });
    expect(nameInWords('the mayor', 'person')).toBeUndefined();
    expect(nameInWords('Valmere Port Authority', 'organisation')).toEqual({ name: 'Valmere Port Authority' });
  });
});

describe('entity suggestions', () => {
  it('never take the TK placeholder for a name', () => {
    const kinds = suggestFacts('The fare will be TK, Ines Okafor said. TK')
      .filter((s) => s.text === 'TK')
      .map((s) => s.kind);
    expect(kinds).toEqual([]);
    expect(suggestFacts('The fare will be TK, Ines Okafor said.').some((s) => s.kind === 'person' && s.text.includes('Ines Okafor'))).toBe(true);
  });
});
