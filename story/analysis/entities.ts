import { analyseText, type AnalysedText, type Token } from './tokens';
import { KNOWN_ORGS, NOT_NAMES, ORG_HEADS, SPEECH_VERBS, TITLE_HEADS } from './lexicon';

export type EntityKind = 'person' | 'organisation' | 'place';

/** A name in the text: a person (with the title written before it), an organisation or a place. */
export interface EntityMention {
  kind: EntityKind;
  /** The whole mention, title included ("Defense Secretary Pete Hegseth"). */
  start: number;
  end: number;
  text: string;
  /** The name alone, without title or possessive ("Pete Hegseth"). */
  name: string;
  nameStart: number;
  nameEnd: number;
  title?: string;
  /** person: the fullest form of this person's name in the text ("Donald Trump" for "Trump"). */
  fullName?: string;
  gender?: 'male' | 'female';
  sentence: number;
  paragraph: number;
}

const CONNECTORS = new Set(['of', 'de', 'la', 'del', 'della', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'da', 'dos', 'du', 'le', 'y', '&', 'for', 'and']);
/** Connectors that may join a name only when an organisation-like head follows ("Ministry of Defence", "Bank for ..."). */
const ORG_ONLY_CONNECTORS = new Set(['for', 'and', '&']);
const COUNTRY_ACRONYMS = new Set(['us', 'u.s.', 'u.s', 'uk', 'u.k.', 'u.k', 'uae', 'u.a.e.', 'drc', 'ussr', 'prc', 'usa', 'u.s.a.']);
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Address'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Conjunction', 'Preposition', 'Adverb', 'QuestionWord', 'Expression', 'Copula', 'Modal', 'Auxiliary'];

const POSSESSIVE = /(?:['’]s|s['’])$/;
const isCapitalised = (word: string) => /^[\p{Lu}]/u.test(word) || /^\p{Ll}+\p{Lu}/u.test(word); // "iPhone", "al-Assad" handled by tags
const lower = (word: string) => word.toLowerCase().replace(/[’']s$/, '');
const has = (token: Token, tags: readonly string[]) => tags.some((tag) => token.tags.has(tag));

/** A heading or title-case line: its capitals say nothing about names. */
function isTitleCaseLine(tokens: Token[]): boolean {
  const words = tokens.filter((token) => /\p{L}/u.test(token.text));
  if (words.length < 2) return false;
  const capitalised = words.filter((token) => isCapitalised(token.text) || CONNECTORS.has(token.text)).length;
  const last = tokens[tokens.length - 1]!;
  return capitalised === words.length && !/[.!?]["”’]?\s*$/.test(last.post);
}

/** May this token be part of a name, where it stands? */
function nameLike(token: Token, sentenceInitial: boolean, strict: boolean, known: ReadonlySet<string>): boolean {
  const word = token.text;
  if (!isCapitalised(word)) return false;
  if (known.has(lower(word))) return true;
  if (/^\p{Lu}[\p{Lu}.\d&-]*$/u.test(word) && word.length >= 2 && !NOT_NAMES.has(word.toLowerCase())) return true; // acronyms
  if (NOT_NAMES.has(lower(word))) return false;
  if (has(token, ['Month', 'WeekDay', 'Date'])) return false;
  const named = has(token, [...PERSON_TAGS, ...PLACE_TAGS, 'Organization', 'ProperNoun', 'Honorific', 'Acronym', 'Demonym']);
  // At the start of a sentence a capital proves nothing: trust only what compromise knows as a name, and not an -ing word ("Binding", "Following").
  if (sentenceInitial || strict) return named && !has(token, FUNCTION_TAGS) && (!word.endsWith('ing') || has(token, PERSON_TAGS));
  return !has(token, ['Pronoun', 'Determiner', 'Conjunction', 'Preposition']);
}

/** What joins `a` to the next token: only spaces, a hyphen, or the dot of an abbreviation keep a name together. */
function joinsNext(a: Token): boolean {
  if (POSSESSIVE.test(a.text)) return false;
  const post = a.post;
  if (/^\s+$/.test(post) || post === '-') return true;
  return /^\.\s+$/.test(post) && (a.tags.has('Honorific') || a.tags.has('Abbreviation') || /^\p{Lu}$/u.test(a.text));
}

interface Chunk {
  tokens: Token[];
}

function chunksOf(analysed: AnalysedText, known: ReadonlySet<string>): Chunk[] {
  const chunks: Chunk[] = [];
  for (const sentence of analysed.sentences) {
    const tokens = analysed.tokens.slice(sentence.firstToken, sentence.lastToken + 1);
    const strict = isTitleCaseLine(tokens);
    let current: Token[] = [];
    const flush = () => {
      while (current.length > 0 && CONNECTORS.has(current[current.length - 1]!.text.toLowerCase())) current.pop();
      if (current.length > 0) chunks.push({ tokens: current });
      current = [];
    };
    tokens.forEach((token, index) => {
      const previous = tokens[index - 1];
      const joined = previous !== undefined && current.length > 0 && joinsNext(previous) && !/["“”]/.test(token.pre);
      if (!joined) flush();
      const initial = tokens.slice(0, index).every((t) => !/\p{L}/u.test(t.text)) || /[.!?:]\s*$/.test(previous?.post ?? '') || /["“‘]/.test(token.pre);
      if (current.length > 0 && CONNECTORS.has(token.text.toLowerCase())) {
        const next = tokens[index + 1];
        const orgOnly = ORG_ONLY_CONNECTORS.has(token.text.toLowerCase());
        if (next && joinsNext(token) && nameLike(next, false, strict, known) && (!orgOnly || looksLikeOrg(current))) {
          current.push(token);
          return;
        }
        flush();
        return;
      }
      const next = tokens[index + 1];
      // A sentence opening with a title or an unknown first name before a name: "Senator Frank Oduya", "Romelu Lukaku scored".
      // …or a bare surname about to speak: "Park said".
      const opensName =
        initial && current.length === 0 && !strict && next !== undefined && joinsNext(token) && isCapitalised(token.text) && !NOT_NAMES.has(lower(token.text)) && !has(token, FUNCTION_TAGS) &&
        ((isCapitalised(next.text) && TITLE_HEADS.has(lower(next.text))) ||
          (!has(token, ['Verb', 'Adjective']) && nameLike(next, false, false, known) && has(next, ['ProperNoun', 'Person'])) ||
          (token.tags.has('Noun') && !token.tags.has('Plural') && SPEECH_VERBS.has(next.text.toLowerCase())));
      if (opensName || nameLike(token, initial && current.length === 0, strict, known)) current.push(token);
      else flush();
      if (POSSESSIVE.test(token.text) || !joinsNext(token)) flush();
    });
    flush();
  }
  return chunks;
}

function looksLikeOrg(tokens: Token[]): boolean {
  return tokens.some((token) => ORG_HEADS.has(lower(token.text)));
}

/** "Defense Secretary Pete Hegseth" → title tokens [Defense, Secretary], name tokens [Pete, Hegseth]. */
function splitTitle(tokens: Token[]): { title: Token[]; name: Token[] } {
  let split = -1;
  for (let i = 0; i < tokens.length - 1; i++) {
    const word = lower(tokens[i]!.text).replace(/\.$/, '');
    if (!TITLE_HEADS.has(word) && !TITLE_HEADS.has(`${word}.`)) continue;
    let end = i + 1;
    // "Secretary of State Marco Rubio": the office's complement runs until a first name, leaving a name.
    if (tokens[end]?.text.toLowerCase() === 'of') {
      end++;
      // Take the complement's words while a name of at least two words would remain, and always one ("of State").
      if (end < tokens.length - 1) end++;
      while (end < tokens.length - 2 && !tokens[end]!.tags.has('FirstName') && !tokens[end]!.tags.has('Honorific')) end++;
      if (end >= tokens.length) continue;
    }
    if (end < tokens.length) split = end;
  }
  if (split <= 0) return { title: [], name: tokens };
  return { title: tokens.slice(0, split), name: tokens.slice(split) };
}

function spanText(text: string, tokens: Token[]): { start: number; end: number; text: string } {
  const start = tokens[0]!.start;
  const lastToken = tokens[tokens.length - 1]!;
  const possessive = lastToken.text.match(/['’]s$/);
  const end = lastToken.end - (possessive ? possessive[0].length : 0);
  return { start, end, text: text.slice(start, end) };
}

function classify(chunk: Chunk): { kind: EntityKind | 'unknown'; title: Token[]; name: Token[] } {
  const { title, name } = splitTitle(chunk.tokens);
  const words = name.map((token) => lower(token.text));
  const joined = words.join(' ');
  const lastWord = words[words.length - 1] ?? '';
  if (name.length === 1 && name[0]!.tags.has('Demonym') && title.length === 0) return { kind: 'unknown', title, name };
  if (words.every((word) => TITLE_HEADS.has(word))) return { kind: 'unknown', title, name };
  if (title.length > 0 && !ORG_HEADS.has(lastWord)) return { kind: 'person', title, name };
  if (COUNTRY_ACRONYMS.has(joined)) return { kind: 'place', title, name };
  if (KNOWN_ORGS.has(joined) || (name.length > 1 && ORG_HEADS.has(lastWord)) || name.some((token) => token.tags.has('Organization'))) {
    return { kind: 'organisation', title, name };
  }
  const personal = name.filter((token) => has(token, PERSON_TAGS) && !has(token, ['Place', 'Country', 'City'])).length;
  if (personal > 0 && (name[0]!.tags.has('FirstName') || name[0]!.tags.has('Honorific') || personal === name.length)) return { kind: 'person', title, name };
  if (name.some((token) => has(token, PLACE_TAGS))) return { kind: 'place', title, name };
  if (name.length >= 2 && name.length <= 3 && name[0]!.tags.has('FirstName')) return { kind: 'person', title, name };
  if (name.every((token) => /^\p{Lu}[\p{Lu}.&]+$/u.test(token.text))) return { kind: 'organisation', title, name };
  return { kind: 'unknown', title, name };
}

function genderOf(tokens: Token[]): 'male' | 'female' | undefined {
  for (const token of tokens) {
    if (token.tags.has('MaleName')) return 'male';
    if (token.tags.has('FemaleName')) return 'female';
    const word = lower(token.text).replace(/\.$/, '');
    if (['mr', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'congressman', 'councilman'].includes(word)) return 'male';
    if (['mrs', 'ms', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman'].includes(word)) return 'female';
  }
  return undefined;
}

/** Is the token right after the chunk a speech verb ("Trump said")? Then an unknown name is a person. */
function followedBySpeech(analysed: AnalysedText, chunk: Chunk): boolean {
  const last = chunk.tokens[chunk.tokens.length - 1]!;
  const index = analysed.tokens.indexOf(last);
  const next = analysed.tokens[index + 1];
  return next !== undefined && next.sentence === last.sentence && /^\s+$/.test(last.post) && SPEECH_VERBS.has(next.text.toLowerCase());
}

/** A lower-case title just before a name: "Signal president Meredith Whittaker", "American teacher Marc Fogel". */
function lowercaseTitleBefore(analysed: AnalysedText, first: Token): Token[] {
  const index = analysed.tokens.indexOf(first);
  const before = analysed.tokens[index - 1];
  if (!before || before.sentence !== first.sentence || !/^\s+$/.test(before.post) || isCapitalised(before.text)) return [];
  if (!TITLE_HEADS.has(lower(before.text))) return [];
  const title = [before];
  for (let i = index - 2; i >= 0; i--) {
    const token = analysed.tokens[i]!;
    if (token.sentence !== first.sentence || !/^\s+$/.test(token.post) || !isCapitalised(token.text) || NOT_NAMES.has(lower(token.text))) break;
    if (i === analysed.sentences[token.sentence]!.firstToken && !has(token, ['ProperNoun', 'Demonym', 'Organization', 'Acronym'])) break;
    title.unshift(token);
  }
  return title;
}

/** Two or three capitalised words, none a place, an organisation's head or an acronym: the shape of a personal name. */
function personalNameShape(name: Token[]): boolean {
  return (
    name.length >= 2 &&
    name.length <= 3 &&
    name.every((token) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(token.text) && !has(token, [...PLACE_TAGS, 'Organization', 'Demonym']) && !ORG_HEADS.has(lower(token.text)))
  );
}

/** What stands right before the name in its sentence: a lower-case title ("founder"), another singular noun ("guide"), or neither. */
function introducingNoun(analysed: AnalysedText, first: Token): 'title' | 'noun' | undefined {
  const before = analysed.tokens[analysed.tokens.indexOf(first) - 1];
  if (!before || before.sentence !== first.sentence || !/^\s+$/.test(before.post) || !/^\p{Ll}+$/u.test(before.text)) return undefined;
  if (TITLE_HEADS.has(before.text)) return 'title';
  return before.tags.has('Noun') && !has(before, ['Plural', 'Pronoun', 'Verb', 'Adjective', ...FUNCTION_TAGS]) ? 'noun' : undefined;
}

/** Signs that a name is a person's: ", who" or an age after it, or its last word later on its own before a speech verb. */
function personAfter(analysed: AnalysedText, name: Token[]): boolean {
  const last = name[name.length - 1]!;
  const index = analysed.tokens.indexOf(last);
  const next = analysed.tokens[index + 1];
  if (next && /^,\s*$/.test(last.post) && (/^who(?:se|m)?$/i.test(next.text) || /^\d{1,3}$/.test(next.text))) return true;
  const surname = last.text.replace(/['’]s$/, '');
  return analysed.tokens.some((token, i) => i > index && token.text === surname && /^\s+$/.test(token.post) && SPEECH_VERBS.has(analysed.tokens[i + 1]?.text.toLowerCase() ?? ''));
}

const surnameOf = (name: string) => name.split(/\s+/).pop()!.toLowerCase();

/** People (with titles), organisations and places named in the text, in text order. */
export function findEntities(analysed: AnalysedText): EntityMention[] {
  const { text } = analysed;
  // Two readings: the first finds people named in full; their names' words then count as names anywhere,
  // even where a capital proves nothing (at the start of a sentence: "Montalvo was charged").
  const firstReading = chunksOf(analysed, new Set()).map((chunk) => ({ chunk, ...classify(chunk) }));
  const known = new Set<string>();
  for (const item of firstReading) {
    if (item.kind !== 'person' || item.name.length < 2) continue;
    for (const token of item.name) if (/^\p{Lu}\p{Ll}+$/u.test(token.text.replace(/['’]s$/, '')) && !NOT_NAMES.has(lower(token.text))) known.add(lower(token.text));
  }
  const classified = chunksOf(analysed, known).map((chunk) => {
    const item = { chunk, ...classify(chunk) };
    // "founder Kwame Asante", "mountain guide Ama Dolma, who…": a name of two or three words nobody knows,
    // introduced by a lower-case title, or by a noun in apposition with a sign of a person after it.
    if (item.kind === 'unknown' && item.title.length === 0 && personalNameShape(item.name)) {
      const introduced = introducingNoun(analysed, item.name[0]!);
      if (introduced === 'title' || (introduced === 'noun' && personAfter(analysed, item.name))) item.kind = 'person';
    }
    return item;
  });

  // Surnames of people named in full anywhere in the text let a bare "Trump" or "Hegseth" count as a person.
  const fullNames = new Map<string, string>();
  for (const item of classified) {
    if (item.kind !== 'person' || item.name.length < 2) continue;
    const name = spanText(text, item.name).text;
    const key = surnameOf(name);
    if (!fullNames.has(key) || name.length > fullNames.get(key)!.length) fullNames.set(key, name);
  }

  const mentions: EntityMention[] = [];
  for (const item of classified) {
    let { kind } = item;
    let titleTokens = item.title;
    const nameSpan = spanText(text, item.name);
    if (kind === 'unknown' || kind === 'place') {
      if (item.name.length <= 2 && fullNames.has(surnameOf(nameSpan.text)) && !has(item.name[0]!, ['Country'])) kind = 'person';
      else if (kind === 'unknown' && followedBySpeech(analysed, item.chunk)) kind = item.name.length === 1 && item.name[0]!.tags.has('Acronym') ? 'organisation' : 'person';
    }
    if (kind === 'unknown') continue;
    if (kind === 'person' && titleTokens.length === 0) titleTokens = lowercaseTitleBefore(analysed, item.name[0]!);
    const whole = spanText(text, [...titleTokens, ...item.name]);
    const first = item.name[0]!;
    const mention: EntityMention = {
      kind,
      start: whole.start,
      end: whole.end,
      text: whole.text,
      name: nameSpan.text,
      nameStart: nameSpan.start,
      nameEnd: nameSpan.end,
      sentence: first.sentence,
      paragraph: first.paragraph,
    };
    if (titleTokens.length > 0) mention.title = text.slice(titleTokens[0]!.start, titleTokens[titleTokens.length - 1]!.end);
    if (kind === 'person') {
      mention.fullName = fullNames.get(surnameOf(nameSpan.text)) ?? nameSpan.text;
      const gender = genderOf([...titleTokens, ...item.name]);
      if (gender) mention.gender = gender;
    }
    mentions.push(mention);
  }
  // A person's gender, once known from any mention, holds for all.
  const genders = new Map<string, 'male' | 'female'>();
  for (const mention of mentions) if (mention.gender && mention.fullName) genders.set(mention.fullName, mention.gender);
  for (const mention of mentions) if (!mention.gender && mention.fullName && genders.has(mention.fullName)) mention.gender = genders.get(mention.fullName)!;
  return mentions;
}

/**
 * The name (and a person's title) in words tagged by hand as a person, organisation or place:
 * "Harbour Minister Ines Okafor" → { name: "Ines Okafor", title: "Harbour Minister" }. Undefined
 * for words that name nobody ("the mayor").
 */
export function nameInWords(words: string, kind: EntityKind): { name: string; title?: string } | undefined {
  // Read inside a plain sentence, where a capital at the start of the words is not a sentence's first capital.
  const carrier = `They met ${words.trim()} today.`;
  const mentions = findEntities(analyseText(carrier)).filter((m) => m.start >= 'They met '.length);
  const mention = mentions.find((m) => m.kind === kind) ?? (mentions.length === 1 ? mentions[0] : undefined);
  if (mention) return { name: mention.name, ...(kind === 'person' && mention.title ? { title: mention.title } : {}) };
  const trimmed = words.trim();
  // Too short a text for the finder to be sure ("Okafor", "Valmere"): a capitalised word is a name.
  return /^\p{Lu}/u.test(trimmed) && trimmed.split(/\s+/).length <= 4 && !/^(?:the|a|an)\s/i.test(trimmed) ? { name: trimmed } : undefined;
}
