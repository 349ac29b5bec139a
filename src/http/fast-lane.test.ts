import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { createLogger } from '../logger.ts';
import { laneHeaders } from './fast-lane.ts';

/** Headers that differ between any two answers, whoever sends them. */
const PER_RESPONSE = new Set(['date', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'keep-alive', 'connection']);

async function listening(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  return `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}

function steady(res: Response): Record<string, string> {
  const kept: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (!PER_RESPONSE.has(name)) kept[name] = value;
  });
  return kept;
}

describe('fast lane: kept answers sent from the socket', () => {
  it('answers a kept page with the same headers and bytes as the router, and counts every hit in the limit and the metrics', async () => {
    const token = 'a-metrics-token-for-tests';
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const t = await startTestApp('sqlite', REPO_CONTENT, { rateLimit: { perMinute: 4, redisUrl: null }, metricsToken: token, logger });
    try {
      const base = await listening(t);
      const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br', ...headers } });
      const first = await get('/careers/backend-developer'); // rendered by the route, kept
      const firstBody = Buffer.from(await first.arrayBuffer());
      const remaining: number[] = [Number(first.headers.get('x-ratelimit-remaining'))];
      for (let i = 0; i < 4; i += 1) {
        const hit = await get('/careers/backend-developer');
        assert.equal(hit.status, 200);
        assert.deepEqual(steady(hit), steady(first), 'same headers as the first answer');
        assert.ok(Buffer.from(await hit.arrayBuffer()).equals(firstBody), 'same bytes');
        remaining.push(Number(hit.headers.get('x-ratelimit-remaining')));
      }
      // pages: 5 × 4 a minute; each hit counted now, not replayed from the first answer
      assert.deepEqual(remaining, [19, 18, 17, 16, 15]);
      // a client holding the page gets a 304 (the router's), in any encoding it holds
      const held = await get('/careers/backend-developer', { 'if-none-match': first.headers.get('etag')! });
      assert.equal(held.status, 304);
      await get('/finder?q=nurse');
      await get('/finder?q=nurse');
      for (let i = 0; i < 12; i += 1) await get('/careers/backend-developer');
      const over = await get('/careers/backend-developer');
      assert.equal(over.status, 429, 'a client over its limit is refused, kept page or not');
      assert.ok(Number(over.headers.get('retry-after')) > 0);
      const metrics = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
      const count = Number(/careerpath_http_request_duration_seconds_count\{method="GET",route="\/careers\/:slug",status="200"\} (\d+)/.exec(metrics)?.[1]);
      assert.equal(count, 17, 'every 200, from the route or the lane, in the duration metric');
      // the lane answered the repeats (the route only the first), and logged each without the query string
      const laneLines = lines.map((l) => JSON.parse(l) as { msg: string; req?: { path: string } }).filter((l) => l.msg === 'request completed from kept bytes');
      assert.equal(laneLines.filter((l) => l.req?.path === '/careers/backend-developer').length, 16);
      assert.deepEqual(
        laneLines.filter((l) => l.req?.path === '/finder').map((l) => l.req),
        [{ method: 'GET', path: '/finder' }],
      );
    } finally {
      await t.close();
    }
  });

  it('believes X-Forwarded-For on a kept page only from a proxy named in TRUST_PROXY', async () => {
    const direct = await startTestApp('sqlite', REPO_CONTENT, { rateLimit: { perMinute: 1, redisUrl: null } });
    const proxied = await startTestApp('sqlite', REPO_CONTENT, { rateLimit: { perMinute: 1, redisUrl: null }, trustProxy: ['127.0.0.1'] });
    try {
      const codes = async (t: TestApp) => {
        const base = await listening(t);
        const seen: number[] = [];
        // 5 page requests a minute each; the first is the route's, the rest come from the lane
        for (let i = 0; i < 6; i += 1) {
          const res = await fetch(`${base}/careers/staff-nurse`, { headers: { 'x-forwarded-for': `10.0.0.${i % 2}` } });
          await res.arrayBuffer();
          seen.push(res.status);
        }
        return seen;
      };
      assert.deepEqual(await codes(direct), [200, 200, 200, 200, 200, 429], 'untrusted: one client whatever the header says');
      assert.deepEqual(await codes(proxied), [200, 200, 200, 200, 200, 200], 'trusted proxy: two clients, three requests each');
    } finally {
      await direct.close();
      await proxied.close();
    }
  });

  it("reads the raw headers as node would: any case, repeated Accept-Encoding joined; a body or a conditional request is not the lane's", () => {
    assert.equal(laneHeaders(['Host', 'x', 'ACCEPT-ENCODING', 'gzip', 'accept-encoding', 'br']), 'gzip, br');
    assert.equal(laneHeaders(['Host', 'x', 'User-Agent', 'curl']), '');
    assert.equal(laneHeaders(['If-None-Match', '"a"', 'Accept-Encoding', 'br']), null);
    assert.equal(laneHeaders(['content-length', '0']), null);
    assert.equal(laneHeaders(['Transfer-Encoding', 'chunked']), null);
  });
});
