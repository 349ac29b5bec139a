/**
 * The catalog promise of issue 3: at least 60 complete careers across at least 12 fields,
 * every file clean under content:check, and every similar-career link on every page live.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CareerProfile } from '../src/careers/career.schema.ts';
import { checkContentDir } from '../src/content/content-check.ts';
import { REPO_CONTENT } from './support/content.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

const MINIMUMS: Array<[keyof CareerProfile, number]> = [
  ['skills', 8],
  ['education', 4],
  ['roadmap', 5],
  ['tasks', 4],
  ['tools', 4],
  ['jobTitles', 5],
  ['similarCareers', 3],
  ['progression', 4],
  ['industries', 5],
  ['portfolioProjects', 3],
  ['risks', 4],
  ['faqs', 5],
];

describe('the published catalog', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  it('passes content:check with no problems', async () => {
    const { problems } = await checkContentDir(REPO_CONTENT);
    assert.deepEqual(
      problems.map((p) => `${p.file}: ${p.field}: ${p.message}`),
      [],
    );
  });

  it('has at least 60 careers across at least 12 categories through the API', async () => {
    const first = (await t.app.inject('/api/v1/careers?limit=100')).json();
    assert.ok(first.total >= 60, `${first.total} careers`);
    const categories = new Set(first.items.map((i: { category: string }) => i.category));
    assert.ok(categories.size >= 12, `${categories.size} categories`);
  });

  it('gives every career a complete profile with all three salary segments and provenance', async () => {
    for (const summary of t.catalog.profiles) {
      const p = (await t.app.inject(`/api/v1/careers/${summary.slug}`)).json() as CareerProfile;
      for (const [field, min] of MINIMUMS) {
        assert.ok((p[field] as unknown[]).length >= min, `${p.slug}: ${field} has ${(p[field] as unknown[]).length}, needs ${min}`);
      }
      assert.deepEqual(p.salary.map((s) => s.segment).sort(), ['metro', 'pan-india', 'remote'], p.slug);
      for (const s of p.salary)
        assert.deepEqual(
          s.bands.map((b) => b.level),
          ['entry', 'mid', 'senior'],
          `${p.slug} ${s.segment}`,
        );
      assert.ok(p.provenance.sources.length >= 1 && /^\d{4}-\d{2}-\d{2}$/.test(p.provenance.reviewedAt), p.slug);
      assert.ok(
        p.similarCareers.every((s) => s.slug !== null),
        `${p.slug}: every similar career is in the catalog`,
      );
    }
  });

  it('has no broken similar-career link on any career page', async () => {
    const broken: string[] = [];
    for (const p of t.catalog.profiles) {
      const html = (await t.app.inject(`/careers/${p.slug}`)).body;
      assert.match(html, /Estimate · reviewed <time/, `${p.slug} shows how fresh the salary is`);
      const links = [...html.matchAll(/href="(\/careers\/[a-z0-9-]+)"/g)].map((m) => m[1]!);
      assert.ok(links.length >= 3, `${p.slug} links its similar careers`);
      for (const link of new Set(links)) {
        const res = await t.app.inject(link);
        if (res.statusCode !== 200) broken.push(`${p.slug} → ${link} (${res.statusCode})`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('shows careers grouped by category with counts on the home and category pages', async () => {
    const home = (await t.app.inject('/')).body;
    for (const c of t.catalog.categories()) {
      assert.ok(home.includes(`href="/categories/${c.slug}"`), c.name);
      const page = await t.app.inject(`/categories/${c.slug}`);
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(`${c.careers.length} careers in`), c.name);
      for (const p of c.careers) assert.ok(page.body.includes(`href="/careers/${p.slug}"`));
    }
    assert.equal((await t.app.inject('/categories/astrology')).statusCode, 404);
  });
});
