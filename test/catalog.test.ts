/**
 * The catalog promise of issue 3: at least 60 complete careers across at least 12 fields,
 * every file clean under content:check, and every similar-career link on every page live.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CareerProfile } from '../src/careers/career.schema.ts';
import { checkContentDir } from '../src/content/content-check.ts';
import { REPO_CONTENT } from './support/content.ts';
import { danglingPlanB } from '../src/content/plan-b-rules.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

const MINIMUMS: Array<[keyof CareerProfile, number]> = [
  ['skills', 8],
  ['education', 4],
  ['roadmap', 5],
  ['tasks', 4],
  ['tools', 4],
  ['jobTitles', 5],
  ['similarCareers', 3],
  ['progression', 3],
  // a government post has one employer: four industries (departments, boards) is complete for it
  ['industries', 4],
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

  it('has at least 130 careers across at least 16 categories through the API, with government, defence, railway, trade and health careers', async () => {
    const first = (await t.app.inject('/api/v1/careers?limit=100')).json();
    assert.ok(first.total >= 130, `${first.total} careers`);
    const categories = new Set(t.catalog.profiles.map((p) => p.category));
    assert.ok(categories.size >= 16, `${categories.size} categories`);
    for (const needed of ['Government and Public Service', 'Defence and Armed Forces', 'Railways', 'Skilled Trades and Hospitality', 'Healthcare']) {
      assert.ok(t.catalog.profiles.filter((p) => p.category === needed).length >= 4, needed);
    }
  });

  it('gives every career a complete profile with kinded salary segments, one headline, and provenance', async () => {
    for (const summary of t.catalog.profiles) {
      const p = (await t.app.inject(`/api/v1/careers/${summary.slug}`)).json() as CareerProfile;
      for (const [field, min] of MINIMUMS) {
        assert.ok((p[field] as unknown[]).length >= min, `${p.slug}: ${field} has ${(p[field] as unknown[]).length}, needs ${min}`);
      }
      assert.ok(p.salary.length >= 1 && p.salary.every((s) => s.kind !== undefined), `${p.slug}: every segment has a kind`);
      assert.equal(p.salary.filter((s) => s.headline).length, 1, `${p.slug}: one headline segment`);
      // bands in level order; a segment may cover only the levels it has figures for
      for (const s of p.salary) {
        const levels = s.bands.map((b) => b.level);
        assert.deepEqual(
          levels,
          ['entry', 'mid', 'senior'].filter((l) => levels.includes(l as never)),
          `${p.slug} ${s.segment}`,
        );
      }
      assert.ok(p.provenance.sources.length >= 1 && /^\d{4}-\d{2}-\d{2}$/.test(p.provenance.reviewedAt), p.slug);
      // a similar career outside the catalog (Farmer) is named with slug null; every slug given exists
      assert.ok(
        p.similarCareers.every((s) => s.slug === null || t.catalog.get(s.slug) !== undefined),
        `${p.slug}: every linked similar career is in the catalog`,
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

  it('shows Plan B under the pathways of a career gated by a competitive exam, with the time from the same stage', async () => {
    const { exams } = t.store.current().catalog;
    assert.deepEqual(danglingPlanB('exams.yaml', exams, new Set(t.catalog.profiles.map((p) => p.slug))), [], 'every Plan B career is in the catalog');
    const html = (await t.app.inject('/careers/doctor-mbbs')).body;
    const planB = html.slice(html.indexOf('id="plan-b"'));
    assert.ok(planB.length > 0 && html.includes('id="plan-b"'), 'the doctor page has a Plan B part');
    assert.match(planB, /If NEET-UG does not work out/);
    assert.match(planB, /href="\/careers\/staff-nurse"/);
    assert.match(planB, /from Class 12[^:]*: first salary in about [\d.]+(–[\d.]+)? years/);
    // a career reached without a competitive exam has none
    assert.doesNotMatch((await t.app.inject('/careers/electrician')).body, /id="plan-b"/);
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

  it('starts a student from their stage: the home page links to /match with it, which answers with eligibility', async () => {
    const home = (await t.app.inject('/')).body;
    for (const stage of ['class-10', 'class-12-science-pcb', 'class-12-arts', 'graduate-commerce', 'iti', 'working-professional']) {
      assert.ok(home.includes(`href="/match?stage=${stage}"`), stage);
    }
    const pcb = await t.app.inject('/match?stage=class-12-science-pcb');
    assert.equal(pcb.statusCode, 200);
    assert.match(pcb.body, /Where you stand: <strong>Class 12 Science with Biology \(PCB\)<\/strong>/);
    assert.match(pcb.body, /Not yet: stages remain/);
  });
});
