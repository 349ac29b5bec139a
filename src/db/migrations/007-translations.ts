import type { Kysely } from 'kysely';

// Kysely's builders are untyped by design in migrations: the schema is the migration.
type AnyDb = Kysely<unknown>;

/** Translated parts of a profile (issue 15), one document per career, read whole with the career. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('careers').addColumn('translations_json', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('careers').dropColumn('translations_json').execute();
}
