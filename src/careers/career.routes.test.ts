import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectNames } from '../../test/support/databases.ts';
import { REPO_CONTENT, readRepoProfile } from '../../test/support/content.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

for (const dialect of dialectNames()) {
  describe(`careers API on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
    });
    after(() => t.close());

    it('returns the full profile exactly as the content file has it', async () => {
      const res = await t.app.inject('/api/v1/careers/backend-developer');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), readRepoProfile('backend-developer'));
    });

    it('pages through every career with cursors, in title order, without repeats', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let total = 0;
      do {
        const query: string = cursor ? `limit=7&cursor=${cursor}` : 'limit=7';
        const body = (await t.app.inject(`/api/v1/careers?${query}`)).json();
        assert.ok(body.items.length <= 7);
        seen.push(...body.items.map((i: { slug: string }) => i.slug));
        total = body.total;
        cursor = body.nextCursor;
      } while (cursor);
      assert.equal(seen.length, total);
      assert.equal(new Set(seen).size, total);
      const titles = seen.map((s) => t.catalog.get(s)!.title);
      assert.deepEqual(
        titles,
        [...titles].sort((a, b) => a.localeCompare(b, 'en')),
      );
      const first = (await t.app.inject('/api/v1/careers?limit=1')).json().items[0];
      // the original list contract; the finder adds fields (futureScope, experience, salary) but removes none
      for (const key of ['category', 'demand', 'remote', 'slug', 'summary', 'title']) assert.ok(key in first, `list items keep ${key}`);
    });

    it('answers If-None-Match with 304 and a changed tag with 200', async () => {
      const first = await t.app.inject('/api/v1/careers/backend-developer');
      const etag = first.headers.etag as string;
      assert.match(first.headers['cache-control'] as string, /max-age=\d+/);
      const again = await t.app.inject({ url: '/api/v1/careers/backend-developer', headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
      const stale = await t.app.inject({ url: '/api/v1/careers/backend-developer', headers: { 'if-none-match': '"old"' } });
      assert.equal(stale.statusCode, 200);
    });

    it('says 404 in problem+json for an unknown career', async () => {
      const res = await t.app.inject('/api/v1/careers/astronaut');
      assert.equal(res.statusCode, 404);
      assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
      assert.equal(res.json().status, 404);
      assert.match(res.json().detail, /astronaut/);
    });

    const badInputs: Array<[string, string]> = [
      ['/api/v1/careers?limit=abc', 'limit'],
      ['/api/v1/careers?limit=100000', 'limit'],
      ['/api/v1/careers?limit=0', 'limit'],
      ['/api/v1/careers?cursor=not-a-cursor', 'cursor'],
      ['/api/v1/careers/Bad%20Slug!', 'slug'],
    ];
    for (const [url, field] of badInputs) {
      it(`rejects ${url} with 400 naming ${field}`, async () => {
        const res = await t.app.inject(url);
        assert.equal(res.statusCode, 400);
        assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
        const body = res.json();
        assert.equal(body.title, 'Invalid request');
        assert.ok(
          body.errors.some((e: { field: string }) => e.field === field),
          JSON.stringify(body.errors),
        );
      });
    }

    it('publishes an OpenAPI document with named schemas', async () => {
      const doc = (await t.app.inject('/api/v1/openapi.json')).json();
      assert.ok(doc.openapi.startsWith('3.'));
      assert.ok(doc.paths['/api/v1/careers/{slug}']);
      assert.ok(doc.components.schemas.CareerProfile);
      assert.ok(doc.components.schemas.Problem);
      const paths = Object.keys(doc.paths);
      assert.ok(
        paths.every((p) => p.startsWith('/api/v1/')),
        `only API routes are documented: ${paths.join(', ')}`,
      );
      const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops as Record<string, { operationId?: string }>).map((o) => o.operationId));
      assert.ok(ids.every(Boolean), 'every operation has an operationId');
      assert.equal(new Set(ids).size, ids.length, 'operationIds are unique');
      assert.equal(doc.paths['/api/v1/careers/{slug}'].get.operationId, 'getCareersBySlug');
      const docs = await t.app.inject('/docs');
      assert.equal(docs.statusCode, 200);
      assert.match(docs.headers['content-type'] as string, /^text\/html/);
    });
  });
}
