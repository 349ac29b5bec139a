/**
 * Where the rate limit keeps its counts. With Redis, every instance shares one count per client
 * and kind; while Redis cannot be reached (down, refusing, not yet connected, or a command
 * failing), each instance counts on its own in a bounded in-memory table, so the limit still
 * holds — per instance: behind N instances a client may get up to N × the limit — instead of
 * switching off. Counts are fixed windows: the first request of a key starts a window of
 * `timeWindow` ms. Counts made in memory are not carried over when Redis is back, and a client
 * whose window is evicted from a full table starts again at 0 (the table is bounded so that no
 * stream of client addresses can grow memory).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Redis } from 'ioredis';
import { Lru } from '../cache/lru.ts';

export type CountBackend = 'redis' | 'memory';

interface Count {
  current: number;
  /** ms left in the window */
  ttl: number;
}

/** Client windows one instance keeps while Redis is away (about 100 bytes each). */
export const MEMORY_KEYS = 10_000;
const RETRY_AFTER_FAILURE_MS = 5000;

// INCR, and start the window on the first hit (or heal a key left without expiry)
const INCR_SCRIPT = `
local current = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if current == 1 or ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {current, ttl}`;

export class MemoryCounts {
  private readonly windows: Lru<string, { count: number; endsAt: number }>;

  constructor(maxKeys = MEMORY_KEYS) {
    this.windows = new Lru(maxKeys);
  }

  incr(key: string, timeWindow: number, now = Date.now()): Count {
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) window = { count: 0, endsAt: now + timeWindow };
    window.count += 1;
    this.windows.set(key, window);
    return { current: window.count, ttl: window.endsAt - now };
  }
}

export interface FallbackOptions {
  /** null: counts are per instance, in memory, always. */
  redis: Redis | null;
  /** Key prefix in Redis. */
  prefix: string;
  log: FastifyBaseLogger;
  /** Told the backend in use at start and on every switch (metrics). */
  onBackend?: (backend: CountBackend) => void;
}

/** Counts in Redis while it answers, in memory otherwise; logs one line on each switch. */
export class FallbackCounts {
  private readonly memory = new MemoryCounts();
  private backend: CountBackend;
  /** After a failed command, Redis is not asked again before this time (a hung Redis costs one wait, not one per request). */
  private retryAt = 0;

  constructor(private readonly options: FallbackOptions) {
    const { redis } = options;
    this.backend = redis ? 'redis' : 'memory';
    options.onBackend?.(this.backend);
    // events move the backend (and the metric) even when no request arrives; ioredis keeps reconnecting
    redis?.on('ready', () => {
      this.retryAt = 0;
      this.use('redis');
    });
    redis?.on('error', (error: Error) => this.use('memory', error));
    redis?.on('close', () => this.use('memory'));
  }

  get current(): CountBackend {
    return this.backend;
  }

  async incr(key: string, timeWindow: number): Promise<Count> {
    const { redis, prefix } = this.options;
    if (redis?.status === 'ready' && Date.now() >= this.retryAt) {
      try {
        const [current, ttl] = (await redis.eval(INCR_SCRIPT, 1, prefix + key, timeWindow)) as [number, number];
        this.use('redis');
        return { current, ttl };
      } catch (error) {
        this.retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
        this.use('memory', error as Error);
      }
    } else if (redis) {
      this.use('memory');
    }
    return this.memory.incr(key, timeWindow);
  }

  private use(backend: CountBackend, error?: Error): void {
    if (backend === this.backend || !this.options.redis) return;
    this.backend = backend;
    this.options.onBackend?.(backend);
    if (backend === 'memory') {
      this.options.log.warn({ err: error?.message ?? 'connection closed' }, 'rate limit: Redis unreachable; counting per instance in memory until it is back');
    } else {
      this.options.log.info('rate limit: Redis is back; counts are shared between instances again');
    }
  }
}

/**
 * Resolves when Redis's first connection attempt has ended, either way (or after `limitMs`): an
 * instance that starts next to a reachable Redis counts there from its first request.
 */
export function firstAttempt(redis: Redis, limitMs = 2500): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, limitMs);
    redis.once('ready', done);
    redis.once('error', done);
  });
}

/** The store class @fastify/rate-limit instantiates; every route shares the one set of counts. */
export function fallbackStore(counts: FallbackCounts): FastifyRateLimitStoreCtor {
  return class implements FastifyRateLimitStore {
    incr(key: string, callback: (error: Error | null, result?: Count) => void, timeWindow: number): void {
      counts.incr(key, timeWindow).then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    child(): FastifyRateLimitStore {
      return this;
    }
  };
}
