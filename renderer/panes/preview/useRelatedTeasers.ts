import { useEffect, useMemo, useState } from 'react';
import type { RelatedItem } from '../../../story/model';
import { resolveTeasers, type TeaserTarget } from '../../../story/formats/teasers';
import type { Teaser } from '../../../story/formats/types';
import { useApi } from '../../api/TransportContext';

/** "Read next" teasers as the export resolves them: library stories looked up once each. */
export function useRelatedTeasers(related: readonly RelatedItem[] | undefined): Teaser[] {
  const api = useApi();
  const [targets, setTargets] = useState<ReadonlyMap<string, TeaserTarget | null>>(new Map());
  const wanted = useMemo(() => [...new Set((related ?? []).map((item) => item.storyId).filter((id): id is string => Boolean(id)))], [related]);

  useEffect(() => {
    const missing = wanted.filter((id) => !targets.has(id));
    if (missing.length === 0) return;
    let current = true;
    void Promise.all(
      missing.map((id) =>
        api.getStory({ id }).then(
          (story): [string, TeaserTarget | null] => [id, { headline: story.headline, updatedAt: story.updatedAt }],
          (): [string, TeaserTarget | null] => [id, null],
        ),
      ),
    ).then((found) => current && setTargets((previous) => new Map([...previous, ...found])));
    return () => {
      current = false;
    };
  }, [api, wanted, targets]);

  return useMemo(() => resolveTeasers(related ?? [], (id) => targets.get(id) ?? undefined), [related, targets]);
}
