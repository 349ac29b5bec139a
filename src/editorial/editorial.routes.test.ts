/**
 * The editorial workflow over HTTP on every dialect: roles, validation by JSON pointer,
 * optimistic locking, review rules, publish without a restart (on a second instance too, on
 * PostgreSQL), stale publishes, revisions, diff, restore and the append-only audit log.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import pino from 'pino';
import { sql } from 'kysely';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { dialectNames } from '../../test/support/databases.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { insertUser } from '../accounts/account.repository.ts';
import { hashPassword } from '../accounts/password.ts';
import { boot } from '../app/boot.ts';
import type { CareerProfile } from '../careers/career.schema.ts';
import { openDatabase } from '../db/database.ts';

const PASSWORD = 'a long enough pass phrase';
type Agent = { headers: Record<string, string> };

for (const dialect of dialectNames()) {
  describe(`editorial workflow on ${dialect}`, () => {
    let t: TestApp;
    const agents: Record<string, Agent> = {};
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
      const hash = await hashPassword(PASSWORD);
      for (const role of ['author', 'reviewer', 'admin', 'reader']) {
        const email = `${role}@example.com`;
        await insertUser(t.database.db, { email, password_hash: hash, birth_year: 1980, role, status: 'active' });
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password: PASSWORD } });
        const cookie = String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;
        agents[role] = { headers: { cookie, 'x-csrf-token': res.json().csrfToken } };
      }
    });
    after(() => t.close());

    const call = (who: string | null, method: InjectOptions['method'], url: string, payload?: unknown, headers: Record<string, string> = {}) =>
      t.app.inject({
        method,
        url: `/api/v1/editorial${url}`,
        headers: { ...(who ? agents[who]!.headers : {}), ...headers },
        ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
      });
    const published = async (slug: string) => (await t.app.inject(`/api/v1/careers/${slug}`)).json() as CareerProfile;
    const edited = (p: CareerProfile, summary: string): CareerProfile => ({ ...structuredClone(p), summary });

    it('is closed to visitors (401) and readers (403)', async () => {
      assert.equal((await call(null, 'GET', '/careers/electrician')).statusCode, 401);
      assert.equal((await call('reader', 'GET', '/careers/electrician')).statusCode, 403);
      assert.equal((await call('reader', 'POST', '/careers/electrician/drafts', { profile: {} })).statusCode, 403);
      const current = await call('author', 'GET', '/careers/electrician');
      assert.equal(current.statusCode, 200);
      assert.equal(current.json().state, 'published');
      assert.ok(current.headers.etag);
    });

    it('validates a draft like content:check and names the JSON pointer', async () => {
      const bad = { ...(await published('electrician')), summary: 42 };
      const res = await call('author', 'POST', '/careers/electrician/drafts', { profile: bad });
      assert.equal(res.statusCode, 400);
      assert.ok(
        res.json().errors.some((e: { field: string }) => e.field === '/profile/summary'),
        res.body,
      );
      const wrongSlug = await call('author', 'POST', '/careers/plumber/drafts', { profile: await published('electrician') });
      assert.equal(wrongSlug.json().errors[0].field, '/profile/slug');
    });

    it('takes a draft through review to publish: the public sees it at once, never before', async () => {
      const before = await published('electrician');
      const created = await call('author', 'POST', '/careers/electrician/drafts', {
        profile: edited(before, 'Installs and repairs wiring: the reviewed summary.'),
      });
      assert.equal(created.statusCode, 201, created.body);
      const id = created.json().draft.id;
      const etag = created.headers.etag as string;
      // two editors: the second, with the ETag both read, gets 412 and overwrites nothing
      const first = await call(
        'author',
        'PUT',
        `/drafts/${id}`,
        { profile: edited(before, 'First editor’s summary of the electrician career.') },
        { 'if-match': etag },
      );
      assert.equal(first.statusCode, 200);
      const second = await call('admin', 'PUT', `/drafts/${id}`, { profile: edited(before, 'Second editor’s summary.') }, { 'if-match': etag });
      assert.equal(second.statusCode, 412);
      assert.equal((await call('admin', 'PUT', `/drafts/${id}`, { profile: before })).statusCode, 428);
      assert.equal(
        ((await call('author', 'GET', `/drafts/${id}`)).json().profile as CareerProfile).summary,
        'First editor’s summary of the electrician career.',
      );
      assert.equal((await published('electrician')).summary, before.summary, 'a draft never reaches public routes');

      assert.equal((await call('author', 'POST', `/drafts/${id}/submit`)).json().draft.state, 'submitted');
      assert.equal((await call('author', 'POST', `/drafts/${id}/approve`)).statusCode, 403, 'authors do not approve');
      assert.equal((await call('reviewer', 'POST', `/drafts/${id}/approve`)).json().draft.state, 'approved');
      const pub = await call('reviewer', 'POST', `/drafts/${id}/publish`);
      assert.equal(pub.statusCode, 200, pub.body);
      const after = await published('electrician');
      assert.equal(after.summary, 'First editor’s summary of the electrician career.');
      assert.equal(after.provenance.revision, pub.json().revision);
      assert.equal(after.provenance.reviewedAt, new Date().toISOString().slice(0, 10));
      assert.doesNotMatch(after.provenance.reviewedBy, /@/, 'no email on a public page');
      assert.match((await t.app.inject('/careers/electrician')).body, /First editor’s summary/);
    });

    it('never lets a reviewer approve their own draft', async () => {
      const own = await call('reviewer', 'POST', '/careers/plumber/drafts', {
        profile: edited(await published('plumber'), 'A reviewer’s own edit of the plumber summary.'),
      });
      const id = own.json().draft.id;
      await call('reviewer', 'POST', `/drafts/${id}/submit`);
      assert.equal((await call('reviewer', 'POST', `/drafts/${id}/approve`)).statusCode, 403);
      const rejected = await call('admin', 'POST', `/drafts/${id}/reject`, { reason: 'Cite the source for the new wording.' });
      assert.equal(rejected.json().draft.state, 'rejected');
      assert.equal(rejected.json().draft.reason, 'Cite the source for the new wording.');
    });

    it('refuses a publish whose base is no longer current, saying what changed; keeps history, diff and restore', async () => {
      const base = await published('carpenter');
      const a = (await call('author', 'POST', '/careers/carpenter/drafts', { profile: edited(base, 'Carpenter summary from draft A.') })).json().draft.id;
      const b = (await call('author', 'POST', '/careers/carpenter/drafts', { profile: edited(base, 'Carpenter summary from draft B.') })).json().draft.id;
      for (const id of [a, b]) {
        await call('author', 'POST', `/drafts/${id}/submit`);
        await call('reviewer', 'POST', `/drafts/${id}/approve`);
      }
      const first = (await call('reviewer', 'POST', `/drafts/${a}/publish`)).json().revision as number;
      const stale = await call('reviewer', 'POST', `/drafts/${b}/publish`);
      assert.equal(stale.statusCode, 409);
      assert.match(stale.json().detail, /summary: 1 change/);
      assert.equal((await published('carpenter')).summary, 'Carpenter summary from draft A.');

      const revisions = (await call('author', 'GET', '/careers/carpenter/revisions')).json().items;
      assert.deepEqual(revisions.map((r: { revision: number }) => r.revision).slice(0, 2), [first, first - 1]);
      const diff = (await call('author', 'GET', `/careers/carpenter/revisions/${first}/diff?against=${first - 1}`)).json();
      assert.ok(diff.patch.some((op: { op: string; path: string; value: string }) => op.path === '/summary' && op.value === 'Carpenter summary from draft A.'));
      const restored = await call('reviewer', 'POST', `/careers/carpenter/revisions/${first - 1}/restore`);
      assert.equal(restored.statusCode, 201);
      const draft = (await call('author', 'GET', `/drafts/${restored.json().draft.id}`)).json();
      assert.equal(draft.profile.summary, base.summary);
      assert.equal(draft.draft.baseRevision, first);
    });

    it('keeps a reader’s plan progress through a publish that reorders, renames and removes steps', async () => {
      const reader = agents.reader!.headers;
      const plan = async () => (await t.app.inject({ url: '/api/v1/me/plans/fitter', headers: reader })).json();
      const steps: Array<{ id: string; title: string }> = (await plan()).steps;
      const [a, b, c] = [steps[0]!.id, steps[1]!.id, steps[2]!.id];
      for (const [id, status] of [
        [a, 'done'],
        [b, 'doing'],
        [c, 'done'],
      ])
        await t.app.inject({ method: 'PUT', url: `/api/v1/me/plans/fitter/steps/${id}`, payload: { status }, headers: reader });
      const base = await published('fitter');
      const roadmap = base.roadmap
        .filter((s) => s.id !== c)
        .reverse()
        .map((s, i) => ({ ...s, step: i + 1, title: s.id === b ? 'Renamed by the editor' : s.title }));
      const id = (await call('author', 'POST', '/careers/fitter/drafts', { profile: { ...base, roadmap } })).json().draft.id;
      await call('author', 'POST', `/drafts/${id}/submit`);
      await call('reviewer', 'POST', `/drafts/${id}/approve`);
      assert.equal((await call('reviewer', 'POST', `/drafts/${id}/publish`)).statusCode, 200);
      const after = await plan();
      const status = (sid: string) => after.steps.find((s: { id: string }) => s.id === sid)?.status;
      assert.deepEqual([status(a), status(b)], ['done', 'doing']);
      assert.equal(after.steps.find((s: { id: string }) => s.id === b).title, 'Renamed by the editor');
      assert.deepEqual(after.retired, [{ id: c, title: steps[2]!.title, status: 'done' }]);
    });

    it('keeps an audit log nobody can change', async () => {
      const log = (await call('admin', 'GET', '/audit?limit=100')).json().items as Array<{ action: string; actor: string }>;
      for (const action of ['draft.create', 'draft.edit', 'draft.submit', 'draft.approve', 'draft.reject', 'career.publish', 'revision.restore']) {
        assert.ok(
          log.some((e) => e.action === action),
          action,
        );
      }
      assert.ok(log.every((e) => !e.actor.includes('@')));
      await assert.rejects(sql`update audit_log set action = 'forged'`.execute(t.database.db), /append-only/);
      await assert.rejects(sql`delete from audit_log`.execute(t.database.db), /append-only/);
    });

    it(
      'shows a publish on a second instance within 2 s, without a restart',
      { skip: dialect !== 'postgres' && 'needs a database two processes share' },
      async () => {
        const db = openDatabase(t.database.url);
        const second = await boot({ db, contentDir: REPO_CONTENT, logger: pino({ level: 'silent' }), catalogPollMs: 200 });
        try {
          const base = await published('welder');
          const id = (await call('author', 'POST', '/careers/welder/drafts', { profile: edited(base, 'Welder summary published on instance one.') })).json()
            .draft.id;
          await call('author', 'POST', `/drafts/${id}/submit`);
          await call('reviewer', 'POST', `/drafts/${id}/approve`);
          const started = performance.now();
          assert.equal((await call('reviewer', 'POST', `/drafts/${id}/publish`)).statusCode, 200);
          let seen = '';
          while (performance.now() - started < 2000) {
            seen = (await second.app.inject('/api/v1/careers/welder')).json().summary;
            if (seen === 'Welder summary published on instance one.') break;
            await new Promise((r) => setTimeout(r, 50));
          }
          assert.equal(seen, 'Welder summary published on instance one.', 'the second instance serves the publish within 2 s');
        } finally {
          await second.app.close();
          await db.destroy();
        }
      },
    );
  });
}
