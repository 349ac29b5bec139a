/**
 * Progress hangs on the content's stable step ids (issue 13): an editor reorders, renames and
 * removes roadmap steps and publishes; every user's recorded statuses stay with their steps,
 * and a removed step's status is kept as retired, in the plan and in the export.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { dialectNames } from '../../test/support/databases.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { createCatalog } from '../catalog/career-catalog.ts';
import { createSnapshot } from '../catalog/snapshot.ts';

const PASSWORD = 'a long enough pass phrase';

for (const dialect of dialectNames()) {
  describe(`plan progress across content edits on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
    });
    after(() => t.close());

    async function person(email: string) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/signup', payload: { email, password: PASSWORD, birthYear: 1990 } });
      const cookie = String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;
      const headers = { cookie, 'x-csrf-token': res.json().csrfToken as string };
      return {
        tick: (step: string, status: string) =>
          t.app.inject({ method: 'PUT', url: `/api/v1/me/plans/electrician/steps/${step}`, payload: { status }, headers }),
        plan: async () => (await t.app.inject({ url: '/api/v1/me/plans/electrician', headers })).json(),
        export: async () => (await t.app.inject({ url: '/api/v1/me/export', headers })).json(),
      };
    }

    it('keeps every user’s statuses through a reorder, a rename and a removal', async () => {
      const users = [await person('first@example.com'), await person('second@example.com')];
      const steps: Array<{ id: string; title: string }> = (await users[0]!.plan()).steps;
      assert.ok(steps.length >= 4);
      const [a, b, c] = [steps[0]!.id, steps[1]!.id, steps[2]!.id];
      await users[0]!.tick(a, 'done');
      await users[0]!.tick(b, 'doing');
      await users[0]!.tick(c, 'skipped');
      await users[1]!.tick(c, 'done');

      // the editor: reverse the steps, rename the second, remove the third
      const before = t.store.current();
      const edited = before.catalog.profiles.map((p) => {
        if (p.slug !== 'electrician') return p;
        const kept = [...p.roadmap].filter((s) => s.id !== c).reverse();
        return { ...p, roadmap: kept.map((s, i) => ({ ...s, step: i + 1, title: s.id === b ? 'Wiring homes and shops (renamed)' : s.title })) };
      });
      t.store.publish(createSnapshot(createCatalog([...edited], before.catalog.exams, before.catalog.vocabularies), before.occupations));

      const plan = await users[0]!.plan();
      const status = (id: string) => plan.steps.find((s: { id: string }) => s.id === id)?.status;
      assert.equal(status(a), 'done');
      assert.equal(status(b), 'doing');
      assert.equal(plan.steps.find((s: { id: string }) => s.id === b).title, 'Wiring homes and shops (renamed)');
      assert.equal(plan.steps[plan.steps.length - 1].id, a, 'the new order is the content’s');
      assert.deepEqual(plan.retired, [{ id: c, title: steps[2]!.title, status: 'skipped' }]);
      assert.equal(plan.done, 1);
      const second = await users[1]!.plan();
      assert.deepEqual(second.retired, [{ id: c, title: steps[2]!.title, status: 'done' }]);
      const exported = await users[1]!.export();
      assert.deepEqual(
        exported.progress.map((p: { stepId: string; retired: boolean }) => [p.stepId, p.retired]),
        [[c, true]],
      );
      t.store.publish(before);
    });
  });
}
