import type { FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { Redis } from 'ioredis';
import { AppError } from '../errors.ts';

export interface RateLimitOptions {
  perMinute: number;
  /** Shared counters for several instances; in-process counters without it. */
  redisUrl: string | null;
}

/**
 * Limits API requests per client IP. Pages are rendered once and cached, so only /api/ is
 * limited. With Redis every instance shares one count; if Redis is down, requests pass
 * (skipOnError) rather than the API failing with it.
 */
export async function apiRateLimit(app: FastifyInstance, { perMinute, redisUrl }: RateLimitOptions) {
  if (perMinute === 0) return;
  const redis = redisUrl ? new Redis(redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 }) : undefined;
  redis?.on('error', (err) => app.log.warn({ err: err.message }, 'rate limit store unavailable'));
  if (redis) app.addHook('onClose', async () => void redis.disconnect());
  await app.register(rateLimit, {
    max: perMinute,
    timeWindow: 60_000,
    allowList: (request) => !request.url.startsWith('/api/'),
    ...(redis ? { redis, nameSpace: 'careerpath-rl:', skipOnError: true } : {}),
    errorResponseBuilder: (_request, context) => new AppError('RATE_LIMITED', `at most ${context.max} API requests a minute; try again in ${context.after}`),
  });
}
