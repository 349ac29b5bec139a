/**
 * Sessions: a random token in an HttpOnly, SameSite=Lax cookie (Secure when the site is
 * served over https), stored on the server only as its SHA-256 hash, with its own CSRF token.
 * Every unsafe request made with the cookie must send that token back (header
 * `x-csrf-token`, or a `_csrf` form field), so another site cannot act for the person.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { deleteSession, findSession, insertSession, type SessionRow, type UserRow } from './account.repository.ts';

export const SESSION_COOKIE = 'cp_session';
const LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');
export const newToken = () => randomBytes(32).toString('base64url');

export interface SignedIn {
  user: UserRow;
  session: SessionRow;
}

export async function startSession(db: Db, reply: FastifyReply, userId: string, secure: boolean): Promise<string> {
  const token = newToken();
  const created = new Date();
  const session = {
    user_id: userId,
    token_hash: tokenHash(token),
    csrf_token: newToken(),
    created_at: created.toISOString(),
    expires_at: new Date(created.getTime() + LIFETIME_MS).toISOString(),
  };
  await insertSession(db, session);
  reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure, maxAge: LIFETIME_MS / 1000 });
  return session.csrf_token;
}

export async function endSession(db: Db, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token) await deleteSession(db, tokenHash(token));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

const resolved = new WeakMap<FastifyRequest, SignedIn | null>();

/** The signed-in person of this request (active accounts only), looked up once per request. */
export async function signedIn(db: Db, request: FastifyRequest): Promise<SignedIn | null> {
  if (resolved.has(request)) return resolved.get(request)!;
  const token = request.cookies[SESSION_COOKIE];
  const found = token ? await findSession(db, tokenHash(token)) : null;
  const value = found && found.user.status === 'active' ? found : null;
  resolved.set(request, value);
  return value;
}

function csrfOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-csrf-token'];
  if (typeof header === 'string') return header;
  const body = request.body as Record<string, unknown> | undefined;
  return typeof body?._csrf === 'string' ? body._csrf : undefined;
}

/** The signed-in person, or 401; on an unsafe method also the session's CSRF token, or 403. */
export async function requireUser(db: Db, request: FastifyRequest): Promise<SignedIn> {
  const who = await signedIn(db, request);
  if (!who) throw new AppError('UNAUTHORIZED', 'sign in first');
  if (UNSAFE.has(request.method) && csrfOf(request) !== who.session.csrf_token) {
    throw new AppError('FORBIDDEN', 'missing or wrong CSRF token: send the csrfToken from sign-in in the x-csrf-token header');
  }
  return who;
}
