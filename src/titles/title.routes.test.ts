/** GET /api/v1/titles with the fixture O*NET import and without, on every database. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { dialectNames } from '../../test/support/databases.ts';
import { startOnetTestApp, type OnetTestApp } from '../../test/support/onet-app.ts';
import { FIXTURE } from '../onet/onet-test-fixture.ts';
import { ONET_ATTRIBUTION } from '../onet/onet-types.ts';

interface Body {
  onet: boolean;
  careers: Array<{ slug: string; matchedKind: string }>;
  occupations: Array<{ code: string; careers: string[] }>;
  attribution?: string;
}

for (const dialect of dialectNames()) {
  for (const onet of [true, false]) {
    describe(`title resolution API on ${dialect}, ${onet ? 'with' : 'without'} O*NET`, () => {
      let t: OnetTestApp;
      before(async () => {
        t = await startOnetTestApp(dialect, REPO_CONTENT, onet ? FIXTURE : null);
      });
      after(() => t.close());

      it('answers a title no career has with nothing, and the nearest categories to browse', async () => {
        const ward = (await t.app.inject('/api/v1/titles?q=hospital%20ward%20boy')).json();
        assert.deepEqual(ward.careers, []);
        assert.equal(ward.nearestCategories[0]?.slug, 'healthcare');
        const far = (await t.app.inject('/api/v1/titles?q=astronaut')).json();
        assert.deepEqual([far.careers, far.nearestCategories], [[], []]);
      });

      it('maps a typed title to careers, and to occupations when O*NET is imported', async () => {
        const res = await t.app.inject('/api/v1/titles?q=staff%20nurse');
        assert.equal(res.statusCode, 200);
        const body = res.json() as Body;
        assert.equal(body.onet, onet);
        assert.equal(body.careers[0]?.slug, 'staff-nurse');
        assert.equal(body.attribution, onet ? ONET_ATTRIBUTION : undefined);
        if (onet) assert.deepEqual([body.occupations[0]?.code, body.occupations[0]?.careers], ['29-1141.00', ['staff-nurse']]);
        else assert.deepEqual(body.occupations, []);
        for (const [q, slug] of [
          ['sde 2', 'software-developer'],
          ['java developer', 'software-developer'],
          ['ca articleship', 'chartered-accountant'],
        ]) {
          assert.equal(((await t.app.inject(`/api/v1/titles?q=${encodeURIComponent(q!)}`)).json() as Body).careers[0]?.slug, slug, q);
        }
        const limited = (await t.app.inject('/api/v1/titles?q=developer&limit=2')).json() as Body;
        assert.ok(limited.careers.length === 2 && limited.occupations.length <= 2);
        assert.equal((await t.app.inject({ url: '/api/v1/titles?q=staff%20nurse', headers: { 'if-none-match': String(res.headers.etag) } })).statusCode, 304);
      });

      it('answers bad input with a 400 naming the field', async () => {
        for (const [url, field] of [
          ['/api/v1/titles', 'q'],
          ['/api/v1/titles?q=', 'q'],
          ['/api/v1/titles?q=nurse&limit=21', 'limit'],
          ['/api/v1/titles?title=nurse', 'title'],
        ]) {
          const res = await t.app.inject(url!);
          assert.equal(res.statusCode, 400, url);
          assert.match(String(res.headers['content-type']), /application\/problem\+json/);
          assert.ok(
            (res.json() as { errors: Array<{ field: string }> }).errors.some((e) => e.field === field),
            url,
          );
        }
      });
    });
  }
}
