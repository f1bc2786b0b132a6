import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

/**
 * SHA-256 of every table's rows (FTS shadow tables included), by table name,
 * read through a read-only connection, so it can run while the library is open
 * or after its server stopped. Rows are sorted, so the order SQLite happens to
 * return them in does not matter; any changed, added or removed row does.
 */
export function hashLibraryTables(libraryPath: string): Record<string, string> {
  const db = new Database(libraryPath, { readonly: true, fileMustExist: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    const hashes: Record<string, string> = { '(schema)': sha256(String(db.pragma('user_version', { simple: true }))) };
    for (const table of tables) {
      const rows = db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw().all() as unknown[][];
      hashes[table] = sha256(rows.map((row) => JSON.stringify(row)).toSorted().join('\n'));
    }
    return hashes;
  } finally {
    db.close();
  }
}

/** Every file under `dir` (relative path → SHA-256), skipping names `skip` matches (a live WAL, a lock). */
export function hashFolder(dir: string, skip: RegExp = /$^/): Record<string, string> {
  const hashes: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const relative = path.relative(dir, full);
      if (skip.test(relative)) continue;
      if (entry.isDirectory()) {
        hashes[`${relative}/`] = 'folder';
        walk(full);
      } else {
        hashes[relative] = sha256(fs.readFileSync(full));
      }
    }
  };
  walk(dir);
  return hashes;
}

function sha256(data: string | Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}
