import { sql, type Kysely } from 'kysely';
import { PostgresAdapter } from 'kysely';

// Kysely's builders are untyped by design in migrations: the schema is the migration.
type AnyDb = Kysely<unknown>;

/**
 * Editorial workflow (issue 14): every published version of a career as a revision, drafts
 * with their review state and an optimistic-lock version, an append-only audit log (triggers
 * refuse UPDATE and DELETE on both dialects), and the catalog version instances poll.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('career_revisions')
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('career_revisions_pk', ['slug', 'revision'])
    .execute();
  await db.schema
    .createTable('drafts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('base_revision', 'integer')
    .addColumn('profile', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('reviewer', 'text')
    .addColumn('reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();
  await db.schema
    .createTable('catalog_state')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await sql`insert into catalog_state (id, version) values (1, 1)`.execute(db);
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`create function careerpath_audit_append_only() returns trigger language plpgsql as $$ begin raise exception 'audit_log is append-only'; end $$`.execute(
      db,
    );
    await sql`create trigger audit_log_append_only before update or delete on audit_log for each row execute function careerpath_audit_append_only()`.execute(
      db,
    );
  } else {
    await sql`create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
    await sql`create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
  }
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['catalog_state', 'audit_log', 'drafts', 'career_revisions']) await db.schema.dropTable(table).execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) await sql`drop function if exists careerpath_audit_append_only()`.execute(db);
}
