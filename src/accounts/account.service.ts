/**
 * Sign-up, guardian consent, log-in and account deletion: the rules, shared by the API and
 * the pages. Routes validate input, call these, and present the result.
 */
import { createHash } from 'node:crypto';
import { AppError, invalidField } from '../errors.ts';
import type { Db } from '../db/database.ts';
import {
  clearLoginFailures,
  deleteUser,
  findConsent,
  findUserByEmail,
  findUserById,
  insertConsentRequest,
  insertUser,
  loginFailures,
  markConsentGiven,
  recordAction,
  recordLoginFailure,
  setUserStatus,
  type UserRow,
} from './account.repository.ts';
import type { SignupBody, UserView } from './account.schema.ts';
import type { Mailer } from './mailer.ts';
import { DUMMY_HASH, hashPassword, passwordWeakness, verifyPassword } from './password.ts';
import { newToken, tokenHash } from './session.ts';

export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_LOGIN_FAILURES = 5;
const ADULT_AGE = 18;

export const normalEmail = (email: string) => email.trim().toLowerCase();

/** An account made by an admin with `npm run user:add` (an adult by the admin's word): no year was asked. */
export const NO_BIRTH_YEAR = 0;

/** We ask the birth year only, so anyone who may still be under 18 this year is treated as a child (DPDP Act 2023). */
export const mayBeMinor = (birthYear: number, today = new Date()) => birthYear !== NO_BIRTH_YEAR && today.getUTCFullYear() - birthYear <= ADULT_AGE;

export function userView(u: UserRow): UserView {
  return {
    id: u.id,
    email: u.email,
    role: u.role,
    status: u.status === 'active' ? 'active' : 'pending',
    minor: mayBeMinor(u.birth_year),
    createdAt: u.created_at,
  };
}

export interface SignupResult {
  user: UserRow;
  /** False for a child's account: it waits for the guardian's consent. */
  active: boolean;
}

export async function signup(db: Db, mailer: Mailer, body: SignupBody, consentUrl: (token: string) => string): Promise<SignupResult> {
  const email = normalEmail(body.email);
  const weak = passwordWeakness(body.password);
  if (weak) throw invalidField('password', weak);
  if (body.birthYear > new Date().getUTCFullYear() - 5) throw invalidField('birthYear', 'must be a real year of birth, at least five years ago');
  const minor = mayBeMinor(body.birthYear);
  const guardian = body.guardianEmail ? normalEmail(body.guardianEmail) : null;
  if (minor && !guardian) throw invalidField('guardianEmail', 'is required under 18: a parent or guardian must agree before the account opens');
  if (minor && guardian === email) throw invalidField('guardianEmail', "must be the parent's or guardian's own address, not yours");
  if (await findUserByEmail(db, email)) throw new AppError('CONFLICT', 'an account with this email already exists; log in instead');
  const passwordHash = await hashPassword(body.password);
  const user = await db.transaction().execute(async (trx) => {
    const row = await insertUser(trx, { email, password_hash: passwordHash, birth_year: body.birthYear, role: 'reader', status: minor ? 'pending' : 'active' });
    await recordAction(trx, row.id, 'signup', minor ? 'pending guardian consent' : '');
    return row;
  });
  if (minor && guardian) {
    const token = newToken();
    await insertConsentRequest(db, {
      user_id: user.id,
      token_hash: tokenHash(token),
      guardian_email: guardian,
      requested_at: new Date().toISOString(),
      given_at: null,
    });
    await mailer.send({
      userId: user.id,
      to: guardian,
      subject: 'careerpath: please agree to your child’s account',
      text:
        `Someone aged under 18 has asked for a careerpath account with the address ${email} and named you as their parent or guardian.\n\n` +
        `careerpath keeps only what they save (careers and roadmap progress); it shows no advertising and does no tracking.\n\n` +
        `To agree, open this link and confirm: ${consentUrl(token)}\n\nIf you do not agree, ignore this message; the account stays closed.`,
    });
  }
  return { user, active: !minor };
}

/** The guardian's consent: recorded (who, when, for which account) and the account opened. */
export async function giveConsent(db: Db, token: string): Promise<UserRow> {
  const consent = await findConsent(db, tokenHash(token));
  if (!consent) throw new AppError('NOT_FOUND', 'this consent link is not valid; it may have been used for an account that was deleted');
  const user = await findUserById(db, consent.user_id);
  if (!user) throw new AppError('NOT_FOUND', 'the account no longer exists');
  if (!consent.given_at) {
    await db.transaction().execute(async (trx) => {
      await markConsentGiven(trx, consent.token_hash);
      await setUserStatus(trx, user.id, 'active');
      await recordAction(trx, user.id, 'guardian-consent', `given by ${consent.guardian_email}`);
    });
  }
  return { ...user, status: 'active' };
}

const emailKey = (email: string) => `email:${createHash('sha256').update(email).digest('base64url')}`;

/**
 * Checks the password. Five failures in 15 minutes for the account or from the address lock
 * further tries with 429 until the window passes. Unknown email and wrong password fail alike.
 */
export async function login(db: Db, emailInput: string, password: string, ip: string): Promise<UserRow> {
  const email = normalEmail(emailInput);
  const keys = [emailKey(email), `ip:${ip}`];
  const counts = await loginFailures(db, keys, LOGIN_WINDOW_MS);
  if (counts.some((n) => n >= MAX_LOGIN_FAILURES)) throw new AppError('RATE_LIMITED', 'too many failed log-ins; try again in 15 minutes');
  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(password, user?.password_hash ?? DUMMY_HASH);
  if (!user || !ok) {
    await recordLoginFailure(db, keys, LOGIN_WINDOW_MS);
    throw new AppError('UNAUTHORIZED', 'wrong email or password');
  }
  if (user.status !== 'active') throw new AppError('FORBIDDEN', 'this account is waiting for a parent or guardian to agree; we emailed them a link');
  await clearLoginFailures(db, keys[0]!);
  await recordAction(db, user.id, 'login');
  return user;
}

/** Deletes the account and every row about it, after checking the password again. */
export async function deleteAccount(db: Db, user: UserRow, password: string): Promise<void> {
  if (!(await verifyPassword(password, user.password_hash))) throw invalidField('password', 'is not your password');
  await db.transaction().execute(async (trx) => {
    await deleteUser(trx, user.id);
    await clearLoginFailures(trx, emailKey(user.email));
  });
}
