import { describe, expect, it } from 'vitest';
import { suggestFacts } from '../../../story/analysis/suggest';

const quotes = (text: string) =>
  suggestFacts(text, { kinds: ['quote'] }).map((q) => ({ words: q.text.replace(/^[“"‘']|[”"’']$/g, ''), type: q.quoteType, asWritten: q.speaker?.asWritten ?? '', speaker: q.speaker?.resolved ?? '' }));

describe('quotes and their speakers', () => {
  it('picks the pronoun’s person by gender, and keeps an unnamed speaker unresolved', () => {
    expect(quotes('Mayor Ruth Adeyemi met Governor Paul Brandt. “It went well,” she said.')).toEqual([{ words: 'It went well,', type: 'direct', asWritten: 'she', speaker: 'Ruth Adeyemi' }]);
    expect(quotes('"No comment," a spokesman for the port said.')).toEqual([{ words: 'No comment,', type: 'direct', asWritten: 'a spokesman for the port', speaker: '' }]);
  });

  it('resolves a role to the person whose title it matches, not just the last one named', () => {
    const found = quotes('Finance Minister Ola Berg spoke after Health Minister Kari Lund. "We will balance the books," the finance minister said.');
    expect(found[0]).toMatchObject({ asWritten: 'the finance minister', speaker: 'Ola Berg' });
  });

  it('tells partial quotes from direct ones', () => {
    expect(quotes('The plan was "dead on arrival", Senator Jo Park said.')[0]).toMatchObject({ words: 'dead on arrival', type: 'partial', speaker: 'Jo Park' });
    expect(quotes('Park said: "The plan is dead."')[0]).toMatchObject({ type: 'direct', speaker: 'Park' });
  });

  it('carries a quotation that runs on into the next paragraph to the same speaker', () => {
    const found = quotes('Chief Executive Dana Ruiz said the cuts were final.\n“We have no choice,” Ruiz said. “The market has spoken.\n“Next year will be better.”');
    expect(found.map((q) => q.speaker)).toEqual(['Dana Ruiz', 'Dana Ruiz', 'Dana Ruiz']);
    expect(found[1]!.words).toBe('The market has spoken.');
  });

  it('never takes a TK placeholder for a name or a speaker', () => {
    const text = 'Fares rise by TK percent, the mayor Anna Berglund said on Friday, adding: "The night service pays for itself."';
    expect(quotes(text)).toEqual([{ words: 'The night service pays for itself.', type: 'direct', asWritten: 'mayor Anna Berglund', speaker: 'Anna Berglund' }]);
    expect(suggestFacts(text, { kinds: ['person', 'organisation', 'place'] }).map((s) => s.text)).toEqual(['mayor Anna Berglund']);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(quotes("Kyiv's mayor said the city's ’90s buildings don't meet today's rules.")).toEqual([]);
  });
});
