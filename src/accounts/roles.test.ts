/**
 * Roles as data and the one authorize(): the matrix of roles × actions × resources, and the
 * bootstrap command that makes an admin, checked against the running API.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { boot } from '../app/boot.ts';
import { openDatabase } from '../db/database.ts';
import { authorize, ROLE_NAMES } from './roles.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('roles', () => {
  it('lets each role do what its data says, and nobody touch another person’s own data', () => {
    const me = (role: string) => ({ id: 'me', role });
    for (const role of ROLE_NAMES) {
      assert.equal(authorize(me(role), 'read', { kind: 'own', ownerId: 'me' }), true, `${role} reads own data`);
      assert.equal(authorize(me(role), 'read', { kind: 'own', ownerId: 'someone-else' }), false, `${role} never reads another's data`);
      assert.equal(authorize(me(role), 'delete', { kind: 'own', ownerId: 'someone-else' }), false);
    }
    assert.equal(authorize(me('reader'), 'create', { kind: 'draft' }), false);
    assert.equal(authorize(me('author'), 'create', { kind: 'draft' }), true);
    assert.equal(authorize(me('author'), 'publish', { kind: 'draft' }), false);
    assert.equal(authorize(me('reviewer'), 'publish', { kind: 'draft' }), true);
    assert.equal(authorize(me('reviewer'), 'read', { kind: 'outbox' }), false);
    assert.equal(authorize(me('admin'), 'read', { kind: 'outbox' }), true);
    assert.equal(authorize(me('owner-of-everything'), 'read', { kind: 'own', ownerId: 'me' }), false, 'an unknown role may do nothing');
    assert.equal(authorize(null, 'read', { kind: 'own', ownerId: 'me' }), false);
  });

  it('bootstraps an admin from the command line, password from standard input, who may read the outbox', async () => {
    const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'careerpath-users-')), 'app.db')}`;
    const run = (args: string[], input: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/accounts/user-add.cli.ts', ...args], {
        cwd: ROOT,
        input,
        env: { ...process.env, DATABASE_URL: url },
        encoding: 'utf8',
      });
    const made = run(['--email', 'Editor@Example.com', '--role', 'admin'], 'a long enough pass phrase\n');
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /created editor@example\.com \(admin\)/);
    assert.doesNotMatch(made.stdout + made.stderr, /long enough/, 'the password is never printed');
    assert.match(run(['--email', 'editor@example.com', '--role', 'admin'], 'a long enough pass phrase\n').stderr, /already exists/);
    assert.match(
      run(['--email', 'x@example.com', '--role', 'king'], 'a long enough pass phrase\n').stderr,
      /--role must be one of reader, author, reviewer, admin/,
    );

    const db = openDatabase(url);
    const { app } = await boot({ db, contentDir: REPO_CONTENT, logger: pino({ level: 'silent' }) });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: 'editor@example.com', password: 'a long enough pass phrase' },
      });
      assert.equal(login.statusCode, 200);
      assert.equal(login.json().user.role, 'admin');
      const cookie = String([login.headers['set-cookie']].flat()[0]).split(';')[0]!;
      assert.equal((await app.inject({ url: '/api/v1/admin/outbox', headers: { cookie } })).statusCode, 200);
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
