import type { Kysely } from 'kysely';

// Kysely's builders are untyped by design in migrations: the schema is the migration.
type AnyDb = Kysely<unknown>;

/** The word lists under content/vocabularies (skill aliases, finder synonyms), each file as one document, read whole. */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('vocabularies')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('vocabularies').execute();
}
