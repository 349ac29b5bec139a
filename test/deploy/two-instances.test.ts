/**
 * The deployment of deploy/ on one machine: two careerpath processes (`npm start`'s command)
 * on one fresh PostgreSQL database and one Redis, behind Debian's nginx configured from
 * deploy/nginx/careerpath.conf.template. Checks what an operator relies on: both instances
 * serve, the rate limit is one count across them, nginx passes compression and cache headers
 * through, and when one instance is stopped with SIGTERM it exits cleanly and requests keep
 * succeeding through the other.
 * Needs nginx, TEST_DATABASE_URL and TEST_REDIS_URL; skipped without them, except in CI.
 */
import assert from 'node:assert/strict';
import { randomBytes, randomInt } from 'node:crypto';
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { freePort, start, stop, stopAll, waitUntilUp, type Started } from '../support/processes.ts';
import { createTestDatabase } from '../support/databases.ts';
import { NGINX, startNginxProxy } from '../support/nginx-proxy.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REDIS = process.env.TEST_REDIS_URL;
const PER_MINUTE = 8;
const TOKEN = randomBytes(12).toString('hex');

const missing = [!NGINX && 'nginx (apt-get install nginx-light)', !process.env.TEST_DATABASE_URL && 'TEST_DATABASE_URL', !REDIS && 'TEST_REDIS_URL'].filter(
  Boolean,
);
const skip = missing.length > 0 && process.env.CI !== 'true' ? `needs ${missing.join(', ')}` : false;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GET from a chosen loopback source address: nginx sees a distinct client, and so (through X-Forwarded-For) does careerpath. */
function get(url: string, from: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { localAddress: from, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const someClient = () => `127.${randomInt(1, 255)}.${randomInt(0, 255)}.${randomInt(1, 255)}`;

interface Instance {
  base: string;
  started: Started;
}

async function startInstance(databaseUrl: string): Promise<Instance> {
  const port = await freePort();
  const started = start(process.execPath, ['--import', 'tsx', 'src/app/server.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      REDIS_URL: REDIS!,
      TRUST_PROXY: '127.0.0.1',
      RATE_LIMIT_PER_MINUTE: String(PER_MINUTE),
      METRICS_TOKEN: TOKEN,
      SHUTDOWN_GRACE_MS: '3000',
      LOG_LEVEL: 'warn',
    },
  });
  return { base: `http://127.0.0.1:${port}`, started };
}

/** One sample of an instance's /metrics, summed over the label sets matching `pattern` (0 when absent). */
async function metric(instance: Instance, pattern: RegExp): Promise<number> {
  const text = (await get(`${instance.base}/metrics`, '127.0.0.1', { authorization: `Bearer ${TOKEN}` })).body.toString();
  return text
    .split('\n')
    .filter((line) => pattern.test(line))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

const API_OK = /^careerpath_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/careers",status="200"\}/;
const PAGE_OK = /^careerpath_http_request_duration_seconds_count\{method="GET",route="\/careers\/:slug",status="(200|304)"\}/;

describe('two instances behind nginx', () => {
  it('serve from both, share one rate limit, pass compression and caching through, and fail over on SIGTERM', { skip, timeout: 120_000 }, async () => {
    assert.deepEqual(missing, [], `CI must provide ${missing.join(', ')}`);
    const dir = mkdtempSync(join(tmpdir(), 'careerpath-deploy-'));
    const database = await createTestDatabase('postgres');
    const redis = new Redis(REDIS!);
    const clients = [someClient(), someClient()];
    try {
      // both start at once on the same empty catalog tables, as after a deploy
      const instances = [await startInstance(database.url), await startInstance(database.url)] as const;
      await Promise.all(instances.map((i) => waitUntilUp(`${i.base}/readyz`, i.started, { timeoutMs: 90_000 })));
      for (const i of instances) assert.equal(await metric(i, /^careerpath_rate_limit_backend\{backend="redis"\}/), 1, 'counts in Redis');
      const nginx = await startNginxProxy(dir, [instances[0].base.slice(7), instances[1].base.slice(7)]);

      // one client, 3 more API requests than the limit: the limit holds across instances
      const codes: number[] = [];
      for (let n = 0; n < PER_MINUTE + 3; n += 1) codes.push((await get(`${nginx.base}/api/v1/careers?limit=1`, clients[0]!)).status);
      assert.deepEqual(codes, [...Array<number>(PER_MINUTE).fill(200), 429, 429, 429], `one count for both instances; nginx: ${nginx.errorLog()}`);
      const served = await Promise.all(instances.map((i) => metric(i, API_OK)));
      assert.ok(
        served.every((n) => n > 0),
        `both instances served API requests: ${served.join(' + ')}`,
      );
      assert.equal(served[0]! + served[1]!, PER_MINUTE);
      const refused = await Promise.all(instances.map((i) => metric(i, /^careerpath_rate_limit_rejections_total\{kind="api"\}/)));
      assert.equal(refused[0]! + refused[1]!, 3);

      // the app compresses and sets the cache headers; nginx passes both through unchanged
      const page = `${nginx.base}/careers/backend-developer`;
      const br = await get(page, clients[1]!, { 'accept-encoding': 'br, gzip' });
      assert.equal(br.status, 200);
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal((await get(page, clients[1]!)).headers['content-encoding'], undefined, 'nginx adds no compression of its own');
      const etag = br.headers.etag as string;
      assert.ok(etag && br.headers['cache-control'], 'ETag and Cache-Control reach the client');
      assert.equal((await get(page, clients[1]!, { 'if-none-match': etag, 'accept-encoding': 'br, gzip' })).status, 304);

      // SIGTERM one instance while requests keep coming (each from a new client, so the page
      // limit is not what is tested): it exits 0 and no request fails
      const before = await metric(instances[1], PAGE_OK);
      const stopped = stop(instances[0].started.child);
      const during: number[] = [];
      let done = false;
      void stopped.then(() => (done = true));
      const fromNewClient = async () => {
        clients.push(someClient());
        during.push((await get(page, clients.at(-1)!)).status);
      };
      while (!done) await fromNewClient();
      for (let n = 0; n < 10; n += 1) await fromNewClient();
      assert.deepEqual(
        during.filter((s) => s !== 200),
        [],
        `every request through nginx succeeded: ${during.length} requests; nginx: ${nginx.errorLog()}`,
      );
      assert.equal(instances[0].started.child.exitCode, 0, `graceful exit:\n${instances[0].started.output()}`);
      assert.ok((await metric(instances[1], PAGE_OK)) - before >= 10, 'the other instance took over');
      assert.equal((await get(`${nginx.base}/readyz`, clients[1]!)).status, 200);
    } finally {
      await stopAll();
      for (const client of clients) await redis.del(`careerpath-rl:api:${client}`, `careerpath-rl:page:${client}`);
      redis.disconnect();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
