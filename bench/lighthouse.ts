/**
 * `npm run lighthouse`: Lighthouse 12 (mobile, its default) on the pages most visitors open,
 * against the production server (`src/app/server.ts` on a fresh SQLite file). Prints the four
 * category scores per page and exits 1 when any is below 0.95, or a page does not answer 200.
 * Not part of `npm test`: performance depends on the machine, so each page is audited
 * LIGHTHOUSE_RUNS times (3) and the median per category counts. CHROME_PATH picks the browser.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { freePort, start, stop, stopAll, waitUntilUp } from '../test/support/processes.ts';
import { startCareerpath } from './servers.ts';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FLOOR = 0.95;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`LIGHTHOUSE_RUNS must be a whole number of 1 or more, got "${process.env.LIGHTHOUSE_RUNS}"`);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const PAGES = [
  ['home', '/'],
  ['career', '/careers/backend-developer'],
  ['finder', '/finder?q=developer'],
  ['compare', '/compare?careers=backend-developer,data-analyst'],
  ['match', '/match'],
  ['Hindi home', '/hi/'],
] as const;

interface Row {
  name: string;
  path: string;
  status: number;
  scores: Partial<Record<(typeof CATEGORIES)[number], number>>;
  /** Audits that cost points, for the reader to act on. */
  failing: string[];
}

async function startChromium(dir: string) {
  const port = await freePort();
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', `--remote-debugging-port=${port}`, `--user-data-dir=${join(dir, 'profile')}`];
  const started = start(CHROMIUM, [...flags, 'about:blank']);
  await waitUntilUp(`http://127.0.0.1:${port}/json/version`, started, { timeoutMs: 20_000 });
  return { port, started };
}

/** One Lighthouse run; a run whose trace went wrong (NO_NAVSTART and the like, on a busy machine) is tried again, twice at most. */
async function audit(base: string, port: number, name: string, path: string, attempt = 1): Promise<Row> {
  const result = await lighthouse(`${base}${path}`, { port, logLevel: 'error', output: 'json', onlyCategories: [...CATEGORIES] });
  const lhr = result?.lhr;
  if (!lhr) throw new Error(`${path}: Lighthouse returned no result`);
  if (lhr.runtimeError) {
    if (attempt < 3) return audit(base, port, name, path, attempt + 1);
    throw new Error(`${path}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? 0]));
  // audits that count towards a category and lost points: where to look first
  const counted = new Set(CATEGORIES.flatMap((c) => (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)));
  const failing = Object.values(lhr.audits)
    .filter((a) => counted.has(a.id) && a.score !== null && a.score < 0.9)
    .map((a) => `${a.id} (${a.score})`);
  return { name, path, status: 200, scores, failing };
}

/** The median of each category over the runs; the losing audits of the run with the median performance. */
function median(runs: readonly Row[]): Row {
  const middle = <T>(sorted: T[]) => sorted[Math.floor(sorted.length / 2)]!;
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, middle(runs.map((r) => r.scores[c] ?? 0).sort((a, b) => a - b))]));
  const typical = middle([...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0)));
  return { ...typical, scores };
}

function table(rows: readonly Row[]): string {
  const head = ['page', 'path', ...CATEGORIES];
  const lines = rows.map((r) => [r.name, r.path, ...CATEGORIES.map((c) => (r.status === 200 ? (r.scores[c] ?? 0).toFixed(2) : 'n/a'))]);
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'careerpath-lighthouse-'));
  try {
    const server = await startCareerpath(dir);
    const chromium = await startChromium(dir);
    const rows: Row[] = [];
    for (const [name, path] of PAGES) {
      const answered = (await fetch(`${server.base}${path}`)).status;
      if (answered !== 200) {
        console.log(`${name}: ${path} answers ${answered}; not audited`);
        rows.push({ name, path, status: answered, scores: {}, failing: [] });
        continue;
      }
      const runs: Row[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(server.base, chromium.port, name, path));
      const row = median(runs);
      rows.push(row);
      if (row.failing.length) console.log(`${name}: audits losing points: ${row.failing.join(', ')}`);
    }
    await stop(chromium.started.child);
    await stop(server.started.child);
    console.log(`\n${table(rows)}\n`);
    const low = rows.filter((r) => r.status !== 200 || CATEGORIES.some((c) => (r.scores[c] ?? 0) < FLOOR));
    if (low.length) {
      console.log(`below ${FLOOR} (or not answering 200): ${low.map((r) => r.name).join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch(async (error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
});
