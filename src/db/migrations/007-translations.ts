import type { Kysely } from 'kysely';

// Kysely's builders are untyped by design in migrations: the schema is the migration.
type AnyDb = Kysely<unknown>;

/** Translated parts of a profile (issue 15), one document per career, read whole with the career; the pay band of each progression stage. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('careers').addColumn('translations_json', 'text').execute();
  await db.schema.alterTable('career_progression').addColumn('pay_level', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('career_progression').dropColumn('pay_level').execute();
  await db.schema.alterTable('careers').dropColumn('translations_json').execute();
}
