import { findDates } from './dates';
import { findEntities, type EntityMention } from './entities';
import { findFigures } from './figures';
import { findQuotes } from './quotes';
import { analyseText } from './tokens';
import { suggestionKey, type SuggestOptions, type Suggestion } from './types';

export interface TextAnalysis {
  suggestions: Suggestion[];
  /** Every name found, with its title and fullest form: the consistency check reads these. */
  entities: EntityMention[];
}

/** Read a story's plain text and suggest the facts in it: quotes with speakers, figures, dates, people, organisations, places. */
export function analyseStoryText(text: string, options: SuggestOptions = {}): TextAnalysis {
  const analysed = analyseText(text);
  const entities = findEntities(analysed);
  const wanted = (kind: Suggestion['kind']) => !options.kinds || options.kinds.includes(kind);
  const suggestions: Suggestion[] = [];
  const push = (suggestion: Omit<Suggestion, 'key' | 'text'>) => {
    const value = text.slice(suggestion.start, suggestion.end);
    suggestions.push({ ...suggestion, text: value, key: suggestionKey(suggestion.kind, value) });
  };

  if (wanted('quote')) {
    for (const quote of findQuotes(analysed, entities)) {
      push({ kind: 'quote', start: quote.start, end: quote.end, quoteType: quote.quoteType, ...(quote.speaker ? { speaker: quote.speaker } : {}) });
    }
  }
  const dates = findDates(text, options.date ? { date: options.date } : {});
  if (wanted('date')) for (const date of dates) push({ kind: 'date', start: date.start, end: date.end, ...(date.resolved ? { resolvedDate: date.resolved } : {}) });
  if (wanted('figure')) for (const figure of findFigures(text, dates)) push({ kind: 'figure', start: figure.start, end: figure.end, ...(figure.unit ? { unit: figure.unit } : {}) });
  for (const mention of entities) {
    if (!wanted(mention.kind)) continue;
    push({
      kind: mention.kind,
      start: mention.start,
      end: mention.end,
      name: mention.kind === 'person' ? (mention.fullName ?? mention.name) : mention.name,
      ...(mention.title ? { title: mention.title } : {}),
    });
  }
  suggestions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { suggestions, entities };
}

export function suggestFacts(text: string, options: SuggestOptions = {}): Suggestion[] {
  return analyseStoryText(text, options).suggestions;
}
