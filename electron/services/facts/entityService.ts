import crypto from 'node:crypto';
import type { Db } from '../../../db/handle';
import * as registry from '../../../db/entities';
import type { EntityKind, RegistryEntity } from '../../../story/facts/registry';
import { fold } from '../../../story/analysis/nameVariants';
import type { MethodParams } from '../../api/contract';
import { AppError } from '../../api/errors';

/** The registry of people, organisations and places: built from accepted facts, edited in its own view. */
export function createEntityService({ db, now = () => new Date() }: { db: Db; now?: () => Date }) {
  const timestamp = () => now().toISOString();

  function requireEntity(id: string): RegistryEntity {
    const entity = registry.getEntity(db, id);
    if (!entity) throw new AppError('not_found', `There is no registry entry with id ${id}.`);
    return entity;
  }

  function refuseDuplicate(kind: EntityKind, name: string, except?: string): void {
    const existing = registry.findEntityByName(db, kind, name);
    if (existing && existing.id !== except) throw new AppError('conflict', `“${name}” is already in the registry (as ${existing.name}).`);
  }

  return {
    list(kind?: EntityKind): RegistryEntity[] {
      return registry.listEntities(db, kind);
    },

    get: requireEntity,

    /** A name from an accepted fact: added to the registry if new, its title recorded from the story's date. */
    learn({ kind, name, title, date }: { kind: EntityKind; name: string; title?: string; date: string }): RegistryEntity {
      const clean = name.trim();
      let entity = registry.findEntityByName(db, kind, clean);
      if (!entity) {
        const id = crypto.randomUUID();
        registry.insertEntity(db, { id, kind, name: clean, note: '' }, timestamp());
        entity = requireEntity(id);
      }
      if (title && kind === 'person' && !entity.titles.some((t) => t.title.toLowerCase() === title.toLowerCase() && t.to === null)) {
        // Only a first title is learnt; a different one is the consistency check's business, not an automatic change.
        if (entity.titles.length === 0) registry.addTitle(db, entity.id, { title, from: date, to: null });
      }
      return requireEntity(entity.id);
    },

    create(input: MethodParams<'createEntity'>): RegistryEntity {
      const at = timestamp();
      const id = crypto.randomUUID();
      return db.transaction(() => {
        refuseDuplicate(input.kind, input.name);
        registry.insertEntity(db, { id, kind: input.kind, name: input.name.trim(), note: input.note ?? '' }, at);
        for (const alias of input.aliases ?? []) registry.upsertAlias(db, id, alias.trim(), false);
        for (const title of input.titles ?? []) registry.addTitle(db, id, { title: title.title, from: title.from ?? null, to: title.to ?? null });
        return requireEntity(id);
      }).immediate();
    },

    update(input: MethodParams<'updateEntity'>): RegistryEntity {
      const at = timestamp();
      return db.transaction(() => {
        const entity = requireEntity(input.id);
        if (input.name !== undefined) refuseDuplicate(entity.kind, input.name, entity.id);
        registry.updateEntity(db, entity.id, { ...(input.name !== undefined ? { name: input.name.trim() } : {}), ...(input.note !== undefined ? { note: input.note } : {}) }, at);
        for (const alias of input.addAliases ?? []) registry.upsertAlias(db, entity.id, alias.trim(), false);
        for (const alias of input.removeAliases ?? []) registry.removeAlias(db, entity.id, alias);
        for (const title of input.addTitles ?? []) registry.addTitle(db, entity.id, { title: title.title, from: title.from ?? null, to: title.to ?? null });
        for (const titleId of input.removeTitles ?? []) registry.removeTitle(db, entity.id, titleId);
        return requireEntity(entity.id);
      }).immediate();
    },

    remove({ id }: { id: string }): { removed: string } {
      requireEntity(id);
      registry.deleteEntity(db, id);
      return { removed: id };
    },

    /**
     * "Mark as correct": this spelling is right and raises no variant warning again. Kept as an alias of
     * the entity named (or of the entity that already knows the spelling; a new entry otherwise).
     */
    markCorrect({ kind, spelling, entityId }: { kind: EntityKind; spelling: string; entityId?: string | undefined }): RegistryEntity {
      const clean = spelling.trim();
      return db.transaction(() => {
        const entity = entityId ? requireEntity(entityId) : registry.findEntityByName(db, kind, clean);
        if (!entity) {
          const id = crypto.randomUUID();
          registry.insertEntity(db, { id, kind, name: clean, note: '' }, timestamp());
          registry.upsertAlias(db, id, clean, true);
          return requireEntity(id);
        }
        registry.upsertAlias(db, entity.id, clean, true);
        return requireEntity(entity.id);
      }).immediate();
    },

    /** Spellings marked correct, folded as the consistency check compares them. */
    correctSpellings(): Set<string> {
      return new Set(registry.correctSpellings(db).map(fold));
    },
  };
}

export type EntityService = ReturnType<typeof createEntityService>;
