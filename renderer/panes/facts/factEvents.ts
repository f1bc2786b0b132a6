import type { FactKind, FactMeta } from '../../../story/facts/model';

/**
 * Seams between the facts pane and the editor (window events, so neither imports the other).
 *
 * - `copydesk:tag-request` (cancelable): the pane asks to tag [start, end) of the story's plain text
 *   (`plainTextOf(body)`, the same text as `textMapOf(editorDoc).text`) as a fact. The editor claims it
 *   with `preventDefault()`, maps the range with `rangeToPositions`, calls `createFact` and puts a
 *   `fact` mark with the new id on the words. Unclaimed (no editor support yet), the pane creates the
 *   record itself; it then stays detached until the words are tagged in the editor.
 * - `copydesk:reveal-fact`: scroll to and select the words of a fact (click in the list, F8); with
 *   `focus: false` the editor shows the words highlighted and leaves the focus where it is.
 * - `copydesk:reattach-fact` (cancelable): put a detached fact's mark on the words selected in the
 *   editor; claimed (`preventDefault()`) only when there was a selection to mark.
 * - `copydesk:fact-focused`: the editor went to a fact's words (F8 in the story): the pane shows that fact.
 * - `copydesk:walk-facts` (cancelable): F8 / ⇧F8; the pane takes it while its list has the focus,
 *   otherwise the editor walks from its cursor.
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
export const REATTACH_FACT = 'copydesk:reattach-fact';
export const FACT_FOCUSED = 'copydesk:fact-focused';
export const WALK_FACTS = 'copydesk:walk-facts';

export interface RevealRequest {
  factId: string;
  /** Move the keyboard focus to the editor (default true). */
  focus?: boolean;
}

/** True when the editor took the request (and will create the fact and its mark). */
export function requestTag(request: TagRequest): boolean {
  const event = new CustomEvent<TagRequest>(TAG_REQUEST, { detail: request, cancelable: true });
  return !window.dispatchEvent(event);
}

export function revealFact(factId: string, focus = true): void {
  window.dispatchEvent(new CustomEvent<RevealRequest>(REVEAL_FACT, { detail: { factId, focus } }));
}

/** True when the editor put the fact's mark on its selected words. */
export function reattachFact(factId: string): boolean {
  return !window.dispatchEvent(new CustomEvent<{ factId: string }>(REATTACH_FACT, { detail: { factId }, cancelable: true }));
}

export function factFocused(factId: string): void {
  window.dispatchEvent(new CustomEvent<{ factId: string }>(FACT_FOCUSED, { detail: { factId } }));
}

export function openStory(storyId: string): void {
  window.dispatchEvent(new CustomEvent(OPEN_STORY, { detail: { storyId } }));
}

/** True when the facts pane walked its own list (it has the focus). */
export function walkFactsInPane(direction: 'next' | 'previous'): boolean {
  return !window.dispatchEvent(new CustomEvent<{ direction: 'next' | 'previous' }>(WALK_FACTS, { detail: { direction }, cancelable: true }));
}
