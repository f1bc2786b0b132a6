import { z } from 'zod';
import { ENTITY_KINDS, type RegistryEntity } from '../../../story/facts/registry';
import { returns } from '../methodDef';
import { shortText } from './stories';

const entityId = z.uuid({ error: 'must be a registry entry id' });
const name = z.string().trim().min(1, { error: 'must not be empty' }).max(300, { error: 'must be at most 300 characters' });
const date = z.iso.date({ error: 'must be a date (YYYY-MM-DD)' });
const title = z
  .strictObject({ title: name, from: date.nullable().optional(), to: date.nullable().optional() })
  .refine((t) => !t.from || !t.to || t.from <= t.to, { error: 'must end after it starts (from ≤ to)' });

export const entityMethods = {
  listEntities: returns<RegistryEntity[]>()({ kind: 'read', input: z.strictObject({ kind: z.enum(ENTITY_KINDS).optional() }) }),
  createEntity: returns<RegistryEntity>()({
    kind: 'write',
    input: z.strictObject({ kind: z.enum(ENTITY_KINDS), name, note: shortText(5000).optional(), aliases: z.array(name).max(50).optional(), titles: z.array(title).max(50).optional() }),
  }),
  updateEntity: returns<RegistryEntity>()({
    kind: 'write',
    input: z.strictObject({
      id: entityId,
      name: name.optional(),
      note: shortText(5000).optional(),
      addAliases: z.array(name).max(50).optional(),
      removeAliases: z.array(name).max(50).optional(),
      addTitles: z.array(title).max(50).optional(),
      removeTitles: z.array(z.int().min(1)).max(50).optional(),
    }),
  }),
  deleteEntity: returns<{ removed: string }>()({ kind: 'write', input: z.strictObject({ id: entityId }) }),
  /** "Mark as correct": this spelling is right; it raises no variant warning again. */
  markSpellingCorrect: returns<RegistryEntity>()({
    kind: 'write',
    input: z.strictObject({ kind: z.enum(ENTITY_KINDS), spelling: name, entityId: entityId.optional() }),
  }),
};
