/**
 * The published seed page is the contract: every fact on it is in the stored profile, on
 * the rendered page and in the API. Imports the seed and compares all three.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import type { CareerProfile } from '../src/careers/career.schema.ts';
import { BAND_LABELS, formatBand } from '../src/careers/section-copy.ts';
import { importPage } from '../src/importer/import-page.ts';
import { REPO_CONTENT, SEED_PAGE } from './support/content.ts';
import { dialectNames } from './support/databases.ts';
import { visibleText } from './support/html.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

/**
 * What the seed page states: the profile without what the page format does not carry
 * (provenance, codes, pathways, local names, regulation, roadmap ids and hours, segment kinds),
 * and with the similar careers the page lists (the catalog may link more careers after them).
 */
function facts(p: CareerProfile, similar = p.similarCareers.length) {
  const { provenance: _p, codes: _c, pathways: _w, localNames: _l, regulation: _r, ...rest } = p;
  return {
    ...rest,
    salary: p.salary.map(({ segment, label, note, bands }) => ({ segment, label, note, bands })),
    roadmap: p.roadmap.map(({ step, title, goal, task, output }) => ({ step, title, goal, task, output })),
    similarCareers: p.similarCareers.slice(0, similar),
    // the pay band of each stage is ours, not the seed page's
    progression: p.progression.map(({ stage, titles, experience }) => ({ stage, titles, experience })),
  };
}
type Facts = ReturnType<typeof facts>;

/** Identifiers (slugs, segment and band keys) are not prose; the page shows them as links and labels, checked below. */
const IDENTIFIERS = new Set(['slug', 'segment']);

function leaves(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return IDENTIFIERS.has(key) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((v) => leaves(v, key));
  if (value && typeof value === 'object') {
    const isBand = 'minLpa' in value;
    return Object.entries(value).flatMap(([k, v]) => (isBand && k === 'level' ? [] : leaves(v, k)));
  }
  return [];
}

for (const dialect of dialectNames()) {
  describe(`seed page facts on ${dialect}`, () => {
    let t: TestApp;
    let seed: Facts;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
      const imported = await importPage(await readFile(SEED_PAGE, 'utf8'), 'backend-developer-india.txt', REPO_CONTENT);
      assert.ok(imported?.valid, 'the seed imports into a valid profile');
      assert.deepEqual(imported.unplaced, []);
      seed = facts(imported.valid);
    });
    after(() => t.close());

    it('the API returns every fact of the seed page, unchanged', async () => {
      const api = (await t.app.inject('/api/v1/careers/backend-developer')).json() as CareerProfile;
      assert.deepEqual(facts(api, seed.similarCareers.length), seed);
      assert.equal(api.salary.find((s) => s.segment === 'remote')!.bands.find((b) => b.level === 'senior')!.maxLpa, null);
    });

    it('the page shows every line of the seed page, read straight from the seed file', async () => {
      // Independent of the importer: each seed line must stand in the page text (spacing
      // aside: the dump glues table cells). Skill cards repeat the table as "Typedatabase",
      // "Importancehigh"…; for those the value must be there.
      const text = visibleText((await t.app.inject('/careers/backend-developer')).body).replace(/\s+/g, '');
      const lines = (await readFile(SEED_PAGE, 'utf8'))
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const card = /^(?:Type|Importance|Level|Used for)([^:\s].*)$/;
      const missing = lines.filter((line) => {
        const value = line.match(card)?.[1] ?? line;
        return !text.includes(value.replace(/\s+/g, ''));
      });
      assert.deepEqual(missing, []);
    });

    it('the page shows every fact of the seed page as text', async () => {
      const text = visibleText((await t.app.inject('/careers/backend-developer')).body);
      const missing = leaves(seed).filter((s) => !text.includes(s));
      assert.deepEqual(missing, []);
      const numbers = [
        ...seed.salary.flatMap((s) => s.bands.map((b) => `${BAND_LABELS[b.level]} ₹${formatBand(b.minLpa, b.maxLpa)}`)),
        ...seed.education.map((e) => `${e.fitScore}/100 ${e.preferred ? 'Yes' : 'No'}`),
        ...seed.similarCareers.map((s) => `${s.similarity}% similarity`),
        ...seed.roadmap.map((r) => `Month ${r.step} ${r.title}`),
        '0-5 years experience',
        'Remote: high',
        'Demand: high',
        'Future scope: strong',
        '38.0 LPA+',
        ...seed.salary.map((s) => s.label),
      ];
      assert.deepEqual(
        numbers.filter((n) => !text.includes(n)),
        [],
      );
      const html = (await t.app.inject('/careers/backend-developer')).body;
      for (const s of seed.similarCareers) assert.ok(html.includes(`href="/careers/${s.slug}"`), `links ${s.slug}`);
    });
  });
}
