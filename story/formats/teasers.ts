import type { RelatedItem } from '../model';
import type { Teaser } from './types';

/** What the library knows of a story a teaser points to. */
export interface TeaserTarget {
  headline: string;
  updatedAt: string;
}

/**
 * The "Read next" teasers as readers see them: a library story shows its current
 * headline (unless the teaser has its own words) and, without a time of its own,
 * when it was last updated. A story no longer in the library keeps what was saved.
 */
export function resolveTeasers(related: readonly RelatedItem[], lookup: (storyId: string) => TeaserTarget | undefined): Teaser[] {
  return related
    .map((item) => {
      const target = item.storyId ? lookup(item.storyId) : undefined;
      const headline = item.headline.trim() || target?.headline.trim() || '';
      const time = item.time ?? target?.updatedAt;
      return { headline, ...(time ? { time } : {}), ...(item.url ? { url: item.url } : {}), ...(item.storyId ? { storyId: item.storyId } : {}) };
    })
    .filter((teaser) => teaser.headline.length > 0);
}
