/**
 * The API contract: every method the renderer may call (name, input schema,
 * result type, read or write), gathered from one module per domain under
 * methods/, and every event the main process sends. Electron IPC and
 * browser-mode HTTP are both generated from this.
 *
 * Method modules import only zod and story/ (the renderer type-checks them).
 */
import { z } from 'zod';
import type { MethodDef } from './methodDef';
import type { Settings } from '../../story/settings';
import type { FactKind } from '../../story/facts/model';
import { exportMethods } from './methods/export';
import { importingMethods } from './methods/importing';
import { jobMethods } from './methods/jobs';
import { libraryMethods } from './methods/library';
import { settingsMethods } from './methods/settings';
import { storyMethods } from './methods/stories';
import { factMethods } from './methods/facts';
import { sourceMethods } from './methods/sources';
import { entityMethods } from './methods/entities';
import { libraryQueryMethods } from './methods/libraryQuery';
import { workflowMethods } from './methods/workflow';
import { revisionMethods } from './methods/revisions';
import { trashMethods } from './methods/trash';
import { backupMethods } from './methods/backups';
import { importMethods } from './methods/import';
import type { ImportReport } from '../../story/importReport';

export type { MethodDef, MethodKind } from './methodDef';
export { DEFAULT_MAX_BYTES } from './methodDef';
export type { LibraryInfo } from './methods/library';
export type { SaveResult } from './methods/stories';
export type { ExportCapabilities, ExportPlan, ExportResult, FolderListing, PlannedFile } from './methods/export';
export type { FactCountsRow, FactReportFile } from './methods/facts';
export type { StoryWorkflow } from './methods/workflow';
export type { BackupsOverview, LibraryCheckResult } from './methods/backups';
export { IMPORT_CHUNK_BYTES } from './methods/import';

export const contract = {
  ...libraryMethods,
  ...storyMethods,
  ...settingsMethods,
  ...jobMethods,
  ...exportMethods,
  ...factMethods,
  ...sourceMethods,
  ...entityMethods,
  ...importingMethods,
  ...libraryQueryMethods,
  ...workflowMethods,
  ...revisionMethods,
  ...trashMethods,
  ...backupMethods,
  ...importMethods,
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
/** What a caller sends (defaults not yet applied). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler receives (validated, defaults applied). */
export type MethodParams<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodResult<M extends MethodName> = Contract[M] extends MethodDef<z.ZodType, infer R> ? R : never;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

/** Commands of the native menu, delivered to the focused window as the `menuCommand` event. */
export const MENU_COMMANDS = [
  'newStory', 'saveNow', 'findInPane', 'toggleLibrary', 'toggleFacts', 'togglePreview',
  // The drafting editor (issue 4).
  'findReplace', 'showShortcuts', 'toggleFocusMode', 'toggleTypewriter', 'toggleTheme',
  // Facts (issue 5): tag the selection as each kind (FACT_TAG_COMMANDS), walk the facts still to check.
  'tagClaim', 'tagQuote', 'tagFigure', 'tagDate', 'tagPerson', 'tagOrganisation', 'tagPlace', 'nextUnverifiedFact', 'previousUnverifiedFact',
  // Preview and export (issue 6).
  'exportStory',
  // The library (issue 3): the browser-mode import shortcut, backups, the story drawer.
  'importFiles', 'showBackups', 'toggleStoryDetails', 'showVersions',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const FACT_TAG_COMMANDS: Readonly<Record<FactKind, MenuCommand>> = {
  claim: 'tagClaim', quote: 'tagQuote', figure: 'tagFigure', date: 'tagDate', person: 'tagPerson', organisation: 'tagOrganisation', place: 'tagPlace',
};

/** Events the main process pushes to every window. */
export const events = {
  menuCommand: z.object({ command: z.enum(MENU_COMMANDS) }),
  libraryChanged: z.object({
    reason: z.enum(['created', 'saved', 'imported', 'trashed', 'restored', 'deleted']),
    storyIds: z.array(z.string()),
  }),
  /** A long job's progress; the last event of a job has a state other than running. */
  jobProgress: z.object({
    jobId: z.string(),
    label: z.string(),
    done: z.number(),
    total: z.number(),
    state: z.enum(['running', 'done', 'failed', 'cancelled']),
    message: z.string().optional(),
  }),
  settingsChanged: z.custom<Settings>(),
  /** A story's facts changed (created, checked, sourced, discarded): the facts pane reloads. */
  factsChanged: z.object({ storyId: z.string() }),
  /** An import ended (finished or cancelled): its report. */
  importFinished: z.custom<ImportReport>(),
  /** The background check found the open library damaged: it was moved aside and the core is in recovery. */
  libraryDamaged: z.object({ problem: z.string() }),
  /** Electron only: whether assistive technology (a screen reader) is in use; sent as each window loads and when it changes. */
  assistiveTechnology: z.object({ active: z.boolean() }),
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
