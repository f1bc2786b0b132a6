import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStoryText } from '../../../story/analysis/suggest';
import { checkConsistency } from '../../../story/analysis/consistency';
import { mentionsFromAnalysis } from '../../../story/analysis/mentions';

// Read in place, never copied: the example of what users draft.
const FILE = path.resolve(__dirname, '../../../../shared/fixtures/wire-story.txt');
const present = fs.existsSync(FILE);
if (!present) console.warn(`skipped: ${FILE} is absent`);

describe.skipIf(!present)('suggestions on the example wire story', () => {
  const text = present ? fs.readFileSync(FILE, 'utf8') : '';
  const { suggestions, entities } = analyseStoryText(text, { date: '2025-02-13' });

  it('suggests every direct quote of the file with the right speaker', () => {
    // Every run of words between double quotation marks in the file, found independently of the suggester.
    const marked = [...text.matchAll(/“[^”\n]+”|"[^"\n]+"/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const quotes = suggestions.filter((s) => s.kind === 'quote');
    expect(quotes.map((q) => [q.start, q.end])).toEqual(marked.map((m) => [m.start, m.end]));
    for (const quote of quotes) expect(quote.text).toBe(text.slice(quote.start, quote.end));
    const direct = quotes.filter((q) => q.quoteType === 'direct');
    expect(direct.length).toBeGreaterThanOrEqual(3);
    // Speakers by surname, in the order the quotes stand: attribution after the quote, by pronoun ("he added"), by role, by name.
    expect(quotes.map((q) => q.speaker?.resolved.split(' ').pop())).toEqual(['Trump', 'Trump', 'Trump', 'Zelensky', 'Hegseth', 'Waltz']);
    const byPronoun = quotes.find((q) => q.speaker?.asWritten.toLowerCase() === 'he');
    expect(byPronoun?.speaker?.resolved).toBe('Donald Trump');
    const byRole = quotes.find((q) => /president/i.test(q.speaker?.asWritten ?? '') && !/Zelensky/.test(q.speaker?.asWritten ?? ''));
    expect(byRole?.speaker?.resolved).toBe('Volodymyr Zelensky');
  });

  it('finds the name variants (first name and title spelling) and flags them', () => {
    const waltz = entities.filter((e) => e.kind === 'person' && e.name.endsWith('Waltz'));
    expect(new Set(waltz.map((e) => e.name))).toEqual(new Set(['Michael Waltz', 'Mike Waltz']));
    const warnings = checkConsistency('s', mentionsFromAnalysis('s', text, { suggestions, entities }), { names: [], quotes: [], figures: [] });
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'name-variant', otherStoryId: 's' }),
        expect.objectContaining({ kind: 'title-variant', otherStoryId: 's' }),
      ]),
    );
    const variant = warnings.find((w) => w.kind === 'name-variant')!;
    expect(new Set([variant.here, variant.there])).toEqual(new Set(['Michael Waltz', 'Mike Waltz']));
    const title = warnings.find((w) => w.kind === 'title-variant')!;
    expect([title.here, title.there].map((t) => t.match(/Advis[eo]r/)?.[0]).toSorted()).toEqual(['Adviser', 'Advisor']);
  });

  it('finds every weekday word as a date and resolves it against the dateline', () => {
    const weekdays = [...text.matchAll(/\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g)];
    const dates = suggestions.filter((s) => s.kind === 'date');
    for (const weekday of weekdays) {
      const found = dates.find((d) => d.start <= weekday.index && d.end >= weekday.index + weekday[0].length);
      expect(found, weekday[0]).toBeDefined();
      expect(found!.resolvedDate).toMatch(/^2025-02-1\d$/);
      const day = new Date(`${found!.resolvedDate}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
      expect(day).toBe(weekday[0]);
    }
  });

  it('suggests people with their titles and the figures written as words', () => {
    const people = suggestions.filter((s) => s.kind === 'person' && s.title);
    expect(people.length).toBeGreaterThanOrEqual(8);
    for (const person of people) expect(person.text.startsWith(person.title!)).toBe(true);
    const figures = suggestions.filter((s) => s.kind === 'figure').map((s) => s.unit);
    expect(figures).toEqual(expect.arrayContaining(['year sentence', 'hour call', 'months']));
    for (const s of suggestions) expect(s.text).toBe(text.slice(s.start, s.end));
  });
});
