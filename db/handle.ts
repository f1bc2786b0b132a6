import type BetterSqlite3 from 'better-sqlite3';

/** An open library database. Only `db/` modules run SQL on it. */
export type Db = BetterSqlite3.Database;
export type Statement = BetterSqlite3.Statement;

const cache = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, prepared once per connection. */
export function prepared(db: Db, sql: string): Statement {
  let statements = cache.get(db);
  if (!statements) {
    statements = new Map();
    cache.set(db, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = db.prepare(sql);
    statements.set(sql, statement);
  }
  return statement;
}
