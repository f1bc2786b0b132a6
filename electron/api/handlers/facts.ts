import type { Handlers } from '../dispatch';
import type { CheckService } from '../../services/facts/checkService';
import type { FactService } from '../../services/facts/factService';

type FactMethod =
  | 'listFacts' | 'getFact' | 'createFact' | 'updateFact' | 'attachSource' | 'detachSource' | 'discardFact'
  | 'listDismissedSuggestions' | 'dismissSuggestion' | 'restoreSuggestion' | 'listStoriesWithOpenFacts'
  | 'checkExportGate' | 'overrideExportGate' | 'getFactReport' | 'checkConsistency';

export function factHandlers(facts: FactService, checks: CheckService): Pick<Handlers, FactMethod> {
  return {
    listFacts: ({ storyId }) => facts.list(storyId),
    getFact: ({ factId }) => facts.get(factId),
    createFact: (input) => facts.create(input),
    updateFact: (input) => facts.update(input),
    attachSource: (input) => facts.attachSource(input),
    detachSource: (input) => facts.detachSource(input),
    discardFact: (input) => facts.discard(input),
    listDismissedSuggestions: ({ storyId }) => facts.dismissedSuggestions(storyId),
    dismissSuggestion: (input) => facts.dismissSuggestion(input),
    restoreSuggestion: (input) => facts.restoreSuggestion(input),
    listStoriesWithOpenFacts: () => facts.storiesWithOpenFacts(),
    checkExportGate: ({ storyId }) => checks.gate(storyId),
    overrideExportGate: (input) => checks.override(input),
    getFactReport: (input) => checks.report(input),
    checkConsistency: (input) => checks.consistency(input),
  };
}
