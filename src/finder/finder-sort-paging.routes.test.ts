import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectNames } from '../../test/support/databases.ts';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { band, find, findAll } from './finder.fixtures.ts';

const RANK: Record<string, number> = { high: 3, medium: 2, low: 1 };

for (const dialect of dialectNames()) {
  describe(`finder API: sorting, pages and bad input on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
    });
    after(() => t.close());

    it('sorts by title', async () => {
      const titles = (await findAll(t.app, 'q=engineer&sort=title')).map((s) => t.catalog.get(s)!.title);
      assert.deepEqual(
        titles,
        [...titles].sort((a, b) => a.localeCompare(b, 'en')),
      );
    });

    it('sorts by salary for the chosen segment and level, highest first, open-ended at the top, careers without figures last', async () => {
      const slugs = await findAll(t.app, 'sort=salary&segment=remote&level=senior');
      // no band of that kind: no figures, so after every career that has them
      const tops = slugs.map((s) => {
        const b = band(t.catalog.get(s)!, 'remote', 'senior');
        return b === undefined ? -1 : (b.maxLpa ?? Infinity);
      });
      assert.ok(
        tops.every((v, i) => i === 0 || tops[i - 1]! >= v),
        tops.join(' '),
      );
      assert.equal(tops[0], Infinity);
      const metro = await findAll(t.app, 'sort=salary&segment=metro&level=entry');
      assert.notDeepEqual(metro, slugs, 'a different segment and level give a different order');
    });

    it('sorts by demand, highest first', async () => {
      const ranks = (await findAll(t.app, 'sort=demand')).map((s) => RANK[t.catalog.get(s)!.demand]!);
      assert.ok(ranks.every((v, i) => i === 0 || ranks[i - 1]! >= v));
      assert.equal((await find(t.app, 'sort=demand')).sort, 'demand');
    });

    it('pages through a search with cursors: same careers, same order, no repeats', async () => {
      const query = 'q=developer&demand=high';
      const whole = (await find(t.app, `${query}&limit=100`)).items.map((i) => i.slug);
      const paged: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await find(t.app, `${query}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        assert.ok(page.items.length <= 2);
        assert.equal(page.total, whole.length);
        paged.push(...page.items.map((i) => i.slug));
        cursor = page.nextCursor;
        pages++;
      } while (cursor);
      assert.deepEqual(paged, whole);
      assert.equal(pages, Math.ceil(whole.length / 2));
    });

    it('refuses a cursor taken from a different search', async () => {
      const cursor = (await find(t.app, 'limit=1')).nextCursor; // after Accountant, which no developer search holds
      const res = await t.app.inject(`/api/v1/careers?q=developer&cursor=${cursor}`);
      assert.equal(res.statusCode, 400);
      assert.equal(res.json().errors[0].field, 'cursor');
    });

    it('answers a repeated request with 304 when the client has it', async () => {
      const first = await t.app.inject('/api/v1/careers?q=data&demand=high');
      const again = await t.app.inject({ url: '/api/v1/careers?q=data&demand=high', headers: { 'if-none-match': first.headers.etag as string } });
      assert.equal(again.statusCode, 304);
      const other = await t.app.inject({ url: '/api/v1/careers?q=data&demand=low', headers: { 'if-none-match': first.headers.etag as string } });
      assert.equal(other.statusCode, 200);
    });

    const badInputs: Array<[string, string]> = [
      [`q=${'a'.repeat(201)}`, 'q'],
      ['category=astronomy', 'category'],
      ['demand=huge', 'demand'],
      ['remote=always', 'remote'],
      ['futureScope=bright', 'futureScope'],
      ['experience=ten', 'experience'],
      ['experience=-1', 'experience'],
      ['experience=51', 'experience'],
      ['experience=2.5', 'experience'],
      ['minSalaryLpa=lots', 'minSalaryLpa'],
      ['minSalaryLpa=-3', 'minSalaryLpa'],
      ['minSalaryLpa=5&segment=moon', 'segment'],
      ['minSalaryLpa=5&level=intern', 'level'],
      ['degree=Astrophysics%20PhD', 'degree'],
      ['skill=Telepathy', 'skill'],
      ['industry=Space%20mining', 'industry'],
      ['sort=random', 'sort'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['cursor=not-a-cursor', 'cursor'],
      ['page=2', 'page'],
    ];
    for (const [query, field] of badInputs) {
      it(`rejects ${query.slice(0, 40)} with 400 problem+json naming ${field}`, async () => {
        const res = await t.app.inject(`/api/v1/careers?${query}`);
        assert.equal(res.statusCode, 400);
        assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
        const body = res.json();
        assert.equal(body.status, 400);
        const fields = body.errors.map((e: { field: string }) => e.field.replace(/\[\d+\]$/, ''));
        assert.ok(fields.includes(field), JSON.stringify(body.errors));
        assert.match(body.detail, new RegExp(field));
      });
    }

    it('names every bad value at once', async () => {
      const res = await t.app.inject('/api/v1/careers?category=astronomy&skill=Telepathy&industry=Space%20mining');
      const fields = res.json().errors.map((e: { field: string }) => e.field);
      assert.deepEqual(fields, ['category', 'skill', 'industry']);
      assert.match(res.json().detail, /astronomy/);
    });

    it('documents the finder and compare in the OpenAPI document', async () => {
      const doc = (await t.app.inject('/api/v1/openapi.json')).json();
      const params = doc.paths['/api/v1/careers'].get.parameters.map((p: { name: string }) => p.name);
      for (const name of [
        'q',
        'category',
        'demand',
        'remote',
        'futureScope',
        'experience',
        'minSalaryLpa',
        'segment',
        'level',
        'degree',
        'skill',
        'industry',
        'sort',
        'limit',
        'cursor',
      ]) {
        assert.ok(params.includes(name), name);
      }
      assert.ok(doc.paths['/api/v1/compare']);
      assert.ok(doc.components.schemas.Comparison);
    });
  });
}
