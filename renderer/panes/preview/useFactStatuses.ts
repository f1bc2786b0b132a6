import { useMemo } from 'react';
import type { Fact } from '../../../story/facts/model';
import type { FactStatusMap } from '../../../story/formats/types';
import { useStoryFacts as useSharedStoryFacts } from '../../state/storyFacts';

const NONE: Fact[] = [];

/** The open story's facts (the store the facts pane and the editor share) and, for the overlay, each fact id's status. */
export function useStoryFacts(storyId: string | undefined): { facts: Fact[]; statuses: FactStatusMap } {
  const facts = useSharedStoryFacts(storyId).facts ?? NONE;
  const statuses = useMemo<FactStatusMap>(() => new Map(facts.filter((fact) => !fact.detached).map((fact) => [fact.id, fact.status])), [facts]);
  return { facts: storyId ? facts : NONE, statuses };
}
