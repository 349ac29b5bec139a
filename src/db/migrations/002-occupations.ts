/**
 * Occupation tables (O*NET reference data, filled by `npm run import:onet`). Every statement
 * is `if not exists`: databases where the import command once applied this migration on its
 * own (before it was listed in src/db/migrate.ts) already have the tables, and only lose that
 * command's bookkeeping tables here.
 */
import type { CreateTableBuilder, Kysely } from 'kysely';

type Table = CreateTableBuilder<string, string>;
// Kysely's builders are untyped by design in migrations: the schema is the migration.
type AnyDb = Kysely<unknown>;

const owned = (db: AnyDb, name: string): Table =>
  db.schema
    .createTable(name)
    .ifNotExists()
    .addColumn('code', 'text', (c) => c.notNull().references('occupations.code').onDelete('cascade'));

/** The bookkeeping of the import command's former self-migration. */
const FORMER_MIGRATION_TABLES = ['kysely_migration_occupations', 'kysely_migration_lock_occupations'] as const;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('occupations')
    .ifNotExists()
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .execute();
  await owned(db, 'occupation_titles')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('short_title', 'text')
    .addColumn('sources', 'text')
    .addColumn('shown_in_my_next_move', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('occupation_titles_pk', ['code', 'kind', 'position'])
    .execute();
  await owned(db, 'occupation_ratings')
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('element_id', 'text', (c) => c.notNull())
    .addColumn('element_name', 'text', (c) => c.notNull())
    .addColumn('importance', 'double precision')
    .addColumn('level', 'double precision')
    .addColumn('not_relevant', 'integer', (c) => c.notNull())
    .addColumn('suppress', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('occupation_ratings_pk', ['code', 'element_id'])
    .execute();
  await owned(db, 'occupation_technology')
    .addColumn('example', 'text', (c) => c.notNull())
    .addColumn('commodity_code', 'integer', (c) => c.notNull())
    .addColumn('commodity_title', 'text', (c) => c.notNull())
    .addColumn('hot', 'integer', (c) => c.notNull())
    .addColumn('in_demand', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('occupation_technology_pk', ['code', 'example'])
    .execute();
  await owned(db, 'occupation_tasks')
    .addColumn('task_id', 'integer', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('task_type', 'text')
    .addColumn('incumbents_responding', 'integer')
    .addPrimaryKeyConstraint('occupation_tasks_pk', ['code', 'task_id'])
    .execute();
  await owned(db, 'occupation_interests')
    .addColumn('element_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('occupation_interests_pk', ['code', 'element_id'])
    .execute();
  await db.schema
    .createTable('occupation_job_zones')
    .ifNotExists()
    .addColumn('code', 'text', (c) => c.primaryKey().references('occupations.code').onDelete('cascade'))
    .addColumn('job_zone', 'integer', (c) => c.notNull())
    .execute();
  await owned(db, 'occupation_education')
    .addColumn('category', 'integer', (c) => c.notNull())
    .addColumn('percent', 'double precision', (c) => c.notNull())
    .addPrimaryKeyConstraint('occupation_education_pk', ['code', 'category'])
    .execute();
  await db.schema
    .createTable('onet_import_state')
    .ifNotExists()
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('occupations', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  // Title lookups (title resolution, search) filter by title; technology by example.
  await db.schema.createIndex('occupation_titles_title_idx').ifNotExists().on('occupation_titles').column('title').execute();
  await db.schema.createIndex('occupation_technology_example_idx').ifNotExists().on('occupation_technology').column('example').execute();
  for (const t of FORMER_MIGRATION_TABLES) await db.schema.dropTable(t).ifExists().execute();
}

export const OCCUPATION_TABLES_DROP_ORDER = [
  'onet_import_state',
  'occupation_education',
  'occupation_job_zones',
  'occupation_interests',
  'occupation_tasks',
  'occupation_technology',
  'occupation_ratings',
  'occupation_titles',
  'occupations',
] as const;

export async function down(db: AnyDb): Promise<void> {
  for (const t of OCCUPATION_TABLES_DROP_ORDER) await db.schema.dropTable(t).ifExists().execute();
}
