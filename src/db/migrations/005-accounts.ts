import type { Kysely } from 'kysely';

// Kysely's builders are untyped by design in migrations: the schema is the migration.
type AnyDb = Kysely<unknown>;

/**
 * Accounts and personal plans (issue 13). Every table holding personal data refers to
 * users.id with ON DELETE CASCADE, so deleting a user removes every row about them in one
 * statement; times are ISO-8601 text (the same on SQLite and PostgreSQL).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('birth_year', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  const owned = (name: string) => db.schema.createTable(name).addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'));
  await owned('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();
  await owned('guardian_consents')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('guardian_email', 'text', (c) => c.notNull())
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('given_at', 'text')
    .execute();
  await owned('saved_careers')
    .addColumn('career_slug', 'text', (c) => c.notNull())
    .addColumn('saved_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('saved_careers_pk', ['user_id', 'career_slug'])
    .execute();
  await owned('plan_progress')
    .addColumn('career_slug', 'text', (c) => c.notNull())
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('step_title', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('plan_progress_pk', ['user_id', 'career_slug', 'step_id'])
    .execute();
  await owned('account_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  // mail sent when no SMTP server is configured; the recipient is personal data of the account it concerns
  await owned('outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // failed logins by key ("email:…" hashed, "ip:…"): counted over a window, pruned as they age
  await db.schema
    .createTable('login_failures')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_key').on('login_failures').columns(['key', 'at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['login_failures', 'outbox', 'account_actions', 'plan_progress', 'saved_careers', 'guardian_consents', 'sessions', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}
