/**
 * Accounts, sessions, guardian consents, login failures and the mail outbox. Only this file
 * and plan.repository.ts touch the account tables; each function takes `db` (or a
 * transaction) first. Tokens are stored only as SHA-256 hashes.
 */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { Db } from '../db/database.ts';

type Executor = Db | Transaction<Database>;
export type UserRow = Database['users'];
export type SessionRow = Database['sessions'];

const now = () => new Date().toISOString();

export async function insertUser(db: Executor, user: Omit<UserRow, 'id' | 'created_at'>): Promise<UserRow> {
  const row = { ...user, id: randomUUID(), created_at: now() };
  await db.insertInto('users').values(row).execute();
  return row;
}

export const findUserByEmail = (db: Executor, email: string) => db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
export const findUserById = (db: Executor, id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export async function setUserStatus(db: Executor, id: string, status: string): Promise<void> {
  await db.updateTable('users').set({ status }).where('id', '=', id).execute();
}

/** Deletes the user; every table that refers to them cascades. */
export async function deleteUser(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('users').where('id', '=', id).execute();
}

export async function insertSession(db: Executor, session: SessionRow): Promise<void> {
  await db.insertInto('sessions').values(session).execute();
}

/** The live session and its user for a token hash; expired sessions are not returned. */
export async function findSession(db: Executor, tokenHash: string): Promise<{ session: SessionRow; user: UserRow } | null> {
  const session = await db.selectFrom('sessions').selectAll().where('token_hash', '=', tokenHash).where('expires_at', '>', now()).executeTakeFirst();
  if (!session) return null;
  const user = await findUserById(db, session.user_id);
  return user ? { session, user } : null;
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
}

export const sessionsOf = (db: Executor, userId: string) =>
  db.selectFrom('sessions').select(['created_at', 'expires_at']).where('user_id', '=', userId).orderBy('created_at').execute();

export async function insertConsentRequest(db: Executor, row: Database['guardian_consents']): Promise<void> {
  await db.insertInto('guardian_consents').values(row).execute();
}

export const findConsent = (db: Executor, tokenHash: string) =>
  db.selectFrom('guardian_consents').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();

export async function markConsentGiven(db: Executor, tokenHash: string): Promise<void> {
  await db.updateTable('guardian_consents').set({ given_at: now() }).where('token_hash', '=', tokenHash).execute();
}

export const consentsOf = (db: Executor, userId: string) =>
  db.selectFrom('guardian_consents').select(['guardian_email', 'requested_at', 'given_at']).where('user_id', '=', userId).execute();

/** Records a failed login under each key and returns the failures per key within the window (this one included). */
export async function recordLoginFailure(db: Executor, keys: readonly string[], windowMs: number): Promise<number[]> {
  const at = now();
  const since = new Date(Date.now() - windowMs).toISOString();
  await db.deleteFrom('login_failures').where('at', '<', since).execute();
  await db
    .insertInto('login_failures')
    .values(keys.map((key) => ({ key, at })))
    .execute();
  return loginFailures(db, keys, windowMs);
}

export async function loginFailures(db: Executor, keys: readonly string[], windowMs: number): Promise<number[]> {
  const since = new Date(Date.now() - windowMs).toISOString();
  return Promise.all(
    keys.map(async (key) => {
      const row = await db
        .selectFrom('login_failures')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('key', '=', key)
        .where('at', '>=', since)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    }),
  );
}

export async function clearLoginFailures(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('login_failures').where('key', '=', key).execute();
}

export async function recordAction(db: Executor, userId: string, action: string, detail = ''): Promise<void> {
  await db.insertInto('account_actions').values({ user_id: userId, id: randomUUID(), action, detail, at: now() }).execute();
}

export const actionsOf = (db: Executor, userId: string) =>
  db.selectFrom('account_actions').select(['action', 'detail', 'at']).where('user_id', '=', userId).orderBy('at').execute();

export async function insertOutbox(db: Executor, row: Omit<Database['outbox'], 'id' | 'created_at'>): Promise<void> {
  await db
    .insertInto('outbox')
    .values({ ...row, id: randomUUID(), created_at: now() })
    .execute();
}

export const outbox = (db: Executor, limit = 100) =>
  db.selectFrom('outbox').select(['to_address', 'subject', 'body', 'created_at']).orderBy('created_at', 'desc').limit(limit).execute();

export const outboxOf = (db: Executor, userId: string) =>
  db.selectFrom('outbox').select(['to_address', 'subject', 'created_at']).where('user_id', '=', userId).orderBy('created_at').execute();
