/**
 * The three servers of a benchmark run, all on 127.0.0.1: the careerpath production server
 * (`src/server.ts`, as `npm start` runs it, on a fresh SQLite file), a bare node:http server
 * and nginx, the last two serving the response careerpath answered: the same bytes
 * (compressed as careerpath compressed them) with the same headers (security headers, cache
 * control, ETag, Content-Encoding, Vary…), from files. Same headers, because writing fifteen
 * headers costs a server more than writing five, and a real deployment of the baselines would
 * send them too: the ratio is then what the framework and careerpath's own work cost.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, start, waitUntilUp, type Started } from '../test/support/processes.ts';
import { rawRequest } from './raw-http.ts';
import type { BenchTarget } from './targets.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Captured {
  target: BenchTarget;
  /** File the baselines serve the response from. */
  file: string;
  type: string;
  /** Content-Encoding careerpath answered with (null: none). */
  encoding: string | null;
  /** careerpath's response headers, but for those every server sets for itself (Date, Content-Length, connection). */
  headers: Record<string, string>;
  body: Buffer;
}

/** Headers each server writes for itself, per response or per connection; the rate limit is off in the bench. */
const OWN_HEADERS = new Set(['date', 'content-length', 'connection', 'keep-alive', 'transfer-encoding']);

function replayed(headers: Record<string, string | undefined>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined && !OWN_HEADERS.has(name) && !name.startsWith('x-ratelimit')) kept[name] = value;
  return kept;
}

export interface Server {
  name: string;
  base: string;
  /** Path to request for a target on this server. */
  pathOf(c: Captured): string;
}

export const SERVER_ENV = { NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '0' } as const;

/** `npm start` on a free port; on a new SQLite file in `dir` unless `databaseUrl` is given. */
export async function startCareerpath(dir: string, databaseUrl = `sqlite:${join(dir, 'bench.db')}`): Promise<Server & { started: Started }> {
  const port = await freePort();
  const started = start(process.execPath, ['--import', 'tsx', 'src/app/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...SERVER_ENV, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl },
  });
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/`, started);
  return { name: 'careerpath', base, started, pathOf: (c) => c.target.path };
}

/** Asks careerpath for each target once, as `acceptEncoding`, and keeps the exact response bytes. */
export async function capture(base: string, targets: readonly BenchTarget[], acceptEncoding: string): Promise<Captured[]> {
  return Promise.all(
    targets.map(async (target, i) => {
      const body = target.body ?? target.bodies?.[0];
      const res = await rawRequest(`${base}${target.path}`, {
        method: target.method ?? 'GET',
        headers: { 'accept-encoding': acceptEncoding, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (res.status !== (target.status ?? 200)) throw new Error(`${target.name}: ${target.path} answered ${res.status}: ${res.body.toString().slice(0, 300)}`);
      const type = res.headers['content-type'] ?? 'application/octet-stream';
      const ext = type.includes('html') ? 'html' : type.includes('json') ? 'json' : 'bin';
      return { target, file: `target-${i}.${ext}`, type, encoding: res.headers['content-encoding'] ?? null, headers: replayed(res.headers), body: res.body };
    }),
  );
}

export function writeCaptured(www: string, captured: readonly Captured[]): string {
  for (const c of captured) writeFileSync(join(www, c.file), c.body, { mode: 0o644 });
  const manifest = join(www, '..', 'manifest.json');
  writeFileSync(manifest, JSON.stringify(Object.fromEntries(captured.map((c) => [c.file, c.headers]))));
  return manifest;
}

export async function startNodeBaseline(www: string, manifest: string): Promise<Server> {
  const port = await freePort();
  const started = start(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/static-node-server.ts'), www, String(port), manifest], { cwd: ROOT });
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/`, started, { timeoutMs: 20_000, anyStatus: true }); // "/" is a 404 by design
  return { name: 'node:http', base, pathOf: (c) => `/${c.file}` };
}

/** A header value as an nginx string: quoted with whichever quote it does not contain (an ETag holds double quotes, a CSP single ones). */
const nginxString = (value: string) => (value.includes('"') ? `'${value}'` : `"${value}"`);

/**
 * nginx as a plain static file server: one worker (careerpath is one process too), no access
 * log, files from `www`, each with careerpath's headers (its own ETag and Last-Modified off).
 * Any method gets the file (a static handler would refuse POST).
 */
export async function startNginx(dir: string, www: string, captured: readonly Captured[]): Promise<Server> {
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  const headers = (c: Captured) =>
    Object.entries(c.headers)
      .filter(([name]) => name !== 'content-type')
      .map(([name, value]) => `add_header ${name} ${nginxString(value)};`)
      .join(' ');
  writeFileSync(
    conf,
    `worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'nginx-error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  types { text/html html; application/json json; }
  default_type application/octet-stream;
  charset utf-8;
  charset_types application/json;
  keepalive_requests 1000000;
  server_tokens off;
  etag off;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    location / { error_page 405 =200 $uri; }
    ${captured.map((c) => `location = /${c.file} { error_page 405 =200 $uri; add_header Last-Modified ""; ${headers(c)} }`).join('\n    ')}
  }
}
`,
  );
  const started = start('nginx', ['-p', dir, '-c', conf, '-e', join(dir, 'nginx-error.log')]);
  const base = `http://127.0.0.1:${port}`;
  await waitUntilUp(`${base}/`, started, { timeoutMs: 20_000, anyStatus: true });
  return { name: 'nginx', base, pathOf: (c) => `/${c.file}` };
}
