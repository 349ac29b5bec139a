import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import { AppError } from '../errors.ts';

export interface RateLimitOptions {
  perMinute: number;
  /** Shared counters for several instances; in-process counters without it. */
  redisUrl: string | null;
  /** Paths never limited (health checks). */
  exempt?: readonly string[];
  /** Called on each refusal, with what was limited (metrics). */
  onRefused?: (kind: 'api' | 'page') => void;
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
 * proxy), API and pages in separate counts. With Redis every instance shares one count; if
 * Redis is down, requests pass (skipOnError) and the store logs a warning.
 */
export async function apiRateLimit(app: FastifyInstance, { perMinute, redisUrl, exempt = [], onRefused }: RateLimitOptions) {
  if (perMinute === 0) return;
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }) : undefined;
  redis?.on('error', (err) => app.log.warn({ err: err.message }, 'rate limit store unavailable: requests pass unlimited until it is back'));
  if (redis) app.addHook('onClose', async () => void redis.disconnect());
  const free = new Set(exempt);
  await app.register(rateLimit, {
    max: (request) => (kindOf(request) === 'api' ? perMinute : perMinute * PAGE_FACTOR),
    timeWindow: 60_000,
    keyGenerator: (request) => `${kindOf(request)}:${request.ip}`,
    allowList: (request) => free.has(request.routeOptions.url ?? ''),
    onExceeded: (request) => onRefused?.(kindOf(request)),
    ...(redis ? { redis, nameSpace: 'careerpath-rl:', skipOnError: true } : {}),
    errorResponseBuilder: (request, context) =>
      new AppError(
        'RATE_LIMITED',
        `at most ${context.max} ${kindOf(request) === 'api' ? 'API requests' : 'page requests'} a minute; try again in ${context.after}`,
      ),
  });
}
