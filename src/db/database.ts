/**
 * The one place that knows which database we are on. Everything else takes a
 * `Kysely<Database>` (or a transaction) and never asks which dialect it is.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database-schema.ts';

export type Db = Kysely<Database>;

function sqlite(url: string): Db {
  const file = url.slice('sqlite:'.length);
  const path = file === ':memory:' ? ':memory:' : resolve(file);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  // SQLite has one writer at a time: another process's migration, first content load or
  // O*NET import holds the file's write lock for seconds, so a writer waits up to 30 s for
  // it (better-sqlite3's default is 5 s) rather than failing a start or a save
  const connection = new SQLite(path, { timeout: 30_000 });
  connection.pragma('journal_mode = WAL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('synchronous = NORMAL');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) });
}

function postgres(url: string): Db {
  // float8 and int8 come back as JS numbers; our values are far below 2^53
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
  pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));
  // a database that accepts but never answers gives a clear error, not a silent hang
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export function openDatabase(url: string): Db {
  return url.startsWith('sqlite:') ? sqlite(url) : postgres(url);
}
