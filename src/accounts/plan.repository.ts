/** Saved careers and plan progress of one user: rows keyed by the content's stable ids. */
import type { Transaction } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { Db } from '../db/database.ts';

type Executor = Db | Transaction<Database>;
export type ProgressRow = Omit<Database['plan_progress'], 'user_id'>;

const now = () => new Date().toISOString();

export const savedOf = (db: Executor, userId: string) =>
  db.selectFrom('saved_careers').select(['career_slug', 'saved_at']).where('user_id', '=', userId).orderBy('saved_at').execute();

export async function saveCareer(db: Executor, userId: string, slug: string, at = now()): Promise<void> {
  await db
    .insertInto('saved_careers')
    .values({ user_id: userId, career_slug: slug, saved_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'career_slug']).doNothing())
    .execute();
}

export async function unsaveCareer(db: Executor, userId: string, slug: string): Promise<void> {
  await db.deleteFrom('saved_careers').where('user_id', '=', userId).where('career_slug', '=', slug).execute();
}

export const progressOf = (db: Executor, userId: string, slug?: string) => {
  let q = db.selectFrom('plan_progress').select(['career_slug', 'step_id', 'status', 'step_title', 'updated_at']).where('user_id', '=', userId);
  if (slug !== undefined) q = q.where('career_slug', '=', slug);
  return q.orderBy('career_slug').orderBy('updated_at').execute();
};

/** Sets one step's status; `title` is kept so a step later removed from the content can still be named. */
export async function setProgress(db: Executor, userId: string, row: Omit<ProgressRow, 'updated_at'>, at = now()): Promise<void> {
  await db
    .insertInto('plan_progress')
    .values({ user_id: userId, ...row, updated_at: at })
    .onConflict((oc) => oc.columns(['user_id', 'career_slug', 'step_id']).doUpdateSet({ status: row.status, step_title: row.step_title, updated_at: at }))
    .execute();
}
