/**
 * `npm run bench`: throughput of the production server against two baselines serving the
 * same response, bytes and headers (a bare node:http server and nginx), then in-process search timings. Not part
 * of `npm test`: figures depend on the machine, so it reports and never fails on a goal.
 *
 * Settings (environment): BENCH_SECONDS (5), BENCH_WARMUP_SECONDS (1), BENCH_CONNECTIONS (32),
 * BENCH_THREADS (1), BENCH_ROUNDS (3: every target is measured on the three servers in turn,
 * this many times; figures are medians, ratios the median of each round's ratio, because a
 * shared machine's speed drifts more between minutes than the differences measured),
 * BENCH_ENCODING (br; gzip or identity: the Accept-Encoding every request sends), BENCH_ONLY
 * (target names, comma-separated, e.g. "career page,finder API": only those), BENCH_BUILD_RUNS (3: runs of each 10,000-career build timing, the slow part);
 * BENCH_SKIP_HTTP=1 runs only the in-process timings.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stop, stopAll } from '../test/support/processes.ts';
import { latencyLines, ratioLines, throughputTable, timingTable, type Row } from './report.ts';
import { rawRequest } from './raw-http.ts';
import { searchTimings } from './search-timings.ts';
import { matchTimings } from './match.bench.ts';
import { SERVER_ENV, capture, startCareerpath, startNginx, startNodeBaseline, writeCaptured, type Server } from './servers.ts';
import { SEARCH_GOALS_MS, TARGETS } from './targets.ts';
import { measure, type WrkSettings } from './wrk.ts';

const MISSING_HELP: Record<string, string> = {
  wrk: 'wrk (HTTP load generator): sudo apt-get install -y wrk',
  nginx: 'nginx (baseline static server): sudo apt-get install -y nginx-light',
};

function missingTools(): string[] {
  return Object.keys(MISSING_HELP).filter((tool) => {
    try {
      execFileSync('sh', ['-c', `command -v ${tool} || test -x /usr/sbin/${tool}`], { stdio: 'ignore' });
      return false;
    } catch {
      return true;
    }
  });
}

const ENCODINGS = ['br', 'gzip', 'identity'];
const encoding = process.env.BENCH_ENCODING ?? 'br';
if (!ENCODINGS.includes(encoding)) throw new Error(`BENCH_ENCODING must be one of ${ENCODINGS.join(', ')}, got "${encoding}"`);

const only = process.env.BENCH_ONLY?.split(',').map((name) => name.trim());
const targets = only ? TARGETS.filter((t) => only.includes(t.name)) : TARGETS;
if (targets.length === 0) throw new Error(`BENCH_ONLY names no target; the targets are: ${TARGETS.map((t) => t.name).join(', ')}`);

const load = () =>
  `load average ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')}`;

const envInt = (name: string, fallback: number) => {
  const n = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${process.env[name]}"`);
  return n;
};

async function throughput(dir: string, settings: WrkSettings, rounds: number): Promise<Row[]> {
  const www = join(dir, 'www');
  mkdirSync(www, { mode: 0o755 });
  const careerpath = await startCareerpath(dir);
  const captured = await capture(careerpath.base, targets, encoding);
  const manifest = writeCaptured(www, captured);
  const servers: Server[] = [careerpath, await startNodeBaseline(www, manifest), await startNginx(dir, www, captured)];
  for (const server of servers.slice(1)) {
    for (const c of captured) {
      const res = await rawRequest(`${server.base}${server.pathOf(c)}`, { headers: { 'accept-encoding': encoding } });
      if (!res.body.equals(c.body)) throw new Error(`${server.name} does not serve the same bytes for ${c.target.name}`);
      const differs = Object.entries(c.headers).filter(([name, value]) => res.headers[name] !== value);
      if (differs.length > 0) throw new Error(`${server.name} does not send careerpath's ${differs.map(([name]) => name).join(', ')} for ${c.target.name}`);
    }
  }
  const size = (c: (typeof captured)[number]) => `${c.target.name} ${c.body.length.toLocaleString('en-US')} B${c.encoding ? ` ${c.encoding}` : ''}`;
  console.log(`same response bytes and headers on all three servers: ${captured.map(size).join(', ')}\n`);
  const rows: Row[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, c] of captured.entries()) {
      for (const server of servers) {
        const result = await measure(`${server.base}${server.pathOf(c)}`, c.target, i, dir, settings, [`Accept-Encoding: ${encoding}`]);
        rows.push({ target: c.target, server: server.name, round, result });
        process.stdout.write('.');
      }
    }
  }
  process.stdout.write('\n\n');
  await stop(careerpath.started.child);
  return rows;
}

async function main() {
  const skipHttp = process.env.BENCH_SKIP_HTTP === '1';
  const missing = skipHttp ? [] : missingTools();
  if (missing.length > 0) {
    console.error(`npm run bench needs tools that are not installed:\n${missing.map((m) => `  - ${MISSING_HELP[m]}`).join('\n')}`);
    console.error('(Debian/Ubuntu; or run BENCH_SKIP_HTTP=1 npm run bench for the in-process search timings only.)');
    process.exitCode = 1;
    return;
  }
  const settings: WrkSettings = {
    threads: envInt('BENCH_THREADS', 1),
    connections: envInt('BENCH_CONNECTIONS', 32),
    seconds: envInt('BENCH_SECONDS', 5),
    warmupSeconds: envInt('BENCH_WARMUP_SECONDS', 1),
  };
  const rounds = Math.max(1, envInt('BENCH_ROUNDS', 3));
  console.log(`careerpath bench · node ${process.version} · ${cpus().length} CPUs · ${new Date().toISOString()} · ${load()}`);
  if (!skipHttp) {
    console.log(
      `wrk: ${settings.threads} thread(s), ${settings.connections} connections, ${settings.seconds} s per run after ${settings.warmupSeconds} s warm-up, ${rounds} round(s), Accept-Encoding: ${encoding}; all on 127.0.0.1`,
    );
    console.log(
      `careerpath: src/server.ts with ${Object.entries(SERVER_ENV)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}, SQLite; nginx: 1 worker, access log off\n`,
    );
    const dir = mkdtempSync(join(tmpdir(), 'careerpath-bench-'));
    chmodSync(dir, 0o755); // nginx's worker may run as another user and must read the files
    try {
      const rows = await throughput(dir, settings, rounds);
      console.log(`median of ${rounds} round(s)\n${throughputTable(rows)}`);
      console.log(`\nratios (careerpath req/s ÷ baseline req/s in the same round: median, and the range over rounds)\n${ratioLines(rows, targets)}`);
      console.log(`\ncareerpath latency at ${settings.connections} connections\n${latencyLines(rows, targets)}\n`);
    } finally {
      await stopAll();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const buildRuns = Math.max(1, envInt('BENCH_BUILD_RUNS', 3));
  console.log(`in-process search timings (${load()})`);
  console.log(timingTable(await searchTimings(SEARCH_GOALS_MS, buildRuns)));
  console.log('\nin-process match timings (POST /api/v1/match work, bench/match.bench.ts)');
  console.log(timingTable(await matchTimings(buildRuns)));
  console.log(`\n${load()}`);
}

main().catch(async (error: unknown) => {
  await stopAll();
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
