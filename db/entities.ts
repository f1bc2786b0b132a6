import { prepared, type Db } from './handle';
import type { EntityKind, RegistryEntity } from '../story/facts/registry';

interface EntityRow {
  id: string;
  kind: EntityKind;
  name: string;
  note: string;
  created_at: string;
  updated_at: string;
}

function hydrate(db: Db, row: EntityRow): RegistryEntity {
  const aliases = prepared(db, `SELECT alias, correct FROM entity_aliases WHERE entity_id = ? ORDER BY alias`).all(row.id) as Array<{ alias: string; correct: number }>;
  const titles = prepared(db, `SELECT id, title, from_date, to_date FROM entity_titles WHERE entity_id = ? ORDER BY coalesce(from_date, ''), id`).all(row.id) as Array<{
    id: number;
    title: string;
    from_date: string | null;
    to_date: string | null;
  }>;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    note: row.note,
    aliases: aliases.map((a) => ({ alias: a.alias, correct: a.correct === 1 })),
    titles: titles.map((t) => ({ id: t.id, title: t.title, from: t.from_date, to: t.to_date })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listEntities(db: Db, kind?: EntityKind): RegistryEntity[] {
  const rows = (kind
    ? prepared(db, `SELECT * FROM entities WHERE kind = ? ORDER BY name COLLATE NOCASE`).all(kind)
    : prepared(db, `SELECT * FROM entities ORDER BY kind, name COLLATE NOCASE`).all()) as EntityRow[];
  return rows.map((row) => hydrate(db, row));
}

export function getEntity(db: Db, id: string): RegistryEntity | undefined {
  const row = prepared(db, `SELECT * FROM entities WHERE id = ?`).get(id) as EntityRow | undefined;
  return row && hydrate(db, row);
}

/** The entity whose name or one of whose aliases is this spelling (case-insensitive). */
export function findEntityByName(db: Db, kind: EntityKind, name: string): RegistryEntity | undefined {
  const row = prepared(
    db,
    `SELECT e.* FROM entities e WHERE e.kind = @kind AND (e.name = @name COLLATE NOCASE
        OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = e.id AND a.alias = @name COLLATE NOCASE)) LIMIT 1`,
  ).get({ kind, name }) as EntityRow | undefined;
  return row && hydrate(db, row);
}

export function insertEntity(db: Db, entity: { id: string; kind: EntityKind; name: string; note: string }, at: string): void {
  prepared(db, `INSERT INTO entities (id, kind, name, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`).run(entity.id, entity.kind, entity.name, entity.note, at, at);
}

export function updateEntity(db: Db, id: string, changes: { name?: string; note?: string }, at: string): void {
  const current = prepared(db, `SELECT name, note FROM entities WHERE id = ?`).get(id) as { name: string; note: string } | undefined;
  if (!current) return;
  prepared(db, `UPDATE entities SET name = ?, note = ?, updated_at = ? WHERE id = ?`).run(changes.name ?? current.name, changes.note ?? current.note, at, id);
}

export function deleteEntity(db: Db, id: string): boolean {
  return prepared(db, `DELETE FROM entities WHERE id = ?`).run(id).changes === 1;
}

export function upsertAlias(db: Db, entityId: string, alias: string, correct: boolean): void {
  prepared(db, `INSERT INTO entity_aliases (entity_id, alias, correct) VALUES (?, ?, ?) ON CONFLICT (entity_id, alias) DO UPDATE SET correct = max(correct, excluded.correct)`).run(
    entityId,
    alias,
    correct ? 1 : 0,
  );
}

export function removeAlias(db: Db, entityId: string, alias: string): boolean {
  return prepared(db, `DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?`).run(entityId, alias).changes === 1;
}

export function addTitle(db: Db, entityId: string, title: { title: string; from: string | null; to: string | null }): number {
  const existing = prepared(db, `SELECT id FROM entity_titles WHERE entity_id = ? AND title = ? COLLATE NOCASE AND to_date IS NULL`).get(entityId, title.title) as { id: number } | undefined;
  if (existing && title.to === null) return existing.id;
  return Number(prepared(db, `INSERT INTO entity_titles (entity_id, title, from_date, to_date) VALUES (?, ?, ?, ?)`).run(entityId, title.title, title.from, title.to).lastInsertRowid);
}

export function removeTitle(db: Db, entityId: string, titleId: number): boolean {
  return prepared(db, `DELETE FROM entity_titles WHERE entity_id = ? AND id = ?`).run(entityId, titleId).changes === 1;
}

/** Spellings the desk marked correct: no variant warning is raised for them. */
export function correctSpellings(db: Db): string[] {
  return (prepared(db, `SELECT DISTINCT alias FROM entity_aliases WHERE correct = 1`).all() as Array<{ alias: string }>).map((row) => row.alias);
}
