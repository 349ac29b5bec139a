/** Runs wrk against one URL and reads requests/s and latency percentiles from its report. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { start } from '../test/support/processes.ts';
import type { BenchTarget } from './targets.ts';

export interface WrkSettings {
  threads: number;
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface WrkResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Responses outside 2xx/3xx, or socket errors: a run with any is not a fair figure. */
  failures: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function latencyMs(report: string, percentile: string): number {
  const m = report.match(new RegExp(`^\\s*${percentile}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm'));
  if (!m) throw new Error(`wrk report has no ${percentile}% latency:\n${report}`);
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}

export function parseWrk(report: string): WrkResult {
  const rps = report.match(/^Requests\/sec:\s+([\d.]+)/m);
  if (!rps) throw new Error(`wrk report has no Requests/sec:\n${report}`);
  const non2xx = Number(report.match(/Non-2xx or 3xx responses:\s+(\d+)/)?.[1] ?? 0);
  const socket = report.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const socketErrors = socket ? socket.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  return { requestsPerSecond: Number(rps[1]), p50Ms: latencyMs(report, '50'), p99Ms: latencyMs(report, '99'), failures: non2xx + socketErrors };
}

const lua = (value: unknown) => JSON.stringify(JSON.stringify(value)); // a JSON text as a Lua string literal (ASCII bodies)

/** A wrk Lua script for targets that are not a plain GET; several bodies are sent in turn. */
function script(dir: string, target: BenchTarget, index: number): string[] {
  if ((target.method ?? 'GET') === 'GET' && target.body === undefined && target.bodies === undefined) return [];
  const file = join(dir, `wrk-${index}.lua`);
  const lines = [`wrk.method = ${JSON.stringify(target.method ?? 'GET')}`];
  if (target.body !== undefined || target.bodies !== undefined) lines.push('wrk.headers["Content-Type"] = "application/json"');
  if (target.body !== undefined) lines.push(`wrk.body = ${lua(target.body)}`);
  if (target.bodies !== undefined) {
    lines.push(
      `local bodies = {\n${target.bodies.map((b) => `  ${lua(b)},`).join('\n')}\n}`,
      'local i = 0',
      'request = function()',
      '  i = i % #bodies + 1',
      '  return wrk.format(nil, nil, nil, bodies[i])',
      'end',
    );
  }
  writeFileSync(file, `${lines.join('\n')}\n`);
  return ['-s', file];
}

function wrk(args: string[]): Promise<string> {
  const run = start('wrk', args);
  return new Promise((resolve, reject) => {
    run.child.once('exit', (code) => (code === 0 ? resolve(run.output()) : reject(new Error(`wrk ${args.join(' ')} failed (${code}):\n${run.output()}`))));
  });
}

/** `headers`: sent with every request (Accept-Encoding). */
export async function measure(
  url: string,
  target: BenchTarget,
  index: number,
  dir: string,
  s: WrkSettings,
  headers: readonly string[] = [],
): Promise<WrkResult> {
  const extra = script(dir, target, index);
  const common = ['-t', String(s.threads), '-c', String(s.connections), ...headers.flatMap((h) => ['-H', h]), ...extra];
  if (s.warmupSeconds > 0) await wrk([...common, '-d', `${s.warmupSeconds}s`, url]);
  return parseWrk(await wrk([...common, '-d', `${s.seconds}s`, '--latency', url]));
}
