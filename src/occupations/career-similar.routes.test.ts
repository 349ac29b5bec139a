/** GET /api/v1/careers/:slug/similar and the computed-similarity section, with and without O*NET, on every database. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { dialectNames } from '../../test/support/databases.ts';
import { visibleText } from '../../test/support/html.ts';
import { startOnetTestApp, type OnetTestApp } from '../../test/support/onet-app.ts';
import { FIXTURE } from '../onet/onet-test-fixture.ts';
import { ONET_ATTRIBUTION } from '../onet/onet-types.ts';

interface Computed {
  slug: string;
  score: number;
  rank: number;
  curatedSimilarity: number | null;
  shared: Array<{ kind: string; name: string }>;
  missing: Array<{ kind: string; name: string; gap: number }>;
}
interface Body {
  slug: string;
  onet: boolean;
  curated: Array<{ slug: string | null; similarity: number }>;
  computed: Computed[];
  attribution?: string;
}

for (const dialect of dialectNames()) {
  for (const onet of [false, true]) {
    describe(`computed similar careers on ${dialect}, ${onet ? 'with' : 'without'} O*NET`, () => {
      let t: OnetTestApp;
      before(async () => {
        t = await startOnetTestApp(dialect, REPO_CONTENT, onet ? FIXTURE : null);
      });
      after(() => t.close());

      it('lists computed similar careers beside the curated ones, with shared and missing features', async () => {
        const res = await t.app.inject('/api/v1/careers/backend-developer/similar?limit=5');
        assert.equal(res.statusCode, 200);
        const body = res.json() as Body;
        assert.equal(body.onet, onet);
        assert.equal(body.attribution, onet ? ONET_ATTRIBUTION : undefined);
        assert.deepEqual(body.curated, t.catalog.get('backend-developer')!.similarCareers);
        assert.equal(body.computed.length, 5);
        assert.deepEqual(
          body.computed.map((c) => c.rank),
          [1, 2, 3, 4, 5],
        );
        for (let i = 1; i < body.computed.length; i += 1) assert.ok(body.computed[i - 1]!.score >= body.computed[i]!.score);
        assert.ok(body.computed.every((c) => c.slug !== 'backend-developer' && c.score > 0 && c.score <= 100));
        const top2 = body.computed.slice(0, 2).map((c) => c.slug);
        assert.ok(top2.includes('software-developer'), `software developer among the closest: ${top2}`);
        const sd = body.computed.find((c) => c.slug === 'software-developer')!;
        assert.equal(sd.curatedSimilarity, 88);
        assert.ok(sd.shared.some((f) => f.name === 'Debugging and Troubleshooting'));
        assert.ok(
          sd.missing.some((f) => f.name === 'Java'),
          'Java is what a backend developer would add',
        );
        assert.equal(sd.shared[0]!.kind === 'Skills' || sd.shared[0]!.kind === 'Tools', true, "the careers' own skills and tools explain first");
        const etag = String(res.headers.etag);
        const again = await t.app.inject({ url: '/api/v1/careers/backend-developer/similar?limit=5', headers: { 'if-none-match': etag } });
        assert.equal(again.statusCode, 304);
      });

      it('shows a computed similarity list after the curated one', async () => {
        const html = (await t.app.inject('/careers/backend-developer')).body;
        const at = html.indexOf('<section id="computed-similarity"');
        assert.ok(at > html.indexOf('<section id="similar-careers"') && at < html.indexOf('<section id="progression"'));
        const text = visibleText(html.slice(at, html.indexOf('</section>', at)));
        assert.ok(text.includes('Computed similarity') && text.includes('Software Developer') && text.includes('88%'), text.slice(0, 300));
      });

      it('answers a bad limit, an unknown parameter or an unknown career with a problem', async () => {
        for (const [url, status, field] of [
          ['/api/v1/careers/backend-developer/similar?limit=0', 400, 'limit'],
          ['/api/v1/careers/backend-developer/similar?limit=x', 400, 'limit'],
          ['/api/v1/careers/backend-developer/similar?k=3', 400, 'k'],
          ['/api/v1/careers/Backend_Developer/similar', 400, 'slug'],
          ['/api/v1/careers/astronaut/similar', 404, null],
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
    });
  }
}
