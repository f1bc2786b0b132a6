import crypto from 'node:crypto';
import type { Db } from '../../../db/handle';
import * as factsDb from '../../../db/facts';
import { getSource } from '../../../db/sources';
import { getStory } from '../../../db/stories';
import type { DocJSON } from '../../../story/document';
import { factSpansOf } from '../../../story/facts/marks';
import type { Fact, FactMeta } from '../../../story/facts/model';
import { reconcileFacts } from '../../../story/facts/reconcile';
import { nameInWords } from '../../../story/analysis/entities';
import type { MethodParams } from '../../api/contract';
import { AppError } from '../../api/errors';
import type { EventBus } from '../../core/eventBus';
import type { SettingsService } from '../settingsService';
import type { EntityService } from './entityService';

export interface FactServiceDeps {
  db: Db;
  events: EventBus;
  settings: SettingsService;
  entities: EntityService;
  now?: () => Date;
}

/** Facts pinned to a story: created when the writer tags words, checked, sourced, kept in step with the body on every save. */
export function createFactService({ db, events, settings, entities, now = () => new Date() }: FactServiceDeps) {
  const timestamp = () => now().toISOString();

  function requireStory(storyId: string) {
    const story = getStory(db, storyId);
    if (!story) throw new AppError('not_found', `There is no story with id ${storyId}; it may have been deleted.`);
    return story;
  }

  function requireFact(factId: string): Fact {
    const fact = factsDb.getFact(db, factId);
    if (!fact) throw new AppError('not_found', `There is no fact with id ${factId}; it may have been discarded.`);
    return fact;
  }

  const changed = (storyId: string) => events.emit('factsChanged', { storyId });

  /** A verdict, or a new source, is recorded with the checker's name (the `checkerName` setting) and the time. */
  const checker = () => settings.get().checkerName;

  return {
    list(storyId: string): Fact[] {
      requireStory(storyId);
      return factsDb.listFacts(db, storyId);
    },

    get: requireFact,

    /** Tag words of a story as a fact. The editor puts a `fact` mark with the returned id on the words. */
    create(input: MethodParams<'createFact'>): Fact {
      const at = timestamp();
      const id = crypto.randomUUID();
      const fact = db.transaction(() => {
        const story = requireStory(input.storyId);
        const meta: FactMeta = Object.fromEntries(Object.entries(input.meta ?? {}).filter(([, v]) => v !== undefined && v !== ''));
        const named = input.kind === 'person' || input.kind === 'organisation' || input.kind === 'place' ? input.kind : undefined;
        // Words tagged by hand carry no suggester's reading: find the name (and title) in them.
        const found = named && !meta.name ? nameInWords(input.text, named) : undefined;
        if (found) Object.assign(meta, found.title && !meta.title ? { name: found.name, title: found.title } : { name: found.name });
        factsDb.insertFact(db, {
          id,
          storyId: input.storyId,
          kind: input.kind,
          text: input.text,
          context: input.context ?? '',
          status: 'unverified',
          attribution: input.attribution ?? '',
          note: input.note ?? '',
          meta,
          at,
        });
        for (const sourceId of input.sourceIds ?? []) {
          if (!getSource(db, sourceId)) throw new AppError('not_found', `There is no source with id ${sourceId}.`);
          factsDb.linkSource(db, id, sourceId, at);
        }
        if ((input.sourceIds ?? []).length > 0) factsDb.updateFact(db, id, { status: 'sourced' }, at);
        // People, organisations and places join the registry as they are accepted.
        if (named && meta.name) {
          entities.learn({ kind: named, name: meta.name, ...(meta.title ? { title: meta.title } : {}), date: story.dateline.date || at.slice(0, 10) });
        }
        return requireFact(id);
      }).immediate();
      changed(input.storyId);
      return fact;
    },

    /** Change a fact's status, attribution or note. Setting a status records who checked it and when; verifying again clears "needs re-check" and takes the current words as the verified ones. */
    update(input: MethodParams<'updateFact'>): Fact {
      const at = timestamp();
      const fact = db.transaction(() => {
        const current = requireFact(input.factId);
        const changes: factsDb.FactChanges = {};
        if (input.attribution !== undefined) changes.attribution = input.attribution;
        if (input.note !== undefined) changes.note = input.note;
        if (input.status !== undefined) {
          changes.status = input.status;
          changes.checkedBy = checker();
          changes.checkedAt = at;
          if (input.status === 'verified') {
            changes.text = current.currentText ?? current.text;
            changes.needsRecheck = false;
          }
        }
        factsDb.updateFact(db, current.id, changes, at);
        return requireFact(current.id);
      }).immediate();
      changed(fact.storyId);
      return fact;
    },

    attachSource({ factId, sourceId }: { factId: string; sourceId: string }): Fact {
      const at = timestamp();
      const fact = db.transaction(() => {
        const current = requireFact(factId);
        if (!getSource(db, sourceId)) throw new AppError('not_found', `There is no source with id ${sourceId}.`);
        factsDb.linkSource(db, factId, sourceId, at);
        // A source on an unchecked fact: "sourced", not yet confirmed.
        if (current.status === 'unverified') factsDb.updateFact(db, factId, { status: 'sourced', checkedBy: checker(), checkedAt: at }, at);
        else factsDb.updateFact(db, factId, {}, at);
        return requireFact(factId);
      }).immediate();
      changed(fact.storyId);
      return fact;
    },

    detachSource({ factId, sourceId }: { factId: string; sourceId: string }): Fact {
      const at = timestamp();
      const fact = db.transaction(() => {
        const current = requireFact(factId);
        if (!factsDb.unlinkSource(db, factId, sourceId)) throw new AppError('not_found', `That source is not attached to this fact.`);
        const remaining = requireFact(factId);
        if (current.status === 'sourced' && remaining.sourceIds.length === 0) factsDb.updateFact(db, factId, { status: 'unverified' }, at);
        return requireFact(factId);
      }).immediate();
      changed(fact.storyId);
      return fact;
    },

    /** Discard a fact on purpose. Only a detached one: a fact still in the draft is untagged in the editor first. */
    discard({ factId }: { factId: string }): { discarded: string } {
      const fact = requireFact(factId);
      if (!fact.detached) {
        throw new AppError('conflict', `This fact is still in the draft (“${(fact.currentText ?? fact.text).slice(0, 60)}”): remove its tag in the editor first, or mark it “removed”.`);
      }
      factsDb.deleteFact(db, factId);
      changed(fact.storyId);
      return { discarded: factId };
    },

    /**
     * Keep a story's facts in step with its body; called inside the story save's transaction.
     * Facts whose marks vanished are detached (never deleted), those whose marks came back are
     * re-attached, changed words of a verified fact ask for a re-check.
     */
    reconcileWithBody(storyId: string, body: DocJSON, at: string): number {
      const facts = factsDb.listFacts(db, storyId);
      if (facts.length === 0) return 0;
      const updates = reconcileFacts(facts, factSpansOf(body));
      for (const { factId, ...changes } of updates) factsDb.updateFact(db, factId, changes, at);
      return updates.length;
    },

    dismissSuggestion({ storyId, key }: { storyId: string; key: string }): string[] {
      requireStory(storyId);
      factsDb.dismissSuggestion(db, storyId, key, timestamp());
      return factsDb.listDismissedSuggestions(db, storyId);
    },

    restoreSuggestion({ storyId, key }: { storyId: string; key: string }): string[] {
      requireStory(storyId);
      factsDb.restoreSuggestion(db, storyId, key);
      return factsDb.listDismissedSuggestions(db, storyId);
    },

    dismissedSuggestions(storyId: string): string[] {
      requireStory(storyId);
      return factsDb.listDismissedSuggestions(db, storyId);
    },

    /** The library's "has unverified facts" filter: stories with facts still to check, and how many. */
    storiesWithOpenFacts() {
      return factsDb.storiesWithOpenFacts(db);
    },
  };
}

export type FactService = ReturnType<typeof createFactService>;
