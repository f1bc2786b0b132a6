import type { FactKind, FactMeta } from '../../../story/facts/model';

/**
 * Seams between the facts pane and the editor (window events, so neither imports the other).
 *
 * - `copydesk:tag-request` (cancelable): the pane asks to tag [start, end) of the story's plain text
 *   (`plainTextOf(body)`, the same text as `textMapOf(editorDoc).text`) as a fact. The editor claims it
 *   with `preventDefault()`, maps the range with `rangeToPositions`, calls `createFact` and puts a
 *   `fact` mark with the new id on the words. Unclaimed (no editor support yet), the pane creates the
 *   record itself; it then stays detached until the words are tagged in the editor.
 * - `copydesk:reveal-fact`: scroll to and select the words of a fact (click in the list, F8).
 * - `copydesk:open-story`: open another story (a consistency warning's link).
 */
export interface TagRequest {
  storyId: string;
  kind: FactKind;
  start: number;
  end: number;
  text: string;
  context: string;
  attribution: string;
  meta: FactMeta;
}

export const TAG_REQUEST = 'copydesk:tag-request';
export const REVEAL_FACT = 'copydesk:reveal-fact';
export const OPEN_STORY = 'copydesk:open-story';

/** True when the editor took the request (and will create the fact and its mark). */
export function requestTag(request: TagRequest): boolean {
  const event = new CustomEvent<TagRequest>(TAG_REQUEST, { detail: request, cancelable: true });
  return !window.dispatchEvent(event);
}

export function revealFact(factId: string): void {
  window.dispatchEvent(new CustomEvent(REVEAL_FACT, { detail: { factId } }));
}

export function openStory(storyId: string): void {
  window.dispatchEvent(new CustomEvent(OPEN_STORY, { detail: { storyId } }));
}
