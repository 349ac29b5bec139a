/** Where rate-limit counts live: Redis while it answers, a bounded memory table while it does not. */
import assert from 'node:assert/strict';
import { createServer, type AddressInfo, type Server, type Socket, connect } from 'node:net';
import { describe, it } from 'node:test';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pino from 'pino';
import { FallbackCounts, MemoryCounts, type CountBackend } from './rate-limit-store.ts';

const REDIS = process.env.TEST_REDIS_URL;

/** A logger that keeps its lines, and the backends a FallbackCounts reported. */
function recorder() {
  const lines: { level: number; msg: string }[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as { level: number; msg: string }) });
  const backends: CountBackend[] = [];
  return { log, lines, backends, warnings: () => lines.filter((l) => l.level === 40), infos: () => lines.filter((l) => l.level === 30) };
}

/** Resolves once `condition` holds, checking every 20 ms (an event wait, not a timing assertion). */
async function until(condition: () => boolean, what: string, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const redisOptions = { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, commandTimeout: 1000, retryStrategy: () => 50 };

describe('memory counts', () => {
  it('counts fixed windows per key and starts again when the window is over', () => {
    const counts = new MemoryCounts(10);
    assert.deepEqual(counts.incr('a', 1000, 0), { current: 1, ttl: 1000 });
    assert.deepEqual(counts.incr('a', 1000, 400), { current: 2, ttl: 600 });
    assert.deepEqual(counts.incr('b', 1000, 400), { current: 1, ttl: 1000 }, 'keys count apart');
    assert.deepEqual(counts.incr('a', 1000, 1000), { current: 1, ttl: 1000 });
  });

  it('keeps at most its bound of keys, forgetting the least recently seen', () => {
    const counts = new MemoryCounts(2);
    counts.incr('a', 1000, 0);
    counts.incr('a', 1000, 0);
    counts.incr('b', 1000, 0);
    counts.incr('c', 1000, 0);
    assert.equal(counts.incr('b', 1000, 0).current, 2);
    assert.equal(counts.incr('a', 1000, 0).current, 1, 'a was evicted');
  });
});

describe('counts while Redis is unreachable', () => {
  it('counts in memory and warns once, however often the reconnects fail', async () => {
    const r = recorder();
    const redis = new Redis('redis://127.0.0.1:1', redisOptions);
    let failures = 0;
    redis.on('error', () => (failures += 1));
    const counts = new FallbackCounts({ redis, prefix: 'unused:', log: r.log, onBackend: (b) => r.backends.push(b) });
    try {
      await until(() => failures >= 3, 'three failed connection attempts');
      const seen = [];
      for (let i = 0; i < 4; i += 1) seen.push((await counts.incr('api:1.2.3.4', 60_000)).current);
      assert.deepEqual(seen, [1, 2, 3, 4], 'the count goes on, so the limit holds');
      assert.equal(counts.current, 'memory');
      assert.deepEqual(r.backends, ['redis', 'memory']);
      assert.equal(r.warnings().length, 1, JSON.stringify(r.lines));
      assert.match(r.warnings()[0]!.msg, /Redis unreachable; counting per instance in memory/);
    } finally {
      redis.disconnect();
    }
  });

  it('without Redis counts in memory and never logs a switch', async () => {
    const r = recorder();
    const counts = new FallbackCounts({ redis: null, prefix: 'unused:', log: r.log, onBackend: (b) => r.backends.push(b) });
    assert.equal((await counts.incr('k', 1000)).current, 1);
    assert.equal((await counts.incr('k', 1000)).current, 2);
    assert.deepEqual(r.backends, ['memory']);
    assert.deepEqual(r.lines, []);
  });
});

/**
 * A TCP relay to the real Redis that the test can take down and bring back on the same port, or
 * freeze (commands are swallowed, unanswered, as by a hung Redis).
 */
async function relayTo(target: URL) {
  const sockets = new Set<Socket>();
  const state = { frozen: false, swallowed: 0 };
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 6379), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => undefined);
    }
    client.on('data', (chunk: Buffer) => {
      if (state.frozen) state.swallowed += chunk.length;
      else upstream.write(chunk);
    });
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `redis://127.0.0.1:${port}`,
    state,
    down: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      }),
    up: () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve)),
  };
}

describe('counts when Redis goes away and comes back', { skip: !REDIS && 'TEST_REDIS_URL is not set' }, () => {
  it('shares counts in Redis, falls back to memory with one warning, and shares again with one line when it is back', async () => {
    const relay = await relayTo(new URL(REDIS!));
    const r = recorder();
    const redis = new Redis(relay.url, redisOptions);
    redis.on('error', () => undefined);
    const prefix = `careerpath-rl-test-${randomBytes(4).toString('hex')}:`;
    const counts = new FallbackCounts({ redis, prefix, log: r.log, onBackend: (b) => r.backends.push(b) });
    const direct = new Redis(REDIS!);
    try {
      await until(() => redis.status === 'ready', 'the first connection');
      assert.equal((await counts.incr('k', 60_000)).current, 1);
      assert.equal((await counts.incr('k', 60_000)).current, 2);
      assert.equal(await direct.get(`${prefix}k`), '2', 'counted in Redis, where every instance sees it');

      await relay.down();
      await until(() => counts.current === 'memory', 'the switch to memory');
      assert.equal((await counts.incr('k', 60_000)).current, 1, 'memory counts start on their own');
      assert.equal((await counts.incr('k', 60_000)).current, 2);
      assert.equal(r.warnings().length, 1);

      await relay.up();
      await until(() => counts.current === 'redis', 'the switch back to Redis');
      assert.equal((await counts.incr('k', 60_000)).current, 3, 'the shared count goes on');
      assert.deepEqual(r.backends, ['redis', 'memory', 'redis']);
      assert.equal(r.warnings().length, 1, JSON.stringify(r.lines));
      assert.deepEqual(
        r.infos().map((l) => l.msg),
        ['rate limit: Redis is back; counts are shared between instances again'],
      );

      // a Redis that takes commands and never answers: the command times out and the request is counted in memory
      relay.state.frozen = true;
      assert.equal((await counts.incr('j', 60_000)).current, 1);
      assert.equal(counts.current, 'memory');
      const swallowed = relay.state.swallowed;
      assert.ok(swallowed > 0, 'the command was sent');
      assert.equal((await counts.incr('j', 60_000)).current, 2);
      assert.equal(relay.state.swallowed, swallowed, 'the next request does not wait on the hung Redis again');
      assert.equal(r.warnings().length, 2);
      relay.state.frozen = false;
    } finally {
      redis.disconnect();
      await direct.del(`${prefix}k`, `${prefix}j`);
      direct.disconnect();
      await relay.down();
    }
  });
});
