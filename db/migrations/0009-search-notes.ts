import type { Migration } from './types';

/** Text of the editor's-note blocks of a stored body (frozen here: a migration never changes). */
function noteBlocksText(bodyJson: string): string {
  const lines: string[] = [];
  const textOf = (node: { text?: string; content?: unknown[] }): string =>
    (node.text ?? '') + (node.content ?? []).map((child) => textOf(child as { text?: string; content?: unknown[] })).join(' ');
  const walk = (node: { type?: string; content?: unknown[] }): void => {
    if (node.type === 'editorsNote') lines.push(textOf(node).trim());
    else (node.content ?? []).forEach((child) => walk(child as { type?: string; content?: unknown[] }));
  };
  try {
    walk(JSON.parse(bodyJson) as { content?: unknown[] });
  } catch {
    return '';
  }
  return lines.filter(Boolean).join('\n');
}

/**
 * Search over notes too: notes_text holds the editor's note and the body's
 * editor's-note blocks. The full-text index is rebuilt with four columns and a
 * stored ranking that weighs the headline above the dek, notes and body.
 */
export const searchNotesMigration: Migration = {
  version: 9,
  name: 'search headline, dek, body and notes, ranked',
  up(db) {
    db.exec(`
      ALTER TABLE stories ADD COLUMN notes_text TEXT NOT NULL DEFAULT '';
      DROP TRIGGER IF EXISTS stories_fts_insert;
      DROP TRIGGER IF EXISTS stories_fts_delete;
      DROP TRIGGER IF EXISTS stories_fts_update;
      DROP TABLE IF EXISTS stories_fts;
    `);
    const rows = db.prepare(`SELECT seq, editors_note, body_json FROM stories`).all() as Array<{ seq: number; editors_note: string; body_json: string }>;
    const update = db.prepare(`UPDATE stories SET notes_text = ? WHERE seq = ?`);
    for (const row of rows) {
      const notes = [row.editors_note.trim(), noteBlocksText(row.body_json)].filter(Boolean).join('\n');
      if (notes) update.run(notes, row.seq);
    }
    db.exec(`
      CREATE VIRTUAL TABLE stories_fts USING fts5 (
        headline, dek, body_text, notes_text,
        content = 'stories', content_rowid = 'seq',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- bm25 weights per column: headline, dek, body, notes.
      INSERT INTO stories_fts (stories_fts, rank) VALUES ('rank', 'bm25(8.0, 3.0, 1.0, 1.5)');

      CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
        INSERT INTO stories_fts (rowid, headline, dek, body_text, notes_text)
        VALUES (new.seq, new.headline, new.dek, new.body_text, new.notes_text);
      END;
      CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
        INSERT INTO stories_fts (stories_fts, rowid, headline, dek, body_text, notes_text)
        VALUES ('delete', old.seq, old.headline, old.dek, old.body_text, old.notes_text);
      END;
      CREATE TRIGGER stories_fts_update AFTER UPDATE OF headline, dek, body_text, notes_text ON stories
        WHEN old.headline IS NOT new.headline OR old.dek IS NOT new.dek
          OR old.body_text IS NOT new.body_text OR old.notes_text IS NOT new.notes_text BEGIN
        INSERT INTO stories_fts (stories_fts, rowid, headline, dek, body_text, notes_text)
        VALUES ('delete', old.seq, old.headline, old.dek, old.body_text, old.notes_text);
        INSERT INTO stories_fts (rowid, headline, dek, body_text, notes_text)
        VALUES (new.seq, new.headline, new.dek, new.body_text, new.notes_text);
      END;
      INSERT INTO stories_fts (stories_fts) VALUES ('rebuild');
    `);
  },
};
