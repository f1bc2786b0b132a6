import type { Db } from '../../../db/handle';
import * as factsDb from '../../../db/facts';
import { getSources } from '../../../db/sources';
import { getStory } from '../../../db/stories';
import { listEntities } from '../../../db/entities';
import { listStoryEvents, recordStoryEvent } from '../../../db/storyEvents';
import { checkConsistency, type ConsistencyWarning, type StoryMentions } from '../../../story/analysis/consistency';
import { mentionsFromFacts } from '../../../story/analysis/mentions';
import { exportGate, overrideCovers, type GateResult, type OverriddenBlocker } from '../../../story/facts/gate';
import { claimReviewJsonLd, factReport, factReportCsv, factReportJson } from '../../../story/facts/report';
import type { StoryEvent } from '../../../story/history';
import type { Story } from '../../../story/model';
import type { MethodParams } from '../../api/contract';
import { AppError } from '../../api/errors';
import type { EntityService } from './entityService';

export interface CheckServiceDeps {
  db: Db;
  entities: EntityService;
  now?: () => Date;
}

/** What reads a story's facts as a whole: the export gate and its override, the fact-check report, the consistency check. */
export function createCheckService({ db, entities, now = () => new Date() }: CheckServiceDeps) {
  const timestamp = () => now().toISOString();

  function requireStory(storyId: string): Story {
    const story = getStory(db, storyId);
    if (!story) throw new AppError('not_found', `There is no story with id ${storyId}; it may have been deleted.`);
    return story;
  }

  function gate(storyId: string): GateResult {
    const story = requireStory(storyId);
    return exportGate(story.id, factsDb.listFacts(db, story.id), story.body);
  }

  return {
    /**
     * The export gate: every unverified, disputed, false, detached or changed-since-verified fact and every TK.
     * `clear` means the story may be exported as final (or moved to "ready") without an override.
     */
    gate,

    /**
     * Go on despite the gate: the writer's reason is recorded in the story's history (kind "override")
     * with what was outstanding. Refused when the note is blank; returns the recorded event.
     */
    override(input: MethodParams<'overrideExportGate'>): { event: StoryEvent; gate: GateResult } {
      const note = input.note.trim();
      if (note === '') throw new AppError('invalid_input', 'overrideExportGate: note must say why the story goes on with open facts or TKs.');
      return db.transaction(() => {
        const result = gate(input.storyId);
        const event = recordStoryEvent(db, {
          storyId: input.storyId,
          at: timestamp(),
          kind: 'override',
          note,
          data: {
            action: input.action,
            ...(input.formats ? { formats: input.formats } : {}),
            summary: result.summary,
            blockers: result.blockers.map((b) => (b.type === 'tk' ? { type: 'tk', note: b.note } : { type: 'fact', factId: b.factId, reason: b.reason })),
          },
        });
        return { event, gate: result };
      }).immediate();
    },

    /**
     * For the move to "ready": throws `conflict` with the gate in `details` unless the gate is clear or the
     * story's latest "ready" override still covers what is open (see overrideCovers).
     */
    assertReadyAllowed(storyId: string): void {
      const result = gate(storyId);
      if (result.clear) return;
      const lastOverride = listStoryEvents(db, storyId)
        .filter((event) => event.kind === 'override' && event.data.action === 'ready')
        .at(-1);
      const overridden = Array.isArray(lastOverride?.data.blockers) ? (lastOverride.data.blockers as OverriddenBlocker[]) : undefined;
      if (overridden && overrideCovers(result, overridden)) return;
      throw new AppError('conflict', `This story is not ready: ${result.summary}. Check them, or override with a note.`, { gate: result });
    },

    report(input: MethodParams<'getFactReport'>): { format: string; fileName: string; mimeType: string; content: string } {
      const story = requireStory(input.storyId);
      const facts = factsDb.listFacts(db, story.id);
      const base = story.slug || story.id;
      if (input.format === 'claimreview') {
        const reviews = claimReviewJsonLd(story, facts, { url: input.url ?? `urn:uuid:${story.id}`, ...(input.reviewer ? { reviewer: input.reviewer } : {}) });
        return { format: input.format, fileName: `${base}-claimreview.jsonld`, mimeType: 'application/ld+json', content: `${JSON.stringify(reviews, null, 2)}\n` };
      }
      const report = factReport(story, facts, getSources(db, [...new Set(facts.flatMap((f) => f.sourceIds))]), timestamp());
      return input.format === 'csv'
        ? { format: 'csv', fileName: `${base}-facts.csv`, mimeType: 'text/csv', content: factReportCsv(report) }
        : { format: 'json', fileName: `${base}-facts.json`, mimeType: 'application/json', content: factReportJson(report) };
    },

    /**
     * Warnings for a story against the library: variant names and titles, figures and quotes that differ.
     * The story's own facts always count; `mentions` (names, quotes, figures the renderer read in the live
     * draft with the suggesters) widen the check to words not yet tagged.
     */
    consistency(input: MethodParams<'checkConsistency'>): ConsistencyWarning[] {
      const story = requireStory(input.storyId);
      const headlines = new Map<string, string>();
      const others = factsDb.listFactsOfKindsOutside(db, story.id, ['person', 'quote', 'claim', 'figure']);
      for (const storyId of new Set(others.map((f) => f.storyId))) headlines.set(storyId, getStory(db, storyId)?.headline ?? '');
      const own = mentionsFromFacts(factsDb.listFacts(db, story.id));
      const given = input.mentions;
      const here: StoryMentions = {
        names: [...own.names, ...(given?.names ?? []).map((n) => ({ ...n, storyId: story.id }))],
        quotes: [...own.quotes, ...(given?.quotes ?? []).map((q) => ({ ...q, storyId: story.id }))],
        figures: [...own.figures, ...(given?.figures ?? []).map((f) => ({ ...f, storyId: story.id }))],
      };
      return checkConsistency(story.id, here, mentionsFromFacts(others, headlines), { correct: entities.correctSpellings(), registry: listEntities(db) });
    },
  };
}

export type CheckService = ReturnType<typeof createCheckService>;
