import type { Fact } from '../facts/model';
import type { FigureMention, NameMention, QuoteMention, StoryMentions } from './consistency';
import type { TextAnalysis } from './suggest';

/** The sentence around an offset: from the previous sentence end or line break to the next. */
export function sentenceAround(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const start = Math.max(before.search(/[^.!?\n]*$/), 0);
  const rest = text.slice(offset);
  const stop = rest.search(/[.!?](?=\s|$)|\n/);
  return text.slice(start, stop < 0 ? text.length : offset + stop + 1).trim();
}

/** What a story's text says, for the consistency check: names as written with titles, quotes with speakers, figures with their sentence. */
export function mentionsFromAnalysis(storyId: string, text: string, analysis: TextAnalysis, storyHeadline?: string): StoryMentions {
  const where = { storyId, ...(storyHeadline ? { storyHeadline } : {}) };
  const names: NameMention[] = analysis.entities.map((m) => ({ ...where, kind: m.kind, name: m.name, ...(m.title ? { title: m.title } : {}) }));
  const quotes: QuoteMention[] = analysis.suggestions.filter((s) => s.kind === 'quote').map((s) => ({ ...where, words: s.text, speaker: s.speaker?.resolved ?? '' }));
  const figures: FigureMention[] = analysis.suggestions
    .filter((s) => s.kind === 'figure')
    .map((s) => ({ ...where, text: s.text, context: sentenceAround(text, s.start), ...(s.unit ? { unit: s.unit } : {}) }));
  return { names, quotes, figures };
}

const TITLE_SPLIT = /^(.*\b(?:President|Secretary|Minister|Adviser|Advisor|Director|Envoy|Ambassador|Governor|Senator|Mayor|Chancellor|Chief|General|Judge|Spokesman|Spokeswoman|Spokesperson|Commissioner|Chairman|Chairwoman|Leader|Premier|King|Queen)(?: of(?: [A-Z][\w.]*)+)?)\s+((?:[A-Z][\w.'’-]*\s?){1,4})$/;

/** What accepted facts say: names (with titles) of person/organisation/place facts, quotes with their attribution, figures with their sentence. */
export function mentionsFromFacts(facts: readonly Fact[], headlines: ReadonlyMap<string, string> = new Map()): StoryMentions {
  const names: NameMention[] = [];
  const quotes: QuoteMention[] = [];
  const figures: FigureMention[] = [];
  for (const fact of facts) {
    if (fact.status === 'removed') continue;
    const headline = headlines.get(fact.storyId);
    const where = { storyId: fact.storyId, ...(headline ? { storyHeadline: headline } : {}) };
    const words = fact.currentText ?? fact.text;
    if (fact.kind === 'person' || fact.kind === 'organisation' || fact.kind === 'place') {
      let name = fact.meta?.name ?? words;
      let title = fact.meta?.title;
      if (fact.kind === 'person' && !fact.meta?.title) {
        const split = words.match(TITLE_SPLIT);
        if (split) {
          title = split[1]!;
          name = split[2]!.trim();
        }
      }
      names.push({ ...where, kind: fact.kind, name: fact.kind === 'person' && fact.meta?.title ? words.slice(words.indexOf(fact.meta.title) + fact.meta.title.length).trim() || name : name, ...(title ? { title } : {}) });
    }
    if (fact.kind === 'quote') quotes.push({ ...where, words, speaker: fact.attribution });
    if (fact.kind === 'figure') figures.push({ ...where, text: words, context: fact.context ?? '', ...(fact.meta?.unit ? { unit: fact.meta.unit } : {}) });
    if ((fact.kind === 'quote' || fact.kind === 'claim') && fact.attribution) names.push({ ...where, kind: 'person', name: fact.attribution });
  }
  return { names, quotes, figures };
}
