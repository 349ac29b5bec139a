import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { checkContentDir } from '../content/content-check.ts';
import { REPO_CONTENT, SEED_PAGE } from '../../test/support/content.ts';
import { renderPageText } from '../../test/support/page-text.ts';
import { hintsFromContent, importPage } from './import-page.ts';
import type { CareerProfile } from '../careers/career.schema.ts';

/**
 * The facts a page shows: the profile without what the page format does not carry (provenance,
 * reference codes, pathways, local names, regulation, roadmap step ids and hours, segment ids,
 * kinds and the headline flag).
 */
function pageFacts(p: CareerProfile) {
  const { provenance: _p, codes: _c, pathways: _w, localNames: _l, regulation: _r, translations: _t, ...rest } = p;
  return {
    ...rest,
    // a stage's pay band is ours, not part of the published page's text
    progression: p.progression.map(({ stage, titles, experience }) => ({ stage, titles, experience })),
    salary: p.salary.map(({ label, note, bands }) => ({ label, note, bands })),
    roadmap: p.roadmap.map(({ step, title, goal, task, output }) => ({ step, title, goal, task, output })),
  };
}

const cli = fileURLToPath(new URL('./import.cli.ts', import.meta.url));
const runImport = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' });

describe('page importer', () => {
  it('reads every catalog career back from its page text, field for field', async () => {
    const { profiles } = await checkContentDir(REPO_CONTENT);
    const hints = await hintsFromContent(REPO_CONTENT, 'catalog');
    const failures: string[] = [];
    for (const p of profiles) {
      const result = await importPage(renderPageText(p), `${p.slug}.txt`, hints);
      if (!result) {
        failures.push(`${p.slug}: not recognised`);
        continue;
      }
      const expected = pageFacts(p);
      const actual = pageFacts(result.profile as CareerProfile);
      try {
        assert.deepEqual(result.unplaced, []);
        assert.deepEqual(actual, expected);
      } catch (error) {
        failures.push(`${p.slug}: ${(error as Error).message.slice(0, 600)}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('places every line of a different career page written in the same format', async () => {
    const page = fileURLToPath(new URL('../../test/fixtures/pages/merchant-navy-officer-india.txt', import.meta.url));
    const run = runImport('--json', page);
    assert.equal(run.status, 0, run.stderr);
    const p = JSON.parse(run.stdout);
    const counts = [
      'skills',
      'education',
      'roadmap',
      'tasks',
      'tools',
      'jobTitles',
      'similarCareers',
      'progression',
      'industries',
      'portfolioProjects',
      'risks',
      'faqs',
    ].map((k) => p[k].length);
    assert.deepEqual(counts, [11, 5, 7, 4, 5, 8, 4, 5, 7, 3, 5, 6]);
    assert.equal(p.title, 'Merchant Navy Officer');
    assert.deepEqual([p.category, p.roleFamily, p.remote, p.futureScope], ['Maritime and Logistics', 'Officer', 'low', 'good']);
    assert.ok(p.salary.some((s: { bands: Array<{ maxLpa: number | null }> }) => s.bands.some((b) => b.maxLpa === null)));
    assert.deepEqual(
      p.education.map((e: { level: string; fitScore: number }) => [e.level, e.fitScore]).filter(([, fit]: [string, number]) => fit === 100 || fit === 40),
      [
        ['Graduate', 100],
        ['No degree', 40],
      ],
    );
    assert.ok(p.education.some((e: { degree: string }) => e.degree === 'GP Rating course after Class 10'));
    assert.ok(p.progression.some((s: { stage: string }) => s.stage === 'Senior Officer'));
  });

  it('places tool rows whatever their badge says, and a header whose category is new', () => {
    // a hand-written page whose tool badges are not the tools' initials ("ES" before "Marg ERP or Tally Pharma")
    const page = fileURLToPath(new URL('../../test/fixtures/pages/pharmacy-assistant-india.txt', import.meta.url));
    const run = runImport('--json', page);
    assert.equal(run.status, 0, run.stderr);
    const p = JSON.parse(run.stdout);
    assert.equal(p.tools.length, 5);
    assert.ok(p.tools.every((tool: { name: string; category: string; usedFor: string }) => tool.name.length > 3 && tool.category && tool.usedFor));
    assert.ok(!p.tools.some((tool: { name: string }) => /^[A-Z0-9]{1,3}$/.test(tool.name)), 'no badge taken for a tool name');
    assert.deepEqual([p.category, p.roleFamily], ['Retail Healthcare', 'Assistant']);
  });

  it('prints the seed as JSON on stdout and exits 0 with --json', () => {
    const run = runImport('--json', SEED_PAGE);
    assert.equal(run.status, 0, run.stderr);
    const profile = JSON.parse(run.stdout);
    assert.equal(profile.slug, 'backend-developer');
    assert.equal(profile.skills.length, 15);
    assert.doesNotMatch(run.stderr, /not placed/);
  });

  it('lists unplaced lines with their line numbers and exits 1', async () => {
    const { writeFile, mkdtemp, readFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'careerpath-import-'));
    const page = join(dir, 'page.txt');
    const seed = await readFile(SEED_PAGE, 'utf8');
    await writeFile(page, seed.replace('Tools used\n', 'Tools used\n\nSponsored: learn backend in 30 days!\n'));
    const run = runImport('--json', page);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /page\.txt:\d+: not placed: Sponsored: learn backend in 30 days!/);
  });

  it('explains its usage and refuses a missing file', () => {
    assert.equal(runImport().status, 2);
    const missing = runImport('--json', '/nonexistent/page.txt');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read \/nonexistent\/page\.txt: ENOENT/);
  });
});
