import type { RegistryEntity } from '../facts/registry';
import { sameWords } from '../facts/marks';
import { compareNames, editDistance, fold } from './nameVariants';
import { TITLE_HEADS } from './lexicon';

/** Where a name, quote or figure was read: this story, another story, or the registry (no story). */
export interface Where {
  storyId: string | null;
  storyHeadline?: string;
}

export interface NameMention extends Where {
  kind: 'person' | 'organisation' | 'place';
  name: string;
  title?: string;
}

export interface QuoteMention extends Where {
  words: string;
  speaker: string;
}

export interface FigureMention extends Where {
  text: string;
  /** The sentence it stands in: figures are the same claim when their sentences say the same thing. */
  context: string;
  unit?: string;
}

export interface StoryMentions {
  names: NameMention[];
  quotes: QuoteMention[];
  figures: FigureMention[];
}

export type WarningKind = 'name-variant' | 'title-variant' | 'figure-differs' | 'quote-differs';

export interface ConsistencyWarning {
  kind: WarningKind;
  /** One sentence for the pane: "“Mike Waltz” here, “Michael Waltz” in “Signal chat row…”". */
  message: string;
  here: string;
  there: string;
  /** The other story (null: the registry). Equal to the story checked for a variant inside it. */
  otherStoryId: string | null;
  otherStoryHeadline?: string;
  /** name-variant: the spelling used here, which "mark as correct" would accept. */
  spelling?: string;
  entityId?: string;
}

export interface ConsistencyOptions {
  /** Spellings marked correct (lower case): they raise no variant warning. */
  correct?: ReadonlySet<string>;
  registry?: readonly RegistryEntity[];
}

const elsewhere = (w: Where, self: string) => (w.storyId === null ? 'the registry' : w.storyId === self ? 'this story' : `“${w.storyHeadline || 'another story'}”`);

/** Words of a title that say what the office is: country prefixes and capitalised place names dropped. */
function titleWords(title: string): string[] {
  return fold(title)
    .replace(/\./g, '')
    .split(/[\s-]+/)
    .filter((word) => word && !['us', 'uk', 'eu', 'un', 'former', 'the', 'of', 'acting', 'interim'].includes(word));
}

const strip = (words: string[], heads: string[]) => words.filter((w) => !heads.includes(w)).join(' ');

/** The title of a person in `a` against `b`: the same, a spelling variant ("Adviser"/"Advisor"), or another title. */
export function compareTitles(a: string, b: string): 'same' | 'spelling' | 'different' {
  const x = titleWords(a);
  const y = titleWords(b);
  if (x.join(' ') === y.join(' ')) return 'same';
  // "President" against "Russian President": one says more, neither contradicts.
  const xs = new Set(x);
  const ys = new Set(y);
  if (x.every((w) => ys.has(w)) || y.every((w) => xs.has(w))) return 'same';
  const headsX = x.filter((w) => TITLE_HEADS.has(w));
  const headsY = y.filter((w) => TITLE_HEADS.has(w));
  if (x.length === y.length) {
    const pairs = x.map((w, i) => [w, y[i]!] as const).filter(([p, q]) => p !== q);
    if (pairs.every(([p, q]) => editDistance(p, q, 2) <= 2 && p[0] === q[0])) return 'spelling';
  }
  if (headsX.length > 0 && headsY.length > 0 && strip(x, headsX) === strip(y, headsY) && headsX.some((h) => headsY.some((k) => editDistance(h, k, 2) <= 2))) return 'spelling';
  return 'different';
}

const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'be', 'been', 'by', 'with', 'that', 'this', 'it', 'its', 'as', 'from', 'said', 'who', 'which', 'would', 'will']);
const contentWords = (text: string) => new Set((fold(text).match(/\p{L}+/gu) ?? []).filter((w) => !STOP.has(w) && w.length > 2));
function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

const SPELLED: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, dozen: 12, a: 1, an: 1, half: 0.5 };
/** The number a figure states: "14-year" → 14, "six months" → 6, "$1.2 billion" → 1.2e9. */
export function figureValue(text: string): number | undefined {
  const lower = text.toLowerCase();
  const digits = lower.match(/\d[\d,]*(?:\.\d+)?/);
  let value: number | undefined = digits ? Number(digits[0].replace(/,/g, '')) : undefined;
  if (value === undefined) {
    const word = lower.match(/\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozen|half|an?)\b/);
    value = word ? SPELLED[word[1]!] : undefined;
  }
  if (value === undefined) return undefined;
  if (/\bbillion\b|\dbn\b/.test(lower)) value *= 1e9;
  else if (/\bmillion\b|\dm\b|\dmn\b/.test(lower)) value *= 1e6;
  else if (/\bthousand\b|\dk\b/.test(lower)) value *= 1e3;
  return value;
}

const bare = (words: string) => words.replace(/^[\s"“”‘’']+|[\s"“”‘’',.;:!?]+$/g, '');

const unitKey = (figure: FigureMention) => (figure.unit ?? fold(figure.text).replace(/[\d.,$€£%]+/g, '').replace(/\s+/g, ' ').trim()).replace(/s$/, '');

/**
 * Warnings for one story against the library: the same person under a variant name or title, a figure
 * stated differently for the same claim, a quote whose words differ. `others` holds what other stories
 * (and the registry) say; variants inside the story itself are reported too.
 */
export function checkConsistency(storyId: string, here: StoryMentions, others: StoryMentions, options: ConsistencyOptions = {}): ConsistencyWarning[] {
  const correct = options.correct ?? new Set<string>();
  const warnings: ConsistencyWarning[] = [];
  const seen = new Set<string>();
  const add = (warning: ConsistencyWarning) => {
    const key = `${warning.kind}|${fold(warning.here)}|${fold(warning.there)}|${warning.otherStoryId}`;
    if (seen.has(key)) return;
    seen.add(key);
    warnings.push(warning);
  };

  const registryNames: NameMention[] = (options.registry ?? []).flatMap((entity) => [
    { kind: entity.kind, name: entity.name, storyId: null, ...(entity.titles.find((t) => t.to === null) ? { title: entity.titles.find((t) => t.to === null)!.title } : {}) },
    ...entity.aliases.filter((a) => a.correct).map((a) => ({ kind: entity.kind, name: a.alias, storyId: null }) as NameMention),
  ]);
  const entityOf = (name: string) => (options.registry ?? []).find((e) => fold(e.name) === fold(name) || e.aliases.some((a) => fold(a.alias) === fold(name)));

  const people = here.names.filter((n) => n.kind === 'person');
  // The registry speaks only for names no story in view spells the same way (else the story is the better reference).
  const inStories = new Set([...people, ...others.names].map((n) => fold(n.name)));
  const comparable = [...people, ...others.names.filter((n) => n.kind === 'person'), ...registryNames.filter((n) => n.kind === 'person' && !inStories.has(fold(n.name)))];
  for (const mine of people) {
    for (const theirs of comparable) {
      if (theirs === mine) continue;
      const relation = compareNames(mine.name, theirs.name);
      if ((relation === 'first-name-variant' || relation === 'spelling-variant') && !correct.has(fold(mine.name))) {
        // Inside the story, each pair once.
        if (theirs.storyId === storyId && people.indexOf(theirs) < people.indexOf(mine)) continue;
        const entity = entityOf(theirs.name);
        add({
          kind: 'name-variant',
          message: `“${mine.name}” here, “${theirs.name}” in ${elsewhere(theirs, storyId)}: ${relation === 'first-name-variant' ? 'the same person under another first name?' : 'the same name spelled differently?'}`,
          here: mine.name,
          there: theirs.name,
          otherStoryId: theirs.storyId,
          ...(theirs.storyHeadline ? { otherStoryHeadline: theirs.storyHeadline } : {}),
          spelling: mine.name,
          ...(entity ? { entityId: entity.id } : {}),
        });
      }
      if (relation !== 'different' && mine.title && theirs.title) {
        const titles = compareTitles(mine.title, theirs.title);
        if (titles === 'different' && theirs.storyId !== null) continue; // a new office is news, not an error; the registry decides.
        if (titles !== 'same') {
          add({
            kind: 'title-variant',
            message: `${mine.name}: “${mine.title}” here, “${theirs.title}” in ${elsewhere(theirs, storyId)}`,
            here: mine.title,
            there: theirs.title,
            otherStoryId: theirs.storyId,
            ...(theirs.storyHeadline ? { otherStoryHeadline: theirs.storyHeadline } : {}),
          });
        }
      }
    }
  }

  for (const mine of here.figures) {
    const value = figureValue(mine.text);
    if (value === undefined) continue;
    const context = contentWords(mine.context.replace(mine.text, ' '));
    for (const theirs of others.figures) {
      if (theirs.storyId === storyId || unitKey(theirs) !== unitKey(mine)) continue;
      const other = figureValue(theirs.text);
      if (other === undefined || other === value) continue;
      if (jaccard(context, contentWords(theirs.context.replace(theirs.text, ' '))) < 0.4) continue;
      add({
        kind: 'figure-differs',
        message: `“${mine.text}” here, “${theirs.text}” in ${elsewhere(theirs, storyId)} for what reads as the same claim`,
        here: mine.text,
        there: theirs.text,
        otherStoryId: theirs.storyId,
        ...(theirs.storyHeadline ? { otherStoryHeadline: theirs.storyHeadline } : {}),
      });
    }
  }

  for (const mine of here.quotes) {
    const words = contentWords(mine.words);
    for (const theirs of others.quotes) {
      if (theirs.storyId === storyId) continue;
      if (mine.speaker && theirs.speaker && compareNames(mine.speaker, theirs.speaker) === 'different') continue;
      if (sameWords(bare(mine.words), bare(theirs.words))) continue;
      if (jaccard(words, contentWords(theirs.words)) < 0.6) continue;
      add({
        kind: 'quote-differs',
        message: `This quote${mine.speaker ? ` of ${mine.speaker}` : ''} reads differently in ${elsewhere(theirs, storyId)}: “${bare(theirs.words)}”`,
        here: bare(mine.words),
        there: bare(theirs.words),
        otherStoryId: theirs.storyId,
        ...(theirs.storyHeadline ? { otherStoryHeadline: theirs.storyHeadline } : {}),
      });
    }
  }
  return warnings;
}
