import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import { AppError } from '../errors.ts';
import { FallbackCounts, fallbackStore, firstAttempt, type CountBackend } from './rate-limit-store.ts';

export interface RateLimitOptions {
  perMinute: number;
  /** Shared counters for several instances; in-process counters without it. */
  redisUrl: string | null;
  /** Paths never limited (health checks). */
  exempt?: readonly string[];
  /** Called on each refusal, with what was limited (metrics). */
  onRefused?: (kind: 'api' | 'page') => void;
  /** Called with where counts are kept, at start and on every switch (metrics). */
  onBackend?: (backend: CountBackend) => void;
}

/** Pages are cheap (rendered once per catalog) but not free: they get this many times the API's budget. */
export const PAGE_FACTOR = 5;

/**
 * The kind of request, from the route the router matched, never from the raw URL: an encoded
 * path ("/%61pi/v1/…") or an absolute-form request line reaches the same route and the same
 * count. Unmatched requests (404s) count as pages.
 */
const kindOf = (request: FastifyRequest): 'api' | 'page' => ((request.routeOptions.url ?? '').startsWith('/api/') ? 'api' : 'page');

/**
 * Limits requests per client IP (the proxy's client address only when TRUST_PROXY names the
 * proxy), API and pages in separate counts. With Redis every instance shares one count; while
 * Redis is unreachable each instance counts alone in memory (rate-limit-store.ts), never unlimited.
 */
export async function apiRateLimit(app: FastifyInstance, { perMinute, redisUrl, exempt = [], onRefused, onBackend }: RateLimitOptions) {
  if (perMinute === 0) return;
  // a command waits at most 1 s; then that request, and those of the next seconds, are counted in memory
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, commandTimeout: 1000 }) : null;
  if (redis) {
    app.addHook('onReady', () => firstAttempt(redis));
    app.addHook('onClose', async () => void redis.disconnect());
  }
  const counts = new FallbackCounts({ redis, prefix: 'careerpath-rl:', log: app.log, ...(onBackend ? { onBackend } : {}) });
  const free = new Set(exempt);
  await app.register(rateLimit, {
    max: (request) => (kindOf(request) === 'api' ? perMinute : perMinute * PAGE_FACTOR),
    timeWindow: 60_000,
    keyGenerator: (request) => `${kindOf(request)}:${request.ip}`,
    allowList: (request) => free.has(request.routeOptions.url ?? ''),
    onExceeded: (request) => onRefused?.(kindOf(request)),
    store: fallbackStore(counts),
    errorResponseBuilder: (request, context) =>
      new AppError(
        'RATE_LIMITED',
        `at most ${context.max} ${kindOf(request) === 'api' ? 'API requests' : 'page requests'} a minute; try again in ${context.after}`,
      ),
  });
}
