import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database.ts';
import * as careers001 from './migrations/001-careers.ts';
import * as occupations002 from './migrations/002-occupations.ts';
import * as pathways003 from './migrations/003-pathways.ts';
import * as vocabularies004 from './migrations/004-vocabularies.ts';
import * as accounts005 from './migrations/005-accounts.ts';
import * as editorial006 from './migrations/006-editorial.ts';
import * as translations007 from './migrations/007-translations.ts';

/**
 * Migrations are listed here in order; names sort lexically. They run on every start and
 * each runs in its own transaction, so a crash leaves the database at the last good step.
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

export async function migrateToLatest(db: Db): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
