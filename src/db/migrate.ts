import { Migrator, SqliteAdapter, sql, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely';
import type { Db } from './database.ts';
import * as careers001 from './migrations/001-careers.ts';
import * as occupations002 from './migrations/002-occupations.ts';
import * as pathways003 from './migrations/003-pathways.ts';
import * as vocabularies004 from './migrations/004-vocabularies.ts';
import * as accounts005 from './migrations/005-accounts.ts';
import * as editorial006 from './migrations/006-editorial.ts';
import * as translations007 from './migrations/007-translations.ts';

/**
 * Migrations are listed here in order; names sort lexically. They run on every start. On
 * PostgreSQL each runs in its own transaction, so a crash leaves the database at the last
 * good step; on SQLite the whole run is one transaction (see below).
 */
const MIGRATIONS: Record<string, Migration> = {
  '001-careers': careers001,
  '002-occupations': occupations002,
  '003-pathways': pathways003,
  '004-vocabularies': vocabularies004,
  '005-accounts': accounts005,
  '006-editorial': editorial006,
  '007-translations': translations007,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

const run = (db: Db) => new Migrator({ db, provider }).migrateToLatest();

/**
 * kysely's migrator takes an advisory lock on PostgreSQL but none on SQLite (it assumes one
 * process per file): two instances starting on a new file both ran 001 and one failed with
 * "table already exists"; and it runs SQLite migrations outside any transaction, so a kill
 * between two statements left one half-applied. So on SQLite the whole run is one
 * `BEGIN IMMEDIATE` transaction on the one connection: it takes the file's write lock before
 * reading which migrations ran (other processes wait, up to the busy timeout, and then find
 * them done), and a crash or an error rolls every statement back.
 */
async function runLocked(db: Db): Promise<MigrationResultSet> {
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    let result: MigrationResultSet | undefined;
    try {
      result = await run(connection);
    } finally {
      const ok = result && !result.error && !result.results?.some((r) => r.status === 'Error');
      await sql.raw(ok ? 'commit' : 'rollback').execute(connection);
    }
    return result;
  });
}

export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = db.getExecutor().adapter instanceof SqliteAdapter ? await runLocked(db) : await run(db);
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
