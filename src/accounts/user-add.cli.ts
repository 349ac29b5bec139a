/**
 * `npm run user:add -- --email E --role R`: creates an active adult account with a role, so a
 * self-hoster can bootstrap editors and admins. The password is read from standard input
 * (never from the command line, where other users and shell history could see it).
 */
import { parseArgs } from 'node:util';
import { text } from 'node:stream/consumers';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { findUserByEmail, insertUser, recordAction } from './account.repository.ts';
import { NO_BIRTH_YEAR, normalEmail } from './account.service.ts';
import { hashPassword, passwordWeakness } from './password.ts';
import { ROLE_NAMES, isRole } from './roles.ts';

function fail(message: string): never {
  process.stderr.write(`user:add: ${message}\n`);
  process.exit(2);
}

const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' } } });
const email = values.email ? normalEmail(values.email) : fail('--email is required');
if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fail(`--email "${email}" is not an email address`);
const role = values.role ?? fail(`--role is required: one of ${ROLE_NAMES.join(', ')}`);
if (!isRole(role)) fail(`--role must be one of ${ROLE_NAMES.join(', ')}`);
if (process.stdin.isTTY) process.stderr.write('Password (then Enter and Ctrl-D): ');
const password = (await text(process.stdin)).replace(/\r?\n$/, '');
const weak = passwordWeakness(password);
if (weak) fail(`the password ${weak}`);

const db = openDatabase(loadConfig().databaseUrl);
try {
  await migrateToLatest(db);
  if (await findUserByEmail(db, email)) fail(`an account with ${email} already exists`);
  const user = await insertUser(db, { email, password_hash: await hashPassword(password), birth_year: NO_BIRTH_YEAR, role, status: 'active' });
  await recordAction(db, user.id, 'created-by-admin', `role ${role}`);
  process.stdout.write(`created ${email} (${role})\n`);
} finally {
  await db.destroy();
}
