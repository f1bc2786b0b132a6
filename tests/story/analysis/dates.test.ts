import { describe, expect, it } from 'vitest';
import { findDates } from '../../../story/analysis/dates';

const resolve = (text: string, date = '2026-11-26') => findDates(text, { date }).map((d) => [d.text, d.resolved ?? null]);

describe('dates and times', () => {
  // 2026-11-26 is a Thursday.
  it('resolves weekday names to the past for what happened and to the future for what will', () => {
    expect(resolve('The council voted on Tuesday.')).toEqual([['Tuesday', '2026-11-24']]);
    expect(resolve('The council voted on Thursday.')).toEqual([['Thursday', '2026-11-26']]);
    expect(resolve('The council will vote on Tuesday.')).toEqual([['Tuesday', '2026-12-01']]);
    expect(resolve('They met last Friday and meet again next Friday.')).toEqual([
      ['last Friday', '2026-11-20'],
      ['next Friday', '2026-11-27'],
    ]);
  });

  it('resolves yesterday, today, tomorrow and last/next week, month and year', () => {
    expect(resolve('Yesterday the ferry broke down; today it runs; tomorrow it rests.')).toEqual([
      ['Yesterday', '2026-11-25'],
      ['today', '2026-11-26'],
      ['tomorrow', '2026-11-27'],
    ]);
    expect(resolve('Fares rose last week and last month, after a fall last year.')).toEqual([
      ['last week', '2026-11-16/2026-11-22'],
      ['last month', '2026-10-01/2026-10-31'],
      ['last year', '2025-01-01/2025-12-31'],
    ]);
  });

  it('reads calendar dates, years and clock times', () => {
    expect(resolve('The trial starts on December 3, 2026, or 3 Dec 2026, at 3:30 p.m. and ends in 2027.')).toEqual([
      ['December 3, 2026', '2026-12-03'],
      ['3 Dec 2026', '2026-12-03'],
      ['3:30 p.m.', null],
      ['2027', '2027-01-01/2027-12-31'],
    ]);
    expect(resolve('The borders of pre-2014 Ukraine; 06:00 teaser.')).toEqual([
      ['2014', '2014-01-01/2014-12-31'],
      ['06:00', null],
    ]);
    expect(resolve('Signed on February 12.', '2025-02-13')).toEqual([['February 12', '2025-02-12']]);
  });

  it('puts a month without a year on the side of the dateline its sentence looks to', () => {
    expect(resolve('The trial would start in March.')).toEqual([['March', '2027-03-01/2027-03-31']]);
    expect(resolve('The trial started in March.')).toEqual([['March', '2026-03-01/2026-03-31']]);
    expect(resolve('Fares rose last December and fall next November.')).toEqual([
      ['last December', '2025-12-01/2025-12-31'],
      ['next November', '2027-11-01/2027-11-30'],
    ]);
  });

  it('finds the words without a dateline and leaves them unresolved', () => {
    expect(findDates('They met on Wednesday.')).toEqual([{ start: 12, end: 21, text: 'Wednesday' }]);
  });

  it('takes no figure, modal verb or count for a date', () => {
    expect(resolve('She may go. 2,000 people and $2026 and 1999 troops.')).toEqual([]);
  });
});
