import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectNames } from '../../test/support/databases.ts';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { filterRules, find, findAll } from './finder.fixtures.ts';
import type { FacetValue } from './finder.schema.ts';

const count = (facet: FacetValue[], value: string) => facet.find((v) => v.value === value)?.count;

for (const dialect of dialectNames()) {
  describe(`finder API: search, filters and facets on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
    });
    after(() => t.close());

    const firsts: Array<[string, string]> = [
      ['bakend%20devloper', 'backend-developer'],
      ['data%20analyst', 'data-analyst'],
      ['ca', 'chartered-accountant'],
      ['chartered%20accountant', 'chartered-accountant'],
      ['nurse', 'staff-nurse'],
    ];
    for (const [q, slug] of firsts) {
      it(`puts ${slug} first for q=${decodeURIComponent(q)}`, async () => {
        const body = await find(t.app, `q=${q}`);
        assert.equal(body.items[0]?.slug, slug);
        assert.equal(body.sort, 'relevance');
      });
    }

    it('lists careers with the word in the title before careers that mention it elsewhere', async () => {
      const slugs = await findAll(t.app, 'q=engineer');
      const titled = slugs.map((s) => /engineer/i.test(t.catalog.get(s)!.title));
      assert.ok(titled.filter(Boolean).length >= 8);
      assert.equal(
        titled.indexOf(false) === -1 ? titled.length : titled.indexOf(false),
        titled.filter(Boolean).length,
        'no mention-only career before a title match',
      );
    });

    it('finds careers through job titles, skills and tools', async () => {
      assert.equal((await find(t.app, 'q=articleship')).items[0]?.slug, 'chartered-accountant');
      assert.ok((await findAll(t.app, 'q=python')).includes('data-scientist'));
      assert.ok((await findAll(t.app, 'q=postgresql')).includes('backend-developer'));
    });

    it('returns every career in title order without q, and nothing for gibberish', async () => {
      const slugs = await findAll(t.app, 'sort=relevance');
      assert.deepEqual(
        slugs,
        t.catalog.profiles.map((p) => p.slug),
      );
      const none = await find(t.app, 'q=zzqqxxyy');
      assert.equal(none.total, 0);
      assert.deepEqual(none.items, []);
    });

    for (const [query, matches] of filterRules) {
      it(`filters ${decodeURIComponent(query)} to exactly the careers that qualify`, async () => {
        const expected = t.catalog.profiles.filter(matches).map((p) => p.slug);
        assert.ok(expected.length > 0, 'the rule selects some careers');
        assert.ok(expected.length < t.catalog.profiles.length, 'the rule leaves some careers out');
        assert.deepEqual(await findAll(t.app, query), expected);
        assert.equal((await find(t.app, query)).total, expected.length);
      });
    }

    it('combines search and filters', async () => {
      const slugs = await findAll(t.app, 'q=developer&remote=high');
      assert.ok(slugs.length > 0);
      for (const s of slugs) assert.equal(t.catalog.get(s)!.remote, 'high');
      assert.equal(slugs[0], (await find(t.app, 'q=developer&remote=high&limit=1')).items[0]!.slug);
    });

    it("counts each filter's values with every other active filter applied, but not its own", async () => {
      const body = await find(t.app, 'category=software-development&demand=high');
      const software = t.catalog.profiles.filter((p) => p.category === 'Software Development');
      const highDemand = t.catalog.profiles.filter((p) => p.demand === 'high');
      for (const level of ['high', 'medium', 'low']) {
        assert.equal(count(body.facets.demand, level), software.filter((p) => p.demand === level).length, `demand ${level}`);
      }
      assert.equal(count(body.facets.category, 'healthcare'), highDemand.filter((p) => p.category === 'Healthcare').length);
      assert.equal(count(body.facets.remote, 'high'), software.filter((p) => p.demand === 'high' && p.remote === 'high').length);
      assert.deepEqual(
        body.facets.demand.filter((v) => v.selected).map((v) => v.value),
        ['high'],
      );
      assert.deepEqual(
        body.facets.category.filter((v) => v.selected).map((v) => v.value),
        ['software-development'],
      );
    });

    it('gives facet counts that equal the total you get by choosing the value', async () => {
      const base = 'q=analyst&remote=medium';
      const body = await find(t.app, base);
      for (const key of ['category', 'demand', 'futureScope', 'experience', 'minSalaryLpa', 'degree', 'skill', 'industry'] as const) {
        for (const v of body.facets[key].filter((x) => x.count > 0).slice(0, 3)) {
          const chosen = await find(t.app, `${base}&${key}=${encodeURIComponent(v.value)}`);
          assert.equal(chosen.total, v.count, `${key}=${v.value}`);
        }
      }
    });

    it('counts the salary floors for the chosen segment and level', async () => {
      const body = await find(t.app, 'segment=metro&level=senior');
      for (const v of body.facets.minSalaryLpa) {
        assert.equal(v.count, (await find(t.app, `segment=metro&level=senior&minSalaryLpa=${v.value}`)).total, `floor ${v.value}`);
      }
    });

    it('shows each item with its salary bands for the chosen segment', async () => {
      const item = (await find(t.app, 'q=backend%20developer&segment=remote&limit=1')).items[0]!;
      const profile = t.catalog.get('backend-developer')!;
      assert.deepEqual(item.salary?.bands, profile.salary.find((s) => s.segment === 'remote')!.bands);
      assert.equal(item.futureScope, profile.futureScope);
      assert.deepEqual(item.experience, profile.experience);
    });

    it('treats empty parameters, as a GET form sends them, as not given', async () => {
      const body = await find(t.app, 'q=&category=&experience=&minSalaryLpa=&degree=');
      assert.equal(body.total, t.catalog.profiles.length);
    });
  });
}

describe('finder search resolves job titles', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  for (const [q, slug] of [
    ['sde 2', 'software-developer'],
    ['nursing officer', 'staff-nurse'],
    ['sre', 'devops-engineer'],
    ['ca articleship', 'chartered-accountant'],
  ] as const) {
    it(`puts ${slug} first for the job title "${q}"`, async () => {
      const body = (await t.app.inject(`/api/v1/careers?q=${encodeURIComponent(q)}`)).json();
      assert.equal(body.items[0]?.slug, slug, JSON.stringify(body.items.map((i: { slug: string }) => i.slug)));
    });
  }
});
