import type { FactKind } from '../facts/model';

/** A half-open character range [start, end) in the analysed text (UTF-16 code units, as JavaScript indexes strings). */
export interface TextRange {
  start: number;
  end: number;
}

export interface SpeakerGuess {
  /** The words that name the speaker where the quote is attributed ("he", "the Ukrainian president", "Trump"). */
  asWritten: string;
  /** The person they refer to, by the fullest name the text gives ("Donald Trump"); empty when unresolved. */
  resolved: string;
  /** Where `asWritten` stands in the text, if it is in the text. */
  range?: TextRange;
}

/** A span the writer may want to tag as a fact. */
export interface Suggestion extends TextRange {
  kind: FactKind;
  /** Exactly text.slice(start, end). */
  text: string;
  /** Remembered when dismissed: stable across edits that do not touch the words. */
  key: string;
  /** quote: direct (a whole statement) or partial (a fragment inside the writer's sentence). */
  quoteType?: 'direct' | 'partial';
  speaker?: SpeakerGuess;
  /** person: the title written with the name ("Defense Secretary"); the name alone in `name`. */
  title?: string;
  /** person, organisation, place: the name without title, possessive or punctuation; person: fullest form in the text. */
  name?: string;
  /** date: the calendar date (YYYY-MM-DD) or range (YYYY-MM-DD/YYYY-MM-DD) it refers to, when it can be resolved. */
  resolvedDate?: string;
  /** figure: what is counted or measured ("year sentence", "people"), when the words say it. */
  unit?: string;
}

export interface SuggestOptions {
  /** The dateline date (YYYY-MM-DD) against which weekday names and "yesterday" are resolved. */
  date?: string;
  /** Limit to these kinds. */
  kinds?: readonly FactKind[];
}

export function suggestionKey(kind: FactKind, text: string): string {
  return `${kind}:${text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}
