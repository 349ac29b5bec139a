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

const WINDOW_MS = 60_000;

export type LimitKind = 'api' | 'page';

/** The kind of a matched route pattern (`/api/v1/careers`, `/careers/:slug`); unmatched requests (no pattern) count as pages. */
export const kindOfRoute = (route: string | undefined): LimitKind => ((route ?? '').startsWith('/api/') ? 'api' : 'page');

/**
 * The kind of request, from the route the router matched, never from the raw URL: an encoded
 * path ("/%61pi/v1/…") or an absolute-form request line reaches the same route and the same count.
 */
const kindOf = (request: FastifyRequest): LimitKind => kindOfRoute(request.routeOptions.url);

/** What one counted request leaves: the headers every allowed answer carries. */
export interface Taken {
  max: number;
  current: number;
  /** ms left in the window */
  ttl: number;
}

/** The counts behind the limit, for a sender of kept answers that answers before the router (http/fast-lane.ts). */
export interface RateLimiter {
  /** Counts one request of `kind` from `ip` against the same counts the routes use. */
  take(kind: LimitKind, ip: string): Promise<Taken>;
}

/** The headers @fastify/rate-limit sets on an allowed answer, for `taken`. */
export function limitHeaders({ max, current, ttl }: Taken): Record<string, number> {
  return { 'x-ratelimit-limit': max, 'x-ratelimit-remaining': Math.max(0, max - current), 'x-ratelimit-reset': Math.ceil(ttl / 1000) };
}

/** Per-request headers of the limit: never part of a kept answer. */
export const LIMIT_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset', 'retry-after'] as const;

/**
 * Limits requests per client IP (the proxy's client address only when TRUST_PROXY names the
 * proxy), API and pages in separate counts. With Redis every instance shares one count; while
 * Redis is unreachable each instance counts alone in memory (rate-limit-store.ts), never unlimited.
 */
export async function apiRateLimit(
  app: FastifyInstance,
  { perMinute, redisUrl, exempt = [], onRefused, onBackend }: RateLimitOptions,
): Promise<RateLimiter | null> {
  if (perMinute === 0) return null;
  // a command waits at most 1 s; then that request, and those of the next seconds, are counted in memory
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000, commandTimeout: 1000 }) : null;
  if (redis) {
    app.addHook('onReady', () => firstAttempt(redis));
    app.addHook('onClose', async () => void redis.disconnect());
  }
  const counts = new FallbackCounts({ redis, prefix: 'careerpath-rl:', log: app.log, ...(onBackend ? { onBackend } : {}) });
  const free = new Set(exempt);
  const maxOf = (kind: LimitKind) => (kind === 'api' ? perMinute : perMinute * PAGE_FACTOR);
  const keyOf = (kind: LimitKind, ip: string) => `${kind}:${ip}`;
  await app.register(rateLimit, {
    max: (request) => maxOf(kindOf(request)),
    timeWindow: WINDOW_MS,
    keyGenerator: (request) => keyOf(kindOf(request), request.ip),
    allowList: (request) => free.has(request.routeOptions.url ?? ''),
    onExceeded: (request) => onRefused?.(kindOf(request)),
    store: fallbackStore(counts),
    errorResponseBuilder: (request, context) =>
      new AppError(
        'RATE_LIMITED',
        `at most ${context.max} ${kindOf(request) === 'api' ? 'API requests' : 'page requests'} a minute; try again in ${context.after}`,
      ),
  });
  return {
    take: async (kind, ip) => {
      const { current, ttl } = await counts.incr(keyOf(kind, ip), WINDOW_MS);
      return { max: maxOf(kind), current, ttl };
    },
  };
}
