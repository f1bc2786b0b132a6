import type { TextRange } from './types';

export interface FigureFinding extends TextRange {
  text: string;
  /** What is counted or measured, when the words say it ("year sentence", "people", "percent"). */
  unit?: string;
}

const SMALL = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SPELLED = `(?:(?:${TENS})(?:-(?:one|${SMALL}))?|${SMALL}|a dozen|dozens|hundreds|thousands|millions|billions|tens of thousands|a hundred|a thousand|a million|a billion|one hundred|one thousand|one million)`;
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const NUMBER = `(?:${DIGITS}|${SPELLED})`;
const SCALE = '(?:\\s?(?:million|billion|trillion|thousand|hundred|bn|mn|m|k)\\b)?';
const HEDGE = '(?:(?:at least|at most|about|around|approximately|roughly|nearly|almost|some|more than|less than|fewer than|over|under|up to|as many as|as few as|an estimated|just over|just under|well over)\\s+)?';
const CURRENCY_WORDS = 'dollars|euros|pounds|pounds sterling|yen|yuan|rupees|roubles|rubles|hryvnias|francs|pesos|won|shekels|rand|lira|naira|dirhams|riyals';
const TIME_UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|nights?|terms?|seasons?';
const COMPOUND_UNITS = `year|month|week|day|hour|minute|second|decade|century|mile|kilometre|kilometer|km|metre|meter|foot|feet|inch|mm|cm|point|page|seat|member|storey|story|man|woman|person|nation|country|game|match|stage|lane|bed|room|percent|per-cent|acre|hectare|ton|tonne|pound|kg|gram|litre|liter|gallon|megawatt|gigawatt|MW|GW`;

/** Most specific first; a match inside an earlier, longer one is dropped. */
const PATTERNS: ReadonlyArray<{ re: RegExp; unit?: (m: RegExpMatchArray) => string | undefined }> = [
  // Money: "$1.2 billion", "€40m", "£3,000", "40 million euros"
  { re: new RegExp(`${HEDGE}(?:US|A|C|HK|NZ)?[$€£¥₹₽₴](?:\\s?)(?:${DIGITS})${SCALE}`, 'gi'), unit: () => 'money' },
  { re: new RegExp(`${HEDGE}\\b(?:${NUMBER})${SCALE}\\s(?:${CURRENCY_WORDS})\\b`, 'gi'), unit: () => 'money' },
  // Percentages: "15%", "15 percent", "two percentage points"
  { re: new RegExp(`${HEDGE}\\b(?:${NUMBER})(?:\\s?%|\\s(?:percent|per cent|percentage points?)\\b)`, 'gi'), unit: () => 'percent' },
  // Ages: "45-year-old", "aged 45"
  { re: new RegExp(`\\b(?:${NUMBER})-year-old\\b`, 'gi'), unit: () => 'age' },
  { re: new RegExp(`\\baged\\s(?:${NUMBER})\\b`, 'gi'), unit: () => 'age' },
  // Hyphenated measures with the noun they qualify: "14-year sentence", "hour-long call", "six-month trial"
  { re: new RegExp(`\\b(?:${NUMBER}|an?|half|one)-(?:${COMPOUND_UNITS})s?(?:-(?:long|old|high|wide|deep))?\\s[a-z]{3,}\\b`, 'gi'), unit: (m) => unitOfCompound(m[0]) },
  { re: /\b(?:hour|day|week|month|year|decade|minute|night|season)-long\s[a-z]{3,}\b/gi, unit: (m) => unitOfCompound(m[0]) },
  // Durations: "six months", "48 hours", "two days"
  { re: new RegExp(`${HEDGE}\\b(?:${NUMBER})${SCALE}\\s(?:${TIME_UNITS})\\b`, 'gi'), unit: (m) => m[0].match(new RegExp(`(${TIME_UNITS})$`, 'i'))?.[1]?.toLowerCase() },
  // Counts: "at least 15 people", "80 soldiers", "two countries", "3,000 troops"
  { re: new RegExp(`${HEDGE}\\b(?:${NUMBER})${SCALE}\\s(?:[a-z]+\\s)?(?:people|persons|dead|deaths|killed|injured|wounded|victims|soldiers|troops|civilians|children|adults|residents|workers|employees|members|voters|votes|seats|cases|patients|students|refugees|migrants|prisoners|hostages|homes|houses|buildings|vehicles|cars|flights|ships|aircraft|drones|missiles|rockets|shells|tonnes|tons|barrels|miles|kilometres|kilometers|km|metres|meters|feet|acres|hectares|countries|nations|states|cities|towns|villages|companies|firms|jobs|times|percent|points|goals|games|matches|units|doses|tests|sites|attacks|strikes|arrests|incidents|crossings|trips|passengers|visitors|fans|spectators|participants|delegates|lawmakers|officials|ministers|species|animals|trees|[a-z]+s)\\b`, 'gi'), unit: (m) => m[0].split(/\s/).pop()?.toLowerCase() },
  // Bare numbers written with digits: "1,000", "3.5", "80" (years and clock times are dates)
  { re: new RegExp(`(?<![\\w.,:/-])(?:${DIGITS})${SCALE}(?![\\w:/]|[.,]\\d)`, 'g') },
];

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

function unitOfCompound(text: string): string | undefined {
  const parts = text.toLowerCase().split(/[\s-]+/);
  const noun = parts[parts.length - 1];
  const measure = parts.find((p) => new RegExp(`^(?:${COMPOUND_UNITS})s?$`, 'i').test(p));
  return measure && noun ? `${measure} ${noun}` : noun;
}

/** Words after a hyphenated measure that are not the thing measured. */
const NOT_A_NOUN = new Set(['and', 'or', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'that', 'which', 'who', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'ago', 'later', 'earlier', 'before', 'after', 'since']);

/** Numbers, percentages, money, counts, durations and ages. `dates` are ranges already taken by dates and times, which figures never overlap. */
export function findFigures(text: string, dates: readonly TextRange[] = []): FigureFinding[] {
  const found: FigureFinding[] = [];
  for (const { re, unit } of PATTERNS) {
    for (const match of text.matchAll(re)) {
      let value = match[0];
      // A trailing word that is not a noun ("six-month and") is not part of the figure.
      const lastWord = value.match(/\s([a-z]+)$/i)?.[1];
      if (lastWord && NOT_A_NOUN.has(lastWord.toLowerCase())) value = value.slice(0, value.length - lastWord.length - 1);
      const range = { start: match.index, end: match.index + value.length };
      if (!/\d|[a-z]/i.test(value) || /^\d{1,2}$/.test(value) && isListNumber(text, range.start)) continue;
      if (dates.some((date) => overlaps(date, range))) continue;
      if (found.some((f) => overlaps(f, range))) continue;
      const finding: FigureFinding = { ...range, text: value };
      const u = unit?.([value] as unknown as RegExpMatchArray);
      if (u) finding.unit = u;
      found.push(finding);
    }
  }
  return found.toSorted((a, b) => a.start - b.start);
}

/** "1." at the start of a line numbers a list; it is no figure. */
function isListNumber(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return text.slice(lineStart, start).trim() === '' && /^\d{1,2}[.)]/.test(text.slice(start, start + 3));
}
