import { prepared, type Db } from './handle';

export function readSettings(db: Db): Record<string, unknown> {
  const rows = prepared(db, `SELECT key, value_json FROM settings`).all() as Array<{ key: string; value_json: string }>;
  return Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value_json) as unknown]));
}

export function writeSettings(db: Db, values: Record<string, unknown>): void {
  const upsert = prepared(db, `INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json`);
  db.transaction(() => {
    for (const [key, value] of Object.entries(values)) upsert.run(key, JSON.stringify(value));
  })();
}
