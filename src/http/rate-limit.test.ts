import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { startTestApp } from '../../test/support/test-app.ts';

const REDIS = process.env.TEST_REDIS_URL;

describe('rate limit', () => {
  it('answers 429 problem+json with Retry-After once a client passes the limit, and never limits pages', async () => {
    const t = await startTestApp('sqlite', REPO_CONTENT, { rateLimit: { perMinute: 3, redisUrl: null } });
    try {
      const codes = [];
      for (let i = 0; i < 4; i += 1) codes.push((await t.app.inject('/api/v1/careers?limit=1')).statusCode);
      assert.deepEqual(codes, [200, 200, 200, 429]);
      const limited = await t.app.inject('/api/v1/careers/backend-developer');
      assert.equal(limited.statusCode, 429);
      assert.match(limited.headers['content-type'] as string, /^application\/problem\+json/);
      assert.ok(Number(limited.headers['retry-after']) > 0);
      assert.match(limited.json().detail, /at most 3 API requests a minute/);
      // pages have their own, larger count
      for (let i = 0; i < 5; i += 1) assert.equal((await t.app.inject('/careers/backend-developer')).statusCode, 200);
    } finally {
      await t.close();
    }
  });

  it('counts by the matched route, so an encoded path or an absolute-form request line is limited the same', async () => {
    const t = await startTestApp('sqlite', REPO_CONTENT, { rateLimit: { perMinute: 2, redisUrl: null } });
    try {
      const codes = [];
      for (const url of ['/%61pi/v1/careers?limit=1', '/api/v1/%63areers?limit=1', 'http://example.com/api/v1/careers?limit=1'])
        codes.push((await t.app.inject(url)).statusCode);
      assert.equal(codes.filter((c) => c === 429).length >= 1, true, codes.join());
      assert.equal((await t.app.inject('/api/v1/careers?limit=1')).statusCode, 429);
      for (let i = 0; i < 10; i += 1) assert.equal((await t.app.inject('/careers/backend-developer')).statusCode, 200, 'pages: 5 × the API budget');
      assert.equal((await t.app.inject('/careers/backend-developer')).statusCode, 429);
      assert.equal((await t.app.inject('/healthz')).statusCode, 200, 'health checks are never limited');
    } finally {
      await t.close();
    }
  });

  it('trusts X-Forwarded-For only from a proxy named in TRUST_PROXY', async () => {
    const direct = await startTestApp('sqlite', REPO_CONTENT, { rateLimit: { perMinute: 1, redisUrl: null } });
    const proxied = await startTestApp('sqlite', REPO_CONTENT, { rateLimit: { perMinute: 1, redisUrl: null }, trustProxy: ['127.0.0.1'] });
    try {
      const as = (t: typeof direct, client: string) => t.app.inject({ url: '/api/v1/careers?limit=1', headers: { 'x-forwarded-for': client } });
      // untrusted: the header is ignored, every "client" is the one socket address
      assert.deepEqual([(await as(direct, '1.1.1.1')).statusCode, (await as(direct, '2.2.2.2')).statusCode], [200, 429]);
      // behind a trusted proxy: each client has its own count
      assert.deepEqual(
        [(await as(proxied, '1.1.1.1')).statusCode, (await as(proxied, '2.2.2.2')).statusCode, (await as(proxied, '1.1.1.1')).statusCode],
        [200, 200, 429],
      );
    } finally {
      await direct.close();
      await proxied.close();
    }
  });

  it('keeps limiting, counted in memory, while Redis refuses connections, and says so in /metrics', async () => {
    const token = 'a-metrics-token-for-tests';
    const t = await startTestApp('sqlite', REPO_CONTENT, { rateLimit: { perMinute: 3, redisUrl: 'redis://127.0.0.1:1' }, metricsToken: token });
    try {
      const codes = [];
      for (let i = 0; i < 4; i += 1) codes.push((await t.app.inject('/api/v1/careers?limit=1')).statusCode);
      assert.deepEqual(codes, [200, 200, 200, 429]);
      const metrics = (await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } })).body;
      assert.match(metrics, /careerpath_rate_limit_backend\{backend="memory"\} 1/);
      assert.match(metrics, /careerpath_rate_limit_backend\{backend="redis"\} 0/);
      assert.match(metrics, /careerpath_rate_limit_rejections_total\{kind="api"\} 1/);
    } finally {
      await t.close();
    }
  });

  it('shares one count between instances through Redis', { skip: !REDIS && 'TEST_REDIS_URL is not set' }, async () => {
    // a fresh key space per run: the limit counts per client IP
    const redisUrl = REDIS!;
    const probe = new Redis(redisUrl);
    await probe.del(...((await probe.keys('careerpath-rl:*')) as string[]), `unused-${randomBytes(4).toString('hex')}`);
    probe.disconnect();
    const a = await startTestApp('sqlite', REPO_CONTENT, { rateLimit: { perMinute: 4, redisUrl } });
    const b = await startTestApp('sqlite', REPO_CONTENT, { rateLimit: { perMinute: 4, redisUrl } });
    try {
      const codes = [];
      for (const t of [a, b, a, b, a]) codes.push((await t.app.inject('/api/v1/careers?limit=1')).statusCode);
      assert.deepEqual(codes, [200, 200, 200, 200, 429]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
