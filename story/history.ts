/** What can happen to a story, as its history lists it. */
export const STORY_EVENT_KINDS = ['created', 'status', 'correction', 'revision', 'restore', 'import', 'export', 'override', 'trash'] as const;
export type StoryEventKind = (typeof STORY_EVENT_KINDS)[number];

export interface StoryEvent {
  id: number;
  storyId: string;
  at: string;
  kind: StoryEventKind;
  /** What the user wrote (a correction note, the reason for an override), or empty. */
  note: string;
  /** Kind-specific details, e.g. { from: 'draft', to: 'editing' } or { formats: ['html'] }. */
  data: Record<string, unknown>;
}
