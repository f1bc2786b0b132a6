import { useEffect, useMemo, useState } from 'react';
import type { Fact } from '../../../story/facts/model';
import type { FactStatusMap } from '../../../story/formats/types';
import { useTransport } from '../../api/TransportContext';

/** The open story's facts (as the facts capability keeps them) and, for the overlay, each fact id's status. */
export function useStoryFacts(storyId: string | undefined): { facts: Fact[]; statuses: FactStatusMap } {
  const transport = useTransport();
  const [facts, setFacts] = useState<Fact[]>([]);

  useEffect(() => {
    if (!storyId) return;
    let current = true;
    const load = () =>
      transport.api.listFacts({ storyId }).then(
        (loaded) => current && setFacts(loaded),
        () => current && setFacts([]),
      );
    void load();
    // Statuses change in the facts pane (or another window): read them again.
    const unsubscribe = transport.on.factsChanged(({ storyId: changed }) => changed === storyId && void load());
    return () => {
      current = false;
      unsubscribe();
    };
  }, [transport, storyId]);

  const statuses = useMemo<FactStatusMap>(() => new Map(facts.filter((fact) => !fact.detached).map((fact) => [fact.id, fact.status])), [facts]);
  return { facts: storyId ? facts : [], statuses };
}
