import type { EntityMention } from './entities';
import { ATTRIBUTING_VERBS, GENERIC_ROLES, PRONOUNS, SPEECH_VERBS, TITLE_HEADS } from './lexicon';
import { findQuoteSpans, type QuoteSpan } from './quoteSpans';
import type { AnalysedText, Token } from './tokens';
import type { SpeakerGuess } from './types';

export interface QuoteFinding extends QuoteSpan {
  quoteType: 'direct' | 'partial';
  speaker?: SpeakerGuess;
}

/** Who the attribution names, before it is resolved to a person. */
interface Attribution {
  kind: 'entity' | 'pronoun' | 'role';
  asWritten: string;
  start: number;
  end: number;
  mention?: EntityMention;
  /** role: lower-case words, determiner dropped ("ukrainian president"). */
  words?: string[];
  indefinite?: boolean;
}

const SKIPPABLE = new Set(['also', 'later', 'earlier', 'then', 'again', 'previously', 'reportedly', 'has', 'had', 'have', 'was', 'once', 'last', 'simply', 'flatly', 'repeatedly', 'recently', 'further', 'publicly', 'privately', 'told']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'one', 'another']);
const lowerWord = (token: Token) => token.text.toLowerCase().replace(/[’']s$/, '');
const isSpeechVerb = (token: Token | undefined) => token !== undefined && SPEECH_VERBS.has(lowerWord(token)) && !lowerWord(token).endsWith('ing');

/** Direct and partial quotes with their speakers. */
export function findQuotes(analysed: AnalysedText, entities: readonly EntityMention[]): QuoteFinding[] {
  const spans = findQuoteSpans(analysed.text, analysed.paragraphs);
  const attributions = spans.map((span, index) => attributionOf(analysed, entities, span, spans, index));
  // A quote with no attribution of its own takes the next quote's in the same paragraph ("“One.” “Two,” she said.")
  // or, when it opens a paragraph that continues a quotation, the previous quote's.
  const speakers: Array<SpeakerGuess | undefined> = spans.map((span, index) => {
    const attribution = attributions[index];
    return attribution ? resolve(analysed, entities, attribution, span, spans, index, undefined) : undefined;
  });
  for (let pass = 0; pass < 2; pass++) {
    spans.forEach((span, index) => {
      if (speakers[index]) return;
      const next = spans[index + 1];
      if (next && next.paragraph === span.paragraph && speakers[index + 1] && /^[\s,.;:—–-]*$/.test(analysed.text.slice(span.end, next.start))) {
        speakers[index] = { ...speakers[index + 1]! };
        return;
      }
      const previous = spans[index - 1];
      // The same speaker goes on: a quotation running into this paragraph, or a later quote in the same paragraph with nobody else named in between.
      const samePara = previous !== undefined && previous.paragraph === span.paragraph && !entities.some((m) => m.kind === 'person' && m.start >= previous.end && m.end <= span.start && m.fullName !== speakers[index - 1]?.resolved);
      if (previous && speakers[index - 1] && (previous.runsOn || opensParagraph(analysed, span) || samePara) && span.paragraph - previous.paragraph <= 1) {
        speakers[index] = { ...speakers[index - 1]!, range: undefined } as SpeakerGuess;
        delete speakers[index]!.range;
      }
    });
  }
  // Pronouns resolve against the speakers found so far.
  spans.forEach((span, index) => {
    const attribution = attributions[index];
    if (attribution?.kind === 'pronoun') speakers[index] = resolve(analysed, entities, attribution, span, spans, index, speakers);
  });
  return spans.map((span, index) => {
    const finding: QuoteFinding = { ...span, quoteType: quoteType(analysed, span) };
    const speaker = speakers[index];
    if (speaker) finding.speaker = speaker;
    return finding;
  });
}

function opensParagraph(analysed: AnalysedText, span: QuoteSpan): boolean {
  const paragraph = analysed.paragraphs[span.paragraph]!;
  return analysed.text.slice(paragraph.start, span.start).trim() === '';
}

/** Direct: a statement of its own (capital first, at a sentence start or after "said:" / a comma). Partial: words worked into the writer's sentence. */
function quoteType(analysed: AnalysedText, span: QuoteSpan): 'direct' | 'partial' {
  const inner = analysed.text.slice(span.innerStart, span.innerEnd).trim();
  const paragraph = analysed.paragraphs[span.paragraph]!;
  const before = analysed.text.slice(paragraph.start, span.start).trimEnd();
  const startsStatement = before === '' || /[.!?:,”"]$/.test(before) || /[—–]$/.test(before);
  const capitalised = /^(?:\.\.\.|…)?\s*[\p{Lu}\d]/u.test(inner);
  const words = inner.split(/\s+/).length;
  return startsStatement && capitalised && (words >= 3 || /[.!?,]$/.test(inner)) ? 'direct' : 'partial';
}

function tokensBetween(analysed: AnalysedText, start: number, end: number): Token[] {
  return analysed.tokens.filter((token) => token.start >= start && token.end <= end);
}

function entityAt(entities: readonly EntityMention[], start: number): EntityMention | undefined {
  return entities.find((mention) => mention.start === start || mention.nameStart === start);
}

function entityEndingAt(entities: readonly EntityMention[], end: number): EntityMention | undefined {
  return entities.find((mention) => mention.end === end || mention.nameEnd === end);
}

/** A noun phrase starting at tokens[i]: a named entity, a pronoun, or a role ("the Ukrainian president", "a spokesman for the ministry"). */
function phraseAt(analysed: AnalysedText, entities: readonly EntityMention[], tokens: Token[], i: number, stopAtVerb: boolean): Attribution | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const mention = entityAt(entities, first.start);
  if (mention) return { kind: 'entity', asWritten: mention.text, start: mention.start, end: mention.end, mention };
  const word = lowerWord(first);
  if (word in PRONOUNS) return { kind: 'pronoun', asWritten: first.text, start: first.start, end: first.end };
  if (!DETERMINERS.has(word) && !TITLE_HEADS.has(word)) return undefined;
  // A role: determiner, a few modifiers, a role noun; perhaps "for/of/at ORG".
  const phrase: Token[] = [];
  for (let j = i; j < tokens.length && j - i < 8; j++) {
    const token = tokens[j]!;
    if (j > i && (isSpeechVerb(token) || (stopAtVerb && ATTRIBUTING_VERBS.has(lowerWord(token))))) break;
    if (j > i && /[,;:.!?]/.test(tokens[j - 1]!.post)) break;
    phrase.push(token);
  }
  const roleIndex = phrase.findLastIndex((token, k) => (k > 0 || !DETERMINERS.has(lowerWord(token))) && (TITLE_HEADS.has(lowerWord(token)) || GENERIC_ROLES.has(lowerWord(token))));
  if (roleIndex < 0) return undefined;
  // "a spokesman for the ministry": the complement belongs to the phrase as written.
  let last = roleIndex;
  if (['for', 'of', 'at', 'with'].includes(lowerWord(phrase[roleIndex + 1] ?? first))) last = phrase.length - 1;
  const end = phrase[last]!.end;
  const words = phrase.slice(0, roleIndex + 1).map(lowerWord).filter((w, k) => k > 0 || !DETERMINERS.has(w));
  return { kind: 'role', asWritten: analysed.text.slice(first.start, end), start: first.start, end, words, indefinite: ['a', 'an', 'one', 'another'].includes(word) || last > roleIndex };
}

function attributionOf(analysed: AnalysedText, entities: readonly EntityMention[], span: QuoteSpan, spans: readonly QuoteSpan[], index: number): Attribution | undefined {
  const paragraph = analysed.paragraphs[span.paragraph]!;
  const inner = analysed.text.slice(span.innerStart, span.innerEnd).trimEnd();
  const nextQuote = spans[index + 1];
  const afterEnd = nextQuote && nextQuote.paragraph === span.paragraph ? nextQuote.start : paragraph.end;
  const after = tokensBetween(analysed, span.end, afterEnd);
  const rest = analysed.text.slice(span.end, afterEnd);

  // After the quote: “…,” Trump told reporters. / “…,” said John Smith. / “…,” according to the ministry.
  if (/[,?!—–-]$/.test(inner) || /^\s*[,—–]/.test(rest) || /^\s+\p{Ll}/u.test(rest)) {
    const found = afterQuote(analysed, entities, after);
    if (found) return found;
  }
  // Before it: Trump said: “…” / He told reporters, “…”
  const before = tokensBetween(analysed, paragraph.start, span.start).filter((token) => !spans.some((s) => s !== span && token.start >= s.start && token.end <= s.end));
  const sentenceTokens = before.filter((token) => token.sentence === (before[before.length - 1]?.sentence ?? -1));
  const found = beforeQuote(analysed, entities, sentenceTokens);
  if (found) return found;
  // "The mayor, Anna Berglund, was blunt: “…”": a colon hands the quote to the sentence's subject.
  if (/:\s*$/.test(analysed.text.slice(paragraph.start, span.start)) && sentenceTokens.length > 0) {
    const subject = entities.find((m) => m.start >= sentenceTokens[0]!.start && m.end <= span.start && (m.kind === 'person' || m.kind === 'organisation'));
    if (subject) return { kind: 'entity', asWritten: subject.text, start: subject.start, end: subject.end, mention: subject };
  }
  // Direct quote whose attribution is later in the same sentence after more of the quote: “…,” he said, “…”
  if (/[.!?]$/.test(inner) === false) {
    const later = afterQuote(analysed, entities, after);
    if (later) return later;
  }
  return undefined;
}

function afterQuote(analysed: AnalysedText, entities: readonly EntityMention[], after: Token[]): Attribution | undefined {
  if (after.length === 0) return undefined;
  const first = after[0]!;
  if (lowerWord(first) === 'according' && after[1]?.text.toLowerCase() === 'to') return phraseAt(analysed, entities, after, 2, false);
  if (isSpeechVerb(first)) {
    // "said John Smith", "said the minister", "said fire brigade commander Jonas Petrauskas"
    const direct = phraseAt(analysed, entities, after, 1, false);
    if (direct) return direct;
    for (let k = 2; k < after.length && k <= 6 && !/[,;:.!?]/.test(after[k - 1]!.post); k++) {
      const mention = entityAt(entities, after[k]!.start);
      if (mention) return { kind: 'entity', asWritten: analysed.text.slice(after[1]!.start, mention.end), start: after[1]!.start, end: mention.end, mention };
    }
    return undefined;
  }
  const phrase = phraseAt(analysed, entities, after, 0, true);
  if (!phrase) return undefined;
  const verbIndex = after.findIndex((token) => token.start >= phrase.end);
  for (let k = verbIndex; k >= 0 && k < after.length && k <= verbIndex + 2; k++) {
    const token = after[k]!;
    if (isSpeechVerb(token)) return phrase;
    if (!SKIPPABLE.has(lowerWord(token)) && !lowerWord(token).endsWith('ly')) break;
  }
  return undefined;
}

/** The subject of the nearest speech or attributing verb before the quote, in its sentence. */
function beforeQuote(analysed: AnalysedText, entities: readonly EntityMention[], sentence: Token[]): Attribution | undefined {
  for (let v = sentence.length - 1; v >= 0; v--) {
    const verb = lowerWord(sentence[v]!);
    if (!ATTRIBUTING_VERBS.has(verb) && !(verb === 'according' && sentence[v + 1]?.text.toLowerCase() === 'to')) continue;
    if (verb === 'according') return phraseAt(analysed, entities, sentence, v + 2, false);
    // "…, saying …" and "…, describing …": the subject is the sentence's, further left.
    let k = v - 1;
    while (k >= 0 && (SKIPPABLE.has(lowerWord(sentence[k]!)) || lowerWord(sentence[k]!).endsWith('ly')) && lowerWord(sentence[k]!) !== 'told') k--;
    const subjectEnd = sentence[k];
    if (subjectEnd) {
      const mention = entityEndingAt(entities, subjectEnd.end) ?? entities.find((m) => m.start <= subjectEnd.start && m.end >= subjectEnd.end - 2 && m.end <= subjectEnd.end);
      if (mention) return { kind: 'entity', asWritten: mention.text, start: mention.start, end: mention.end, mention };
      const pronoun = lowerWord(subjectEnd);
      if (pronoun in PRONOUNS) return { kind: 'pronoun', asWritten: subjectEnd.text, start: subjectEnd.start, end: subjectEnd.end };
      // A role ending right before the verb: walk back to its determiner.
      for (let d = k; d >= Math.max(0, k - 6); d--) {
        if (DETERMINERS.has(lowerWord(sentence[d]!))) {
          const role = phraseAt(analysed, entities, sentence, d, true);
          if (role && role.end >= subjectEnd.end - 1) return role;
          break;
        }
      }
    }
    // Otherwise the first person named in the sentence before the verb is its subject.
    const subject = entities.find((m) => m.start >= (sentence[0]?.start ?? 0) && m.end <= sentence[v]!.start && (m.kind === 'person' || m.kind === 'organisation'));
    if (subject) return { kind: 'entity', asWritten: subject.text, start: subject.start, end: subject.end, mention: subject };
    const pronounSubject = sentence.slice(0, v).find((token) => lowerWord(token) in PRONOUNS);
    if (pronounSubject) return { kind: 'pronoun', asWritten: pronounSubject.text, start: pronounSubject.start, end: pronounSubject.end };
    return undefined;
  }
  return undefined;
}

const nameOf = (mention: EntityMention) => (mention.kind === 'person' ? (mention.fullName ?? mention.name) : mention.name);

/** People named before `offset` (outside quotes), most recent last. */
function peopleBefore(entities: readonly EntityMention[], spans: readonly QuoteSpan[], offset: number): EntityMention[] {
  return entities.filter((m) => m.kind === 'person' && m.end <= offset && !spans.some((s) => m.start >= s.start && m.end <= s.end));
}

function resolve(
  analysed: AnalysedText,
  entities: readonly EntityMention[],
  attribution: Attribution,
  span: QuoteSpan,
  spans: readonly QuoteSpan[],
  index: number,
  speakers: ReadonlyArray<SpeakerGuess | undefined> | undefined,
): SpeakerGuess {
  const guess = (resolved: string): SpeakerGuess => ({ asWritten: attribution.asWritten, resolved, range: { start: attribution.start, end: attribution.end } });
  if (attribution.kind === 'entity') return guess(nameOf(attribution.mention!));
  const before = peopleBefore(entities, spans, attribution.start);
  if (attribution.kind === 'pronoun') {
    const gender = PRONOUNS[attribution.asWritten.toLowerCase()];
    const fits = (m: EntityMention) => gender === 'any' || !m.gender || m.gender === gender;
    // The previous quote's speaker, if nobody else was named since.
    const previousIndex = index - 1;
    const previous = spans[previousIndex];
    const previousSpeaker = speakers?.[previousIndex];
    if (previous && previousSpeaker?.resolved && span.paragraph - previous.paragraph <= 1) {
      const namedSince = before.filter((m) => m.start >= previous.end && m.fullName !== previousSpeaker.resolved);
      const speakerMention = before.findLast((m) => nameOf(m) === previousSpeaker.resolved);
      if (namedSince.length === 0 && (!speakerMention || fits(speakerMention))) return guess(previousSpeaker.resolved);
    }
    // Otherwise the subject (first person named) of the latest sentence naming someone who fits.
    const candidates = before.filter(fits);
    const last = candidates[candidates.length - 1];
    if (!last) return guess('');
    const subject = candidates.find((m) => m.sentence === last.sentence)!;
    return guess(nameOf(subject));
  }
  // A role: the person whose title matches its words best; else the person last named.
  if (attribution.indefinite) return guess('');
  const words = attribution.words ?? [];
  const roleNoun = words[words.length - 1] ?? '';
  const modifiers = words.slice(0, -1);
  let best: { mention: EntityMention; score: number } | undefined;
  const titlesOf = new Map<string, Set<string>>();
  for (const mention of before) {
    const key = nameOf(mention);
    const set = titlesOf.get(key) ?? new Set<string>();
    for (const w of (mention.title ?? '').toLowerCase().split(/\s+/)) if (w) set.add(w.replace(/\.$/, ''));
    titlesOf.set(key, set);
  }
  before.forEach((mention) => {
    const titleWords = titlesOf.get(nameOf(mention))!;
    let score = 0;
    if (!GENERIC_ROLES.has(roleNoun) && (titleWords.has(roleNoun) || (roleNoun === 'advisor' && titleWords.has('adviser')) || (roleNoun === 'adviser' && titleWords.has('advisor')))) score += 2;
    for (const modifier of modifiers) if (titleWords.has(modifier)) score += 1;
    if (!GENERIC_ROLES.has(roleNoun) && score > 0 && !titleWords.has(roleNoun)) score = 0;
    if (score > 0 && (!best || score >= best.score)) best = { mention, score };
  });
  if (best) return guess(nameOf(best.mention));
  const last = before[before.length - 1];
  return guess(last ? nameOf(last) : '');
}
