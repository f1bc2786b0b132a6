import type { FactStatusMap } from '../../../story/formats/types';

const NONE: FactStatusMap = new Map();

/**
 * The status of each fact of the open story, for the preview's overlay.
 * Seam for the facts capability: until fact records exist, every tagged span is
 * shown as unverified (its id has no entry here). The facts engineer returns the
 * story's factId → status map from their store here.
 */
export function useFactStatuses(_storyId: string | undefined): FactStatusMap {
  return NONE;
}
