/**
 * `npm run soak`: the production server under a long mixed load (career pages, finder page
 * and API with varied words, compare, match, occupations, a few requests that must fail
 * with a 4xx) from a Node HTTP client, then a report: requests, errors, p50/p99 latency per
 * kind and the server's RSS at the start, middle and end. Not part of `npm test`; exits 1
 * when any request failed or the server did not stop cleanly.
 *
 * Settings (environment): SOAK_SECONDS (600), SOAK_CONNECTIONS (8), SOAK_SEED. DATABASE_URL
 * and REDIS_URL are used when set; otherwise a new SQLite file, with the O*NET release of
 * ONET_DIR imported first when it is there (SOAK_ONET=0 skips that). The rate limit is off.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPaths } from '../src/config.ts';
import { npmScript, runToEnd } from '../test/support/fault-runs.ts';
import { stop, stopAll } from '../test/support/processes.ts';
import { seededRandom } from '../test/support/seeded-random.ts';
import { startCareerpath } from './servers.ts';
import { percentile, runLoad, type LoadResult } from './soak-load.ts';
import { requestMix, type SoakCatalog } from './soak-requests.ts';

const envInt = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number above 0, got "${process.env[name]}"`);
  return n;
};

/** Resident set size of a process, in bytes (Linux). */
function rssOf(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) * 1024;
}

async function json<T>(base: string, path: string): Promise<T> {
  const res = await fetch(`${base}${path}`);
  if (!res.ok) throw new Error(`${path} answered ${res.status}`);
  return (await res.json()) as T;
}

/** Careers, degrees, skills and (when imported) O*NET codes, read from the server itself. */
async function readCatalog(base: string): Promise<SoakCatalog> {
  type Page = { items: Array<{ slug: string; title: string }>; nextCursor: string | null };
  const careers: Page['items'] = [];
  for (let cursor: string | null = ''; cursor !== null;) {
    const page: Page = await json<Page>(base, `/api/v1/careers?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    careers.push(...page.items);
    cursor = page.nextCursor;
  }
  const degrees = (await json<{ items: Array<{ degree: string }> }>(base, '/api/v1/vocabularies/degrees')).items.map((d) => d.degree);
  const skills = (await json<{ items: Array<{ name: string }> }>(base, '/api/v1/vocabularies/skills')).items.map((s) => s.name);
  const search = await fetch(`${base}/api/v1/occupations?q=engineer&limit=50`);
  const codes = search.ok ? ((await search.json()) as { items: Array<{ code: string }> }).items.map((o) => o.code) : [];
  const words = [...new Set(careers.flatMap((c) => c.title.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length > 2))];
  return { slugs: careers.map((c) => c.slug), words, degrees, skills, codes };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (v: number) => `${v.toFixed(1)} ms`;

function report(load: LoadResult, rss: { start: number; middle: number; end: number; tenths: number[] }, connections: number): void {
  console.log(`\n| kind | requests | errors | expected 4xx | p50 | p99 |\n|---|---:|---:|---:|---:|---:|`);
  for (const [kind, k] of [...load.byKind].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(
      `| ${kind} | ${k.requests.toLocaleString('en-US')} | ${k.errors} | ${k.expected4xx} | ${ms(percentile(k.latenciesMs, 50))} | ${ms(percentile(k.latenciesMs, 99))} |`,
    );
  }
  const p50 = percentile(load.latenciesMs, 50);
  const p99 = percentile(load.latenciesMs, 99);
  console.log(
    `| all | ${load.requests.toLocaleString('en-US')} | ${load.errors} | ${load.expected4xx} | ${ms(p50)} | ${ms(p99)} |\n\n` +
      `soak: ${load.seconds.toFixed(0)} s at ${connections} connections: ${load.requests.toLocaleString('en-US')} requests (${Math.round(load.requests / load.seconds)}/s), ` +
      `${load.errors} errors, ${load.expected4xx} expected 4xx, p50 ${ms(p50)}, p99 ${ms(p99)}; ` +
      `server RSS start ${mb(rss.start)}, middle ${mb(rss.middle)}, end ${mb(rss.end)} (growth ${mb(rss.end - rss.start)}; middle to end ${mb(rss.end - rss.middle)})`,
  );
  console.log(`server RSS at each tenth of the run (MB): ${rss.tenths.map((b) => (b / 1024 / 1024).toFixed(0)).join(', ')}`);
  for (const example of load.examples) console.log(`  error: ${example}`);
}

async function main(): Promise<number> {
  const seconds = envInt('SOAK_SECONDS', 600);
  const connections = envInt('SOAK_CONNECTIONS', 8);
  const seed = envInt('SOAK_SEED', 20261216);
  const dir = mkdtempSync(join(tmpdir(), 'careerpath-soak-'));
  try {
    const given = process.env.DATABASE_URL;
    const databaseUrl = given ?? `sqlite:${join(dir, 'soak.db')}`;
    const onetDir = loadPaths().onetDir;
    if (!given && process.env.SOAK_ONET !== '0' && existsSync(onetDir)) {
      console.log(`importing the O*NET release from ${onetDir} …`);
      await runToEnd({ args: [...npmScript('import:onet'), onetDir], env: { DATABASE_URL: databaseUrl } });
    }
    const server = await startCareerpath(dir, databaseUrl);
    const exited = new Promise<string>((resolve) => server.started.child.once('exit', (code, signal) => resolve(String(code ?? signal))));
    const catalog = await readCatalog(server.base);
    console.log(
      `soak: ${seconds} s, ${connections} connections, seed ${seed}, ${given ? 'DATABASE_URL' : 'a new SQLite file'}${process.env.REDIS_URL ? ' + REDIS_URL' : ''}; ` +
        `${catalog.slugs.length} careers, ${catalog.codes.length ? 'O*NET imported' : 'no O*NET (occupation routes answer 404, expected)'}`,
    );
    const pid = server.started.child.pid!;
    // RSS at each tenth of the run, so a plateau shows apart from steady growth
    const samples = [rssOf(pid)];
    const tenths = setInterval(() => samples.push(rssOf(pid)), seconds * 100);
    const load = await runLoad(server.base, connections, seconds, requestMix(seededRandom(seed), catalog));
    clearInterval(tenths);
    samples.splice(10, Infinity, rssOf(pid));
    const rss = { start: samples[0]!, middle: samples[5] ?? NaN, end: samples.at(-1)!, tenths: samples };
    await stop(server.started.child);
    const code = await exited;
    report(load, rss, connections);
    console.log(`server stopped on SIGTERM with exit code ${code}`);
    return load.errors === 0 && code === '0' ? 0 : 1;
  } finally {
    await stopAll();
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
