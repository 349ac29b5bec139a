/**
 * The soak's load: `connections` keep-alive connections, each sending the next request of
 * the mix as soon as the last one answered, for `seconds`. Records every latency and every
 * status; an error is a status outside 2xx/3xx that the request did not expect, a socket
 * error or no answer within 30 s.
 */
import { Agent, request } from 'node:http';
import type { SoakRequest } from './soak-requests.ts';

export interface KindResult {
  requests: number;
  errors: number;
  expected4xx: number;
  latenciesMs: number[];
}

export interface LoadResult {
  requests: number;
  errors: number;
  expected4xx: number;
  latenciesMs: Float64Array;
  byKind: Map<string, KindResult>;
  /** The first few errors, e.g. "finder API GET /api/v1/careers?q=x: 500". */
  examples: string[];
  seconds: number;
}

const TIMEOUT_MS = 30_000;

function send(agent: Agent, base: URL, r: SoakRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'accept-encoding': 'br, gzip' };
    if (r.body !== undefined) headers['content-type'] = 'application/json';
    const req = request({ agent, host: base.hostname, port: base.port, method: r.method, path: r.path, headers, timeout: TIMEOUT_MS }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${TIMEOUT_MS / 1000} s`)));
    req.on('error', reject);
    req.end(r.body);
  });
}

export async function runLoad(base: string, connections: number, seconds: number, next: () => SoakRequest): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(base);
  const byKind = new Map<string, KindResult>();
  const all: number[] = [];
  const examples: string[] = [];
  const totals = { requests: 0, errors: 0, expected4xx: 0 };
  const started = performance.now();
  const end = started + seconds * 1000;
  const worker = async () => {
    while (performance.now() < end) {
      const r = next();
      const kind = byKind.get(r.kind) ?? { requests: 0, errors: 0, expected4xx: 0, latenciesMs: [] };
      byKind.set(r.kind, kind);
      const t0 = performance.now();
      let failure: string | null = null;
      try {
        const status = await send(agent, url, r);
        if (r.expect.includes(status)) {
          kind.expected4xx++;
          totals.expected4xx++;
        } else if (status < 200 || status >= 400) failure = String(status);
      } catch (error) {
        failure = (error as Error).message;
      }
      const ms = performance.now() - t0;
      kind.requests++;
      kind.latenciesMs.push(ms);
      all.push(ms);
      totals.requests++;
      if (failure !== null) {
        kind.errors++;
        totals.errors++;
        if (examples.length < 10) examples.push(`${r.kind} ${r.method} ${r.path}: ${failure}`);
      }
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  agent.destroy();
  return { ...totals, latenciesMs: Float64Array.from(all), byKind, examples, seconds: (performance.now() - started) / 1000 };
}

/** The p-th percentile (0–100) of `values`, nearest rank. */
export function percentile(values: ArrayLike<number>, p: number): number {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
