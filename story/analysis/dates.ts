import { MONTHS, WEEKDAYS } from './lexicon';
import type { TextRange } from './types';

export interface DateFinding extends TextRange {
  text: string;
  /** YYYY-MM-DD, or a range YYYY-MM-DD/YYYY-MM-DD; absent for clock times and where no dateline date is known. */
  resolved?: string;
}

const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const MONTH = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';

/** Most specific first: a longer match wins where two overlap. */
const PATTERNS: ReadonlyArray<{ kind: string; re: RegExp }> = [
  { kind: 'monthDay', re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY}(?:,?\\s+${YEAR})?\\b`, 'g') },
  { kind: 'dayMonth', re: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?${DAY}\\s+${MONTH}(?:,?\\s+${YEAR})?\\b`, 'g') },
  { kind: 'monthYear', re: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'g') },
  { kind: 'iso', re: /\b(?:19|20)\d\d-[01]\d-[0-3]\d\b/g },
  { kind: 'relative', re: new RegExp(`\\b(?:(?:last|next|this|on|earlier this|later this)\\s+)?(?:${WEEKDAY})(?:\\s+(?:morning|afternoon|evening|night))?\\b`, 'gi') },
  { kind: 'relative', re: /\b(?:yesterday|today|tonight|tomorrow|(?:last|this|next)\s+(?:week|month|year|weekend)|(?:earlier|later)\s+this\s+(?:week|month|year)|this\s+(?:morning|afternoon|evening))\b/gi },
  { kind: 'time', re: /\b(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?(?:a\.m\.|p\.m\.|am|pm|GMT|UTC|[A-Z]{2,4}T))?(?![\d:])/g },
  { kind: 'time', re: /\b(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s?(?:a\.m\.|p\.m\.|am\b|pm\b)/gi },
  { kind: 'time', re: /\b(?:noon|midnight)\b/gi },
  { kind: 'month', re: new RegExp(`\\b(?:in|since|until|by|from|last|next|this|early|late|mid-?)\\s+(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\b`, 'g') },
  { kind: 'decade', re: /\b(?:the\s+)?(?:1[5-9]|20)\d0s\b/g },
  { kind: 'year', re: new RegExp(`(?<![\\d,.$€£])\\b${YEAR}\\b(?![\\d,.]\\d|%|\\s?(?:people|percent|per cent|km|miles|tonnes|troops|dollars|euros))`, 'g') },
];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
const monthIndex = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace(/\.$/, '').slice(0, 3)));

/** Future words in the sentence make a bare weekday the next one ("will meet on Friday"). */
const FUTURE = /\b(?:will|shall|'ll|is to|are to|is due|are due|plans? to|planned|is expected|are expected|scheduled|is set to|are set to|going to|would)\b/i;

function parseDateline(date: string | undefined): Date | undefined {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

function weekRange(d: Date, offsetWeeks: number): string {
  const monday = addDays(d, -((d.getUTCDay() + 6) % 7) + offsetWeeks * 7);
  return `${iso(monday)}/${iso(addDays(monday, 6))}`;
}

function monthRange(year: number, month: number): string {
  const first = new Date(Date.UTC(year, month, 1));
  const last = new Date(Date.UTC(year, month + 1, 0));
  return `${iso(first)}/${iso(last)}`;
}

function resolveRelative(words: string, sentence: string, d: Date): string | undefined {
  const w = words.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'yesterday') return iso(addDays(d, -1));
  if (w === 'today' || w === 'tonight' || /^this (morning|afternoon|evening)$/.test(w)) return iso(d);
  if (w === 'tomorrow') return iso(addDays(d, 1));
  const unit = w.match(/(week|month|year|weekend)$/)?.[1];
  if (unit) {
    const shift = w.startsWith('last') ? -1 : w.startsWith('next') ? 1 : 0;
    if (unit === 'week') return weekRange(d, shift);
    if (unit === 'weekend') {
      const saturday = addDays(d, (6 - d.getUTCDay() + 7) % 7 + (shift === -1 ? -7 : shift === 1 ? 7 : 0));
      return `${iso(saturday)}/${iso(addDays(saturday, 1))}`;
    }
    if (unit === 'month') return monthRange(d.getUTCFullYear(), d.getUTCMonth() + shift);
    const year = d.getUTCFullYear() + shift;
    return `${year}-01-01/${year}-12-31`;
  }
  const weekday = WEEKDAYS.findIndex((day) => w.includes(day));
  if (weekday < 0) return undefined;
  const today = d.getUTCDay();
  let future = w.startsWith('next') || (!w.startsWith('last') && FUTURE.test(sentence));
  if (w.startsWith('this')) future = weekday >= today;
  if (future) {
    const ahead = (weekday - today + 7) % 7;
    return iso(addDays(d, w.startsWith('next') && ahead === 0 ? 7 : ahead));
  }
  const back = (today - weekday + 7) % 7;
  return iso(addDays(d, w.startsWith('last') && back === 0 ? -7 : -back));
}

function resolveAbsolute(kind: string, text: string, d: Date | undefined, sentence: string): string | undefined {
  if (kind === 'iso') return text;
  const year = Number(text.match(/\b(1[5-9]\d\d|20\d\d)\b/)?.[1] ?? d?.getUTCFullYear() ?? NaN);
  if (Number.isNaN(year)) return undefined;
  if (kind === 'year') return `${year}-01-01/${year}-12-31`;
  const monthWord = text.match(new RegExp(MONTH, 'i'))?.[0];
  const month = monthWord ? monthIndex(monthWord) : -1;
  if (month < 0) return undefined;
  if (kind === 'monthYear') return monthRange(year, month);
  if (kind === 'month' && d) {
    // A month without a year: "last March" is the one before the dateline, "next March" or a future
    // sentence ("will start in March") the one after it; otherwise the dateline's year.
    const now = d.getUTCMonth();
    const words = text.toLowerCase();
    if (words.startsWith('last')) return monthRange(month >= now ? year - 1 : year, month);
    if (words.startsWith('next') || FUTURE.test(sentence)) return monthRange(month < now || (words.startsWith('next') && month === now) ? year + 1 : year, month);
  }
  if (kind === 'month') return monthRange(year, month);
  const day = Number(text.replace(new RegExp(`${WEEKDAY},?`), '').match(/\b(\d{1,2})(?:st|nd|rd|th)?\b/)?.[1]);
  if (!day) return undefined;
  const date = new Date(Date.UTC(year, month, day));
  return date.getUTCMonth() === month ? iso(date) : undefined;
}

/** Dates and times, with weekday names and "yesterday", "last week" resolved against the dateline date. */
export function findDates(text: string, options: { date?: string } = {}): DateFinding[] {
  const dateline = parseDateline(options.date);
  const found: Array<DateFinding & { kind: string }> = [];
  for (const { kind, re } of PATTERNS) {
    for (const match of text.matchAll(re)) {
      let start = match.index;
      let value = match[0];
      // "on Wednesday" is the date "Wednesday"; keep "last"/"next"/"this", which change its meaning.
      const lead = value.match(/^(?:on|in|since|until|by|from)\s+/i);
      if (lead) {
        start += lead[0].length;
        value = value.slice(lead[0].length);
      }
      if (kind === 'relative' && /^(?:May|March)$/.test(value)) continue;
      const end = start + value.length;
      if (found.some((f) => f.start <= start && f.end >= end)) continue;
      for (let i = found.length - 1; i >= 0; i--) if (start <= found[i]!.start && end >= found[i]!.end) found.splice(i, 1);
      const finding: DateFinding & { kind: string } = { kind, start, end, text: value };
      const sentence = sentenceAround(text, start);
      const resolved = kind === 'time' || kind === 'decade' ? undefined : kind === 'relative' ? (dateline ? resolveRelative(value, sentence, dateline) : undefined) : resolveAbsolute(kind, value, dateline, sentence);
      if (resolved) finding.resolved = resolved;
      found.push(finding);
    }
  }
  return found.toSorted((a, b) => a.start - b.start).map(({ kind: _kind, ...finding }) => finding);
}

function sentenceAround(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), 0);
  const afterMatch = text.slice(offset).search(/[.!?]\s|\n/);
  return text.slice(start, afterMatch < 0 ? text.length : offset + afterMatch);
}
