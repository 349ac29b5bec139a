/** GET /api/v1/careers/:slug/transitions and the "Where this career can lead" section, on every database. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { dialectNames } from '../../test/support/databases.ts';
import { visibleText } from '../../test/support/html.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

interface Body {
  from: { slug: string };
  direct: Array<{ to: { slug: string }; kind: string; months: number; overlap: number; steps: Array<{ skillsToAdd: Array<{ name: string }> }> }>;
  twoStep: Array<{ to: { slug: string }; via: { slug: string } | null; kind: string; months: number }>;
  method: string;
}

for (const dialect of dialectNames()) {
  describe(`career transitions on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
    });
    after(() => t.close());

    it('lists direct moves and two-step paths with overlap, skills to add and months', async () => {
      const res = await t.app.inject('/api/v1/careers/backend-developer/transitions');
      assert.equal(res.statusCode, 200);
      const body = res.json() as Body;
      assert.equal(body.from.slug, 'backend-developer');
      assert.ok(body.direct.length > 0 && body.direct.length <= 10 && body.twoStep.length <= 10);
      assert.ok(body.direct.every((d) => d.kind === 'direct' && d.months > 0 && d.steps[0]!.skillsToAdd.length > 0));
      assert.ok(body.direct.some((d) => d.to.slug === 'devops-engineer'));
      assert.ok(body.twoStep.some((p) => p.kind === 'two-step' && p.via?.slug === 'devops-engineer' && p.to.slug === 'cloud-architect'));
      assert.match(body.method, /months = ceil\(0\.25/);
      const small = (await t.app.inject('/api/v1/careers/backend-developer/transitions?limit=1')).json() as Body;
      assert.deepEqual([small.direct.length, small.twoStep.length], [1, 1]);
      const etag = String(res.headers.etag);
      assert.equal((await t.app.inject({ url: '/api/v1/careers/backend-developer/transitions', headers: { 'if-none-match': etag } })).statusCode, 304);
    });

    it('answers bad input with a problem naming the field', async () => {
      for (const [url, status, field] of [
        ['/api/v1/careers/backend-developer/transitions?limit=0', 400, 'limit'],
        ['/api/v1/careers/backend-developer/transitions?limit=31', 400, 'limit'],
        ['/api/v1/careers/backend-developer/transitions?to=x', 400, 'to'],
        ['/api/v1/careers/NOPE/transitions', 400, 'slug'],
        ['/api/v1/careers/astronaut/transitions', 404, null],
      ] as const) {
        const res = await t.app.inject(url);
        assert.equal(res.statusCode, status, url);
        assert.match(String(res.headers['content-type']), /application\/problem\+json/);
        if (field)
          assert.ok(
            (res.json() as { errors: Array<{ field: string }> }).errors.some((e) => e.field === field),
            url,
          );
      }
    });

    it('shows "Where this career can lead" after Career progression', async () => {
      const html = (await t.app.inject('/careers/backend-developer')).body;
      const at = html.indexOf('<section id="transitions"');
      assert.ok(at > html.indexOf('<section id="progression"') && at < html.indexOf('<section id="industries"'));
      const text = visibleText(html.slice(at, html.indexOf('</section>', at)));
      assert.ok(text.includes('Where this career can lead'));
      assert.ok(text.includes('Backend Developer → DevOps Engineer → Cloud Architect'), text.slice(0, 400));
      assert.match(text, /DevOps Engineer \d+% overlap · about \d+ months/);
    });
  });
}
