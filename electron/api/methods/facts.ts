import { z } from 'zod';
import type { ConsistencyWarning } from '../../../story/analysis/consistency';
import type { GateResult } from '../../../story/facts/gate';
import { FACT_KINDS, FACT_STATUSES, type Fact } from '../../../story/facts/model';
import type { StoryEvent } from '../../../story/history';
import { returns } from '../methodDef';
import { shortText, storyId } from './stories';

export const factId = z.uuid({ error: 'must be a fact id' });
export const sourceId = z.uuid({ error: 'must be a source id' });

const factMeta = z.strictObject({
  name: shortText(300).optional(),
  title: shortText(300).optional(),
  speakerAsWritten: shortText(300).optional(),
  resolvedDate: z.string().regex(/^\d{4}-\d{2}-\d{2}(?:\/\d{4}-\d{2}-\d{2})?$/, { error: 'must be YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD' }).optional(),
  unit: shortText(100).optional(),
  quoteType: z.enum(['direct', 'partial']).optional(),
});

const mentionLists = z.strictObject({
  names: z.array(z.strictObject({ kind: z.enum(['person', 'organisation', 'place']), name: shortText(300), title: shortText(300).optional() })).max(2000),
  quotes: z.array(z.strictObject({ words: shortText(5000), speaker: shortText(300) })).max(1000),
  figures: z.array(z.strictObject({ text: shortText(300), context: shortText(3000), unit: shortText(100).optional() })).max(2000),
});

export interface FactCountsRow {
  storyId: string;
  total: number;
  unverified: number;
  open: number;
}

export interface FactReportFile {
  format: string;
  fileName: string;
  mimeType: string;
  content: string;
}

export const factMethods = {
  /** A story's facts in document order, detached ones last. */
  listFacts: returns<Fact[]>()({ kind: 'read', input: z.strictObject({ storyId }) }),
  getFact: returns<Fact>()({ kind: 'read', input: z.strictObject({ factId }) }),
  /** Tag words as a fact; the editor then puts a `fact` mark with the returned id on them. */
  createFact: returns<Fact>()({
    kind: 'write',
    input: z.strictObject({
      storyId,
      kind: z.enum(FACT_KINDS),
      text: z.string().trim().min(1, { error: 'must not be empty' }).max(5000, { error: 'must be at most 5000 characters' }),
      context: shortText(3000).optional(),
      attribution: shortText(300).optional(),
      note: shortText(5000).optional(),
      sourceIds: z.array(sourceId).max(50).optional(),
      meta: factMeta.optional(),
    }),
  }),
  /** Set the status (recording the checker and the time), attribution or note. */
  updateFact: returns<Fact>()({
    kind: 'write',
    input: z
      .strictObject({ factId, status: z.enum(FACT_STATUSES).optional(), attribution: shortText(300).optional(), note: shortText(5000).optional() })
      .refine((input) => input.status !== undefined || input.attribution !== undefined || input.note !== undefined, { error: 'must change status, attribution or note' }),
  }),
  attachSource: returns<Fact>()({ kind: 'write', input: z.strictObject({ factId, sourceId }) }),
  detachSource: returns<Fact>()({ kind: 'write', input: z.strictObject({ factId, sourceId }) }),
  /** Discard a detached fact on purpose (a fact still in the draft is refused). */
  discardFact: returns<{ discarded: string }>()({ kind: 'write', input: z.strictObject({ factId }) }),
  /** Keys of the suggestions dismissed in this story. */
  listDismissedSuggestions: returns<string[]>()({ kind: 'read', input: z.strictObject({ storyId }) }),
  dismissSuggestion: returns<string[]>()({ kind: 'write', input: z.strictObject({ storyId, key: z.string().min(1).max(2000, { error: 'must be at most 2000 characters' }) }) }),
  restoreSuggestion: returns<string[]>()({ kind: 'write', input: z.strictObject({ storyId, key: z.string().min(1).max(2000, { error: 'must be at most 2000 characters' }) }) }),
  /** The library's "has unverified facts" filter: stories with facts still to check, with counts. */
  listStoriesWithOpenFacts: returns<FactCountsRow[]>()({ kind: 'read', input: z.strictObject({}) }),
  /** The export gate: what stands between the story and "ready" or a final export. */
  checkExportGate: returns<GateResult>()({ kind: 'read', input: z.strictObject({ storyId }) }),
  /** Go on despite the gate; the note is recorded in the story's history. */
  overrideExportGate: returns<{ event: StoryEvent; gate: GateResult }>()({
    kind: 'write',
    input: z.strictObject({
      storyId,
      action: z.enum(['export', 'ready']),
      note: z.string().trim().min(1, { error: 'must say why (it is recorded in the story history)' }).max(2000, { error: 'must be at most 2000 characters' }),
      formats: z.array(shortText(40)).max(20).optional(),
    }),
  }),
  /** The fact-check report: CSV, JSON, or schema.org ClaimReview JSON-LD for claims with a verdict. */
  getFactReport: returns<FactReportFile>()({
    kind: 'read',
    input: z.strictObject({
      storyId,
      format: z.enum(['csv', 'json', 'claimreview']),
      url: z.url({ protocol: /^https?$/, error: 'must be the http(s) address of the published story' }).optional(),
      reviewer: z.strictObject({ type: z.enum(['Organization', 'Person']), name: shortText(200) }).optional(),
    }),
  }),
  /** Consistency warnings for a story against the library; `mentions` are what the suggesters read in the live draft. */
  checkConsistency: returns<ConsistencyWarning[]>()({ kind: 'read', input: z.strictObject({ storyId, mentions: mentionLists.optional() }), maxBytes: 4 * 1024 * 1024 }),
};
