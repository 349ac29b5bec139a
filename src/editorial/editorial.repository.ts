/**
 * SQL of the editorial workflow: revisions, drafts, the audit log and the catalog version.
 * Only this file touches those tables; each function takes `db` (or a transaction) first.
 */
import { randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { CareerProfile } from '../careers/career.schema.ts';
import type { Database } from '../db/database-schema.ts';
import type { Db } from '../db/database.ts';

type Executor = Db | Transaction<Database>;
export type DraftRow = Database['drafts'];
export type AuditRow = Database['audit_log'];

const now = () => new Date().toISOString();

export async function latestRevision(db: Executor, slug: string): Promise<{ revision: number; profile: CareerProfile; created_at: string } | null> {
  const row = await db.selectFrom('career_revisions').selectAll().where('slug', '=', slug).orderBy('revision', 'desc').limit(1).executeTakeFirst();
  return row ? { revision: row.revision, profile: JSON.parse(row.profile) as CareerProfile, created_at: row.created_at } : null;
}

export async function revisionOf(db: Executor, slug: string, revision: number): Promise<CareerProfile | null> {
  const row = await db.selectFrom('career_revisions').select('profile').where('slug', '=', slug).where('revision', '=', revision).executeTakeFirst();
  return row ? (JSON.parse(row.profile) as CareerProfile) : null;
}

export const revisionsOf = (db: Executor, slug: string) =>
  db.selectFrom('career_revisions').select(['revision', 'actor', 'created_at']).where('slug', '=', slug).orderBy('revision', 'desc').execute();

export async function insertRevision(db: Executor, slug: string, revision: number, profile: CareerProfile, actor: string): Promise<void> {
  await db
    .insertInto('career_revisions')
    .values({ slug, revision, profile: JSON.stringify(profile), actor, created_at: now() })
    .execute();
}

/** Whether anyone but the system (the content files) has published: then files no longer overwrite the catalog. */
export async function hasEditorialRevisions(db: Executor): Promise<boolean> {
  return (await db.selectFrom('career_revisions').select('slug').where('actor', '!=', 'system').limit(1).executeTakeFirst()) !== undefined;
}

export async function insertDraft(db: Executor, draft: Omit<DraftRow, 'id' | 'created_at' | 'updated_at' | 'version'>): Promise<DraftRow> {
  const at = now();
  const row = { ...draft, id: randomUUID(), version: 1, created_at: at, updated_at: at };
  await db.insertInto('drafts').values(row).execute();
  return row;
}

export const findDraft = (db: Executor, id: string) => db.selectFrom('drafts').selectAll().where('id', '=', id).executeTakeFirst();

export const draftsBy = (db: Executor, state?: string) => {
  let q = db.selectFrom('drafts').selectAll().orderBy('updated_at', 'desc').limit(200);
  if (state) q = q.where('state', '=', state);
  return q.execute();
};

/** Updates a draft only if it is still at `version`; false when someone changed it first (nothing is written). */
export async function updateDraft(
  db: Executor,
  id: string,
  version: number,
  changes: Partial<Pick<DraftRow, 'profile' | 'state' | 'reviewer' | 'reason'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('drafts')
    .set({ ...changes, version: version + 1, updated_at: now() })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function appendAudit(db: Executor, entry: Omit<AuditRow, 'id' | 'at'>): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({ ...entry, id: randomUUID(), at: now() })
    .execute();
}

export function auditPage(db: Executor, limit: number, before?: string) {
  let q = db.selectFrom('audit_log').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit);
  if (before) q = q.where('at', '<', before);
  return q.execute();
}

export async function catalogVersion(db: Executor): Promise<number> {
  const row = await db.selectFrom('catalog_state').select('version').where('id', '=', 1).executeTakeFirst();
  return row?.version ?? 0;
}

export async function bumpCatalogVersion(db: Executor): Promise<void> {
  await db
    .updateTable('catalog_state')
    .set({ version: sql`version + 1` })
    .where('id', '=', 1)
    .execute();
}
