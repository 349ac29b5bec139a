/**
 * Accounts over real HTTP handling (inject) on every database dialect: sign-up, guardian
 * consent, log-in limits, CSRF, the /me routes for anonymous, owner and another person,
 * export and deletion that leaves no row behind.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { dialectNames } from '../../test/support/databases.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

const PASSWORD = 'a long enough pass phrase';
const THIS_YEAR = new Date().getUTCFullYear();
let ipCount = 0;
/** Each scenario comes from its own address, so the per-address log-in limit of one never blocks another. */
const freshIp = () => `10.0.${Math.floor(++ipCount / 250)}.${(ipCount % 250) + 1}`;

interface Agent {
  cookie: string;
  csrf: string;
  id: string;
}

const cookieOf = (res: LightMyRequestResponse) => {
  const raw = [res.headers['set-cookie'] ?? []].flat().find((c) => c.startsWith('cp_session='));
  assert.ok(raw, 'a session cookie is set');
  return raw;
};

for (const dialect of dialectNames()) {
  describe(`accounts on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
    });
    after(() => t.close());

    const post = (url: string, payload: unknown, ip = freshIp()) =>
      t.app.inject({ method: 'POST', url, payload: payload as InjectOptions['payload'], remoteAddress: ip });
    async function signup(email: string, extra: Record<string, unknown> = {}): Promise<Agent> {
      const res = await post('/api/v1/auth/signup', { email, password: PASSWORD, birthYear: 1995, ...extra });
      assert.equal(res.statusCode, 201, res.body);
      return { cookie: cookieOf(res).split(';')[0]!, csrf: res.json().csrfToken, id: res.json().user.id };
    }
    const as = (agent: Agent | null, method: InjectOptions['method'], url: string, payload?: unknown, csrf = true) =>
      t.app.inject({
        method,
        url,
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
        headers: agent ? { cookie: agent.cookie, ...(csrf ? { 'x-csrf-token': agent.csrf } : {}) } : {},
      });

    it('signs an adult up with a private session cookie and a CSRF token; refuses a duplicate and weak passwords by field', async () => {
      const res = await post('/api/v1/auth/signup', { email: 'Asha@Example.com', password: PASSWORD, birthYear: 1995 });
      assert.equal(res.statusCode, 201);
      assert.match(cookieOf(res), /HttpOnly/);
      assert.match(cookieOf(res), /SameSite=Lax/);
      assert.equal(res.json().user.email, 'asha@example.com');
      assert.equal(res.json().user.minor, false);
      assert.ok(res.json().csrfToken.length >= 32);
      const dup = await post('/api/v1/auth/signup', { email: 'asha@example.com', password: PASSWORD, birthYear: 1995 });
      assert.equal(dup.statusCode, 409);
      assert.equal(dup.headers['content-type'], 'application/problem+json; charset=utf-8');
      for (const password of ['short1', 'password123', '1234567890']) {
        const weak = await post('/api/v1/auth/signup', { email: `w${password}@example.com`, password, birthYear: 1995 });
        assert.equal(weak.statusCode, 400, password);
        assert.equal(weak.json().errors[0].field, 'password');
      }
    });

    it('opens a child’s account only after the guardian agrees, and records who agreed when', async () => {
      const child = { email: 'ravi@example.com', password: PASSWORD, birthYear: THIS_YEAR - 15 };
      const missing = await post('/api/v1/auth/signup', child);
      assert.equal(missing.statusCode, 400);
      assert.equal(missing.json().errors[0].field, 'guardianEmail');
      const pending = await post('/api/v1/auth/signup', { ...child, guardianEmail: 'parent@example.com' });
      assert.equal(pending.statusCode, 202);
      assert.equal(pending.json().user.status, 'pending');
      assert.equal(pending.headers['set-cookie'], undefined, 'no session before consent');
      const ip = freshIp();
      assert.equal((await post('/api/v1/auth/login', { email: child.email, password: PASSWORD }, ip)).statusCode, 403);
      // no SMTP_URL: the message waits in the outbox
      const mail = await t.database.db.selectFrom('outbox').selectAll().where('to_address', '=', 'parent@example.com').executeTakeFirstOrThrow();
      const token = /\/consent\/([A-Za-z0-9_-]+)/.exec(mail.body)![1]!;
      const consent = await post(`/api/v1/auth/consent/${token}`, undefined);
      assert.equal(consent.statusCode, 200, consent.body);
      assert.equal(consent.json().user.status, 'active');
      const login = await post('/api/v1/auth/login', { email: child.email, password: PASSWORD }, ip);
      assert.equal(login.statusCode, 200);
      assert.equal(login.json().user.minor, true);
      const agent = { cookie: cookieOf(login).split(';')[0]!, csrf: login.json().csrfToken, id: login.json().user.id };
      const exported = (await as(agent, 'GET', '/api/v1/me/export')).json();
      assert.equal(exported.guardianConsent[0].guardianEmail, 'parent@example.com');
      assert.ok(exported.guardianConsent[0].givenAt);
      assert.equal((await post('/api/v1/auth/consent/not-a-real-token-but-long-enough', undefined)).statusCode, 404);
    });

    it('answers an unknown email and a wrong password alike, and locks after five failures per account and per address', async () => {
      await signup('meena@example.com');
      const unknown = await post('/api/v1/auth/login', { email: 'nobody@example.com', password: PASSWORD });
      const wrong = await post('/api/v1/auth/login', { email: 'meena@example.com', password: 'not the password' });
      assert.equal(unknown.statusCode, 401);
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.json().detail, wrong.json().detail);
      // per account: four more failures from different addresses, then even the right password waits
      for (let i = 0; i < 4; i++) await post('/api/v1/auth/login', { email: 'meena@example.com', password: 'still wrong' });
      const locked = await post('/api/v1/auth/login', { email: 'meena@example.com', password: PASSWORD });
      assert.equal(locked.statusCode, 429);
      assert.equal(locked.headers['content-type'], 'application/problem+json; charset=utf-8');
      // per address: five failures on five accounts from one address
      const ip = freshIp();
      for (let i = 0; i < 5; i++) await post('/api/v1/auth/login', { email: `guess${i}@example.com`, password: 'nope nope nope' }, ip);
      assert.equal((await post('/api/v1/auth/login', { email: 'asha@example.com', password: PASSWORD }, ip)).statusCode, 429);
    });

    it('needs a session on every /me route and the CSRF token on every unsafe one', async () => {
      const routes: Array<[InjectOptions['method'], string, unknown?]> = [
        ['GET', '/api/v1/me'],
        ['GET', '/api/v1/me/saved'],
        ['PUT', '/api/v1/me/saved/staff-nurse'],
        ['DELETE', '/api/v1/me/saved/staff-nurse'],
        ['GET', '/api/v1/me/plans/staff-nurse'],
        ['PUT', '/api/v1/me/plans/staff-nurse/steps/x', { status: 'done' }],
        ['POST', '/api/v1/me/import', { saved: [], progress: [] }],
        ['GET', '/api/v1/me/export'],
        ['DELETE', '/api/v1/me', { password: PASSWORD }],
      ];
      for (const [method, url, body] of routes) assert.equal((await as(null, method, url, body)).statusCode, 401, `${method} ${url}`);
      const agent = await signup('csrf@example.com');
      for (const [method, url, body] of routes.filter(([m]) => m !== 'GET')) {
        assert.equal((await as(agent, method, url, body, false)).statusCode, 403, `${method} ${url} without the token`);
      }
      assert.equal((await as(agent, 'PUT', '/api/v1/me/saved/staff-nurse')).statusCode, 200);
    });

    it('keeps each person’s saved careers and plan their own', async () => {
      const a = await signup('owner@example.com');
      const b = await signup('other@example.com');
      const step = (await as(a, 'GET', '/api/v1/me/plans/staff-nurse')).json().steps[0].id;
      assert.equal((await as(a, 'PUT', '/api/v1/me/saved/staff-nurse')).statusCode, 200);
      const ticked = await as(a, 'PUT', `/api/v1/me/plans/staff-nurse/steps/${step}`, { status: 'done' });
      assert.equal(ticked.json().steps[0].status, 'done');
      assert.equal(ticked.json().done, 1);
      // b acts on every route; a's data does not move and b never sees it
      assert.deepEqual((await as(b, 'GET', '/api/v1/me/saved')).json().items, []);
      assert.equal((await as(b, 'GET', '/api/v1/me/plans/staff-nurse')).json().done, 0);
      await as(b, 'DELETE', '/api/v1/me/saved/staff-nurse');
      await as(b, 'PUT', `/api/v1/me/plans/staff-nurse/steps/${step}`, { status: 'todo' });
      assert.equal((await as(b, 'GET', '/api/v1/me/export')).json().savedCareers.length, 0);
      assert.equal((await as(b, 'GET', '/api/v1/admin/outbox')).statusCode, 403, 'a reader is no admin');
      assert.equal((await as(a, 'GET', '/api/v1/me/saved')).json().items[0].slug, 'staff-nurse');
      assert.equal((await as(a, 'GET', '/api/v1/me/plans/staff-nurse')).json().steps[0].status, 'done');
      assert.equal((await as(a, 'GET', '/api/v1/me')).json().user.id, a.id);
      assert.equal((await as(a, 'PUT', '/api/v1/me/plans/staff-nurse/steps/no-such-step', { status: 'done' })).statusCode, 404);
      assert.equal((await as(a, 'PUT', `/api/v1/me/plans/staff-nurse/steps/${step}`, { status: 'finished' })).statusCode, 400);
      assert.equal((await as(a, 'PUT', '/api/v1/me/saved/astronaut')).statusCode, 404);
    });

    it('merges what the browser kept, keeping the account’s own step statuses', async () => {
      const a = await signup('merge@example.com');
      const steps = (await as(a, 'GET', '/api/v1/me/plans/electrician')).json().steps;
      await as(a, 'PUT', `/api/v1/me/plans/electrician/steps/${steps[0].id}`, { status: 'doing' });
      const res = await as(a, 'POST', '/api/v1/me/import', {
        saved: ['electrician', 'astronaut'],
        progress: [
          { slug: 'electrician', stepId: steps[0].id, status: 'done' },
          { slug: 'electrician', stepId: steps[1].id, status: 'done' },
          { slug: 'electrician', stepId: 'gone-step', status: 'done' },
        ],
      });
      assert.deepEqual(res.json(), { saved: 1, progress: 1, ignored: 2 });
      const plan = (await as(a, 'GET', '/api/v1/me/plans/electrician')).json();
      assert.deepEqual(
        plan.steps.slice(0, 2).map((s: { status: string }) => s.status),
        ['doing', 'done'],
      );
    });

    it('exports everything, logs out on the server, and deletes every row about a person', async () => {
      const a = await signup('leaving@example.com');
      await as(a, 'PUT', '/api/v1/me/saved/electrician');
      const exported = await as(a, 'GET', '/api/v1/me/export');
      assert.match(String(exported.headers['content-disposition']), /attachment/);
      const doc = exported.json();
      for (const key of ['account', 'guardianConsent', 'savedCareers', 'progress', 'sessions', 'actions']) assert.ok(key in doc, key);
      assert.doesNotMatch(exported.body, /token|password|hash/i, 'no secrets in the export');
      const second = await post('/api/v1/auth/login', { email: 'leaving@example.com', password: PASSWORD });
      const other = { cookie: cookieOf(second).split(';')[0]!, csrf: second.json().csrfToken, id: a.id };
      assert.equal((await as(other, 'POST', '/api/v1/auth/logout')).statusCode, 204);
      assert.equal((await as(other, 'GET', '/api/v1/me')).statusCode, 401, 'the session is revoked on the server');
      assert.equal((await as(a, 'DELETE', '/api/v1/me', { password: 'wrong password here' })).statusCode, 400);
      assert.equal((await as(a, 'DELETE', '/api/v1/me', { password: PASSWORD })).statusCode, 204);
      const db = t.database.db;
      for (const table of ['sessions', 'guardian_consents', 'saved_careers', 'plan_progress', 'account_actions', 'outbox'] as const) {
        const rows = await db.selectFrom(table).select('user_id').where('user_id', '=', a.id).execute();
        assert.deepEqual(rows, [], `${table} keeps nothing of the deleted user`);
      }
      assert.equal(await db.selectFrom('users').select('id').where('id', '=', a.id).executeTakeFirst(), undefined);
      assert.equal((await as(a, 'GET', '/api/v1/me')).statusCode, 401);
      await signup('leaving@example.com');
    });
  });
}
