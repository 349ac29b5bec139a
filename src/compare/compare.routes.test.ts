import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectNames } from '../../test/support/databases.ts';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { textKey } from '../text/text-key.ts';
import type { Comparison } from './compare.schema.ts';

for (const dialect of dialectNames()) {
  describe(`compare API on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
    });
    after(() => t.close());

    const compare = async (careers: string): Promise<Comparison> => {
      const res = await t.app.inject(`/api/v1/compare?careers=${careers}`);
      assert.equal(res.statusCode, 200, res.body);
      return res.json() as Comparison;
    };

    it('puts two careers side by side in the order asked', async () => {
      const c = await compare('data-analyst,backend-developer');
      assert.deepEqual(
        c.careers.map((x) => x.slug),
        ['data-analyst', 'backend-developer'],
      );
      const backend = t.catalog.get('backend-developer')!;
      const x = c.careers[1]!;
      assert.deepEqual([x.demand, x.remote, x.futureScope, x.experience], [backend.demand, backend.remote, backend.futureScope, backend.experience]);
      assert.deepEqual(x.progression, backend.progression);
      assert.deepEqual(x.salary, backend.salary);
    });

    it('lines up salary bands per segment and level, one per career', async () => {
      const c = await compare('backend-developer,staff-nurse');
      const headline = c.salary.find((s) => s.segment === 'headline')!;
      const senior = headline.levels.find((l) => l.level === 'senior')!;
      const expected = ['backend-developer', 'staff-nurse'].map((slug) => {
        const b = t.catalog
          .get(slug)!
          .salary.find((s) => s.headline)!
          .bands.find((x) => x.level === 'senior')!;
        return { minLpa: b.minLpa, maxLpa: b.maxLpa };
      });
      assert.deepEqual(senior.bands, expected);
      assert.deepEqual(
        c.salary.map((s) => s.levels.map((l) => l.level)),
        c.salary.map(() => ['entry', 'mid', 'senior']),
      );
    });

    it('gives the education fit per degree for each career, with null where a career does not list it', async () => {
      const c = await compare('backend-developer,chartered-accountant');
      const ca = c.education.find((e) => e.degree === 'CA')!;
      assert.deepEqual(ca.fitScores, [null, 100]);
      for (const [i, slug] of ['backend-developer', 'chartered-accountant'].entries()) {
        for (const e of t.catalog.get(slug)!.education) {
          const row = c.education.find((r) => textKey(r.degree) === textKey(e.degree))!;
          assert.equal(row.fitScores[i], e.fitScore, `${slug} ${e.degree}`);
        }
      }
    });

    it('splits skills into shared and only-one-needs, from the profiles', async () => {
      const c = await compare('backend-developer,full-stack-developer');
      const names = (slug: string) => new Set(t.catalog.get(slug)!.skills.map((s) => textKey(s.name)));
      const a = names('backend-developer');
      const b = names('full-stack-developer');
      assert.deepEqual(new Set(c.skills.shared.map(textKey)), new Set([...a].filter((k) => b.has(k))));
      assert.deepEqual(new Set(c.skills.distinct[0]!.skills.map(textKey)), new Set([...a].filter((k) => !b.has(k))));
      assert.deepEqual(new Set(c.skills.distinct[1]!.skills.map(textKey)), new Set([...b].filter((k) => !a.has(k))));
      assert.ok(c.skills.shared.length > 0);
      assert.deepEqual(c.skills.partlyShared, []);
    });

    it('compares four careers: every pair gets a similarity, close careers score higher than distant ones', async () => {
      const c = await compare('backend-developer,full-stack-developer,staff-nurse,chartered-accountant');
      assert.equal(c.careers.length, 4);
      assert.equal(c.similarity.length, 6);
      for (const p of c.similarity) assert.ok(p.score >= 0 && p.score <= 100);
      const score = (a: string, b: string) => c.similarity.find((p) => p.careers.includes(a) && p.careers.includes(b))!.score;
      assert.ok(score('backend-developer', 'full-stack-developer') > score('backend-developer', 'staff-nurse'));
      assert.ok(c.skills.partlyShared.some((s) => s.careers.length >= 2));
    });

    it('accepts the careers as repeated parameters too', async () => {
      const res = await t.app.inject('/api/v1/compare?careers=backend-developer&careers=data-analyst');
      assert.equal(res.statusCode, 200);
      assert.equal(res.json().careers.length, 2);
    });

    const bad: Array<[string, RegExp]> = [
      ['', /give 2 to 4/],
      ['careers=backend-developer', /at least 2.*got 1/],
      ['careers=backend-developer,data-analyst,staff-nurse,chef,dentist', /at most 4.*got 5/],
      ['careers=backend-developer,backend-developer', /"backend-developer" is listed more than once/],
      ['careers=backend-developer,astronaut', /no career has the slug "astronaut"/],
      ['careers=backend-developer,Bad%20Slug!', /"Bad Slug!" is not a career slug/],
      ['careers=backend-developer,data-analyst&sort=title', /sort/],
    ];
    for (const [query, message] of bad) {
      it(`rejects ?${query} with 400 saying which`, async () => {
        const res = await t.app.inject(`/api/v1/compare?${query}`);
        assert.equal(res.statusCode, 400);
        assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
        const body = res.json();
        assert.ok(body.errors.length > 0);
        assert.match(body.detail, message);
        assert.ok(body.errors.every((e: { field: string }) => e.field === (query.includes('sort') ? 'sort' : 'careers')));
      });
    }

    it('answers 304 to a client holding the comparison', async () => {
      const first = await t.app.inject('/api/v1/compare?careers=backend-developer,data-analyst');
      const again = await t.app.inject({
        url: '/api/v1/compare?careers=backend-developer,data-analyst',
        headers: { 'if-none-match': first.headers.etag as string },
      });
      assert.equal(again.statusCode, 304);
    });
  });
}
