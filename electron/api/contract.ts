/**
 * The API contract: every method the renderer may call, with its input schema,
 * its result type and whether it reads or writes; and every event the main
 * process sends. Electron IPC and browser-mode HTTP are generated from this.
 */
import { z } from 'zod';
import type { Story, StorySummary } from '../../story/model';
import type { DocJSON } from '../../story/document';
import { STORY_STATUSES } from '../../story/model';

export type MethodKind = 'read' | 'write';

export interface MethodDef<I extends z.ZodType, R> {
  kind: MethodKind;
  input: I;
  /** Largest request body accepted over HTTP, in bytes. */
  maxBytes?: number;
  /** Type-only: what the method resolves to. */
  readonly result?: R;
}

const returns =
  <R>() =>
  <I extends z.ZodType>(def: Omit<MethodDef<I, R>, 'result'>): MethodDef<I, R> =>
    def;

const storyId = z.uuid({ error: 'must be a story id' });
const shortText = (max: number) => z.string().max(max, { error: `must be at most ${max} characters` });

/** The shape only; the story schema checks the document itself in the service. */
const docJson = z.custom<DocJSON>(
  (value) =>
    typeof value === 'object' && value !== null && (value as DocJSON).type === 'doc' && Array.isArray((value as DocJSON).content),
  { error: 'must be a document ({"type": "doc", "content": [...]})' },
);

const storyChanges = z.strictObject({
  slug: shortText(120).optional(),
  headline: shortText(500).optional(),
  dek: shortText(2000).optional(),
  byline: shortText(500).optional(),
  dateline: z
    .strictObject({
      place: shortText(200),
      date: z.union([z.literal(''), z.iso.date({ error: 'must be a date (YYYY-MM-DD)' })]),
    })
    .optional(),
  section: shortText(120).optional(),
  status: z.enum(STORY_STATUSES).optional(),
  body: docJson.optional(),
});

export interface LibraryInfo {
  path: string;
  storyCount: number;
  schemaVersion: number;
  mode: 'electron' | 'browser';
}

export interface SaveResult {
  id: string;
  version: number;
  updatedAt: string;
  wordCount: number;
}

export const contract = {
  getLibraryInfo: returns<LibraryInfo>()({ kind: 'read', input: z.strictObject({}) }),
  listStories: returns<StorySummary[]>()({
    kind: 'read',
    input: z.strictObject({
      limit: z.int().min(1).max(1000).default(200),
      offset: z.int().min(0).default(0),
    }),
  }),
  getStory: returns<Story>()({ kind: 'read', input: z.strictObject({ id: storyId }) }),
  createStory: returns<Story>()({
    kind: 'write',
    input: storyChanges.omit({ status: true }),
    maxBytes: 16 * 1024 * 1024,
  }),
  saveStory: returns<SaveResult>()({
    kind: 'write',
    input: z.strictObject({
      id: storyId,
      /** The version the edit was made on; a different stored version is a conflict. */
      baseVersion: z.int().min(1),
      changes: storyChanges,
    }),
    maxBytes: 16 * 1024 * 1024,
  }),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type MethodParams<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer R> ? R : never;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** Commands of the native menu, delivered to the focused window as the `menuCommand` event. */
export const MENU_COMMANDS = ['newStory', 'saveNow', 'findInPane', 'toggleLibrary', 'toggleFacts', 'togglePreview'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Events the main process pushes to every window. */
export const events = {
  menuCommand: z.object({ command: z.enum(MENU_COMMANDS) }),
  libraryChanged: z.object({
    reason: z.enum(['created', 'saved']),
    storyIds: z.array(z.string()),
  }),
  jobProgress: z.object({
    jobId: z.string(),
    label: z.string(),
    done: z.number(),
    total: z.number(),
  }),
} as const;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export const EVENT_NAMES = Object.keys(events) as EventName[];

/** The IPC channel of a method or event; one prefix, so the preload can expose nothing else. */
export const methodChannel = (name: MethodName) => `copydesk:call:${name}`;
export const eventChannel = (name: EventName) => `copydesk:event:${name}`;

/** The API as the renderer holds it: one async function per method, plus one subscriber per event. */
export type CopydeskApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodResult<M>>;
};
export type CopydeskEvents = {
  [E in EventName]: (listener: (payload: EventPayload<E>) => void) => () => void;
};
