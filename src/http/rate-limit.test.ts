import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { Redis } from 'ioredis';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { startTestApp } from '../../test/support/test-app.ts';

const REDIS = process.env.TEST_REDIS_URL;

describe('API rate limit', () => {
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
      for (let i = 0; i < 5; i += 1) assert.equal((await t.app.inject('/careers/backend-developer')).statusCode, 200);
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
