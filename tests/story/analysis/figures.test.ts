import { describe, expect, it } from 'vitest';
import { findDates } from '../../../story/analysis/dates';
import { findFigures } from '../../../story/analysis/figures';

const figures = (text: string) => findFigures(text, findDates(text)).map((f) => f.text);

describe('figures', () => {
  it('finds durations and ages with the thing they measure', () => {
    expect(figures('After an hour-long call, he faced a 14-year sentence; the six-month trial ends.')).toEqual(['hour-long call', '14-year sentence', 'six-month trial']);
    expect(figures('Fighting resumed six months later; a 45-year-old man, aged 45, was held for 48 hours.')).toEqual(['six months', '45-year-old', 'aged 45', '48 hours']);
  });

  it('finds money, percentages and counts with their hedges', () => {
    expect(figures('The deal is worth $1.2 billion, or €40m, up 15% and 2.5 percent.')).toEqual(['$1.2 billion', '€40m', '15%', '2.5 percent']);
    expect(figures('At least 15 people died and about 80 residents left; 3,000 troops stayed.')).toEqual(['At least 15 people', 'about 80 residents', '3,000 troops']);
    expect(figures('Two crossings a night cost 40 million euros.')).toEqual(['Two crossings', '40 million euros']);
  });

  it('leaves years, clock times and list numbers to others', () => {
    expect(figures('In 2014, at 06:00, the vote was held.')).toEqual([]);
    expect(figures('1. First point')).toEqual([]);
  });

  it('gives exact ranges', () => {
    const text = 'He served a 14-year sentence.';
    for (const f of findFigures(text)) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});
