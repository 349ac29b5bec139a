/**
 * GET /healthz: the process answers. GET /readyz: it can serve — the database answers, a
 * catalog snapshot is loaded, and Redis answers when it is configured; 503 names the part
 * that failed. Both are outside the rate limit and the request log.
 */
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Redis } from 'ioredis';
import Type from 'typebox';
import type { SnapshotStore } from '../catalog/snapshot.ts';
import type { Db } from '../db/database.ts';

const CHECK_TIMEOUT_MS = 2000;
const Check = Type.Enum(['ok', 'failed', 'not configured']);
const Ready = Type.Object({ status: Type.Enum(['ready', 'not ready']), checks: Type.Object({ database: Check, catalog: Check, redis: Check }) });

const within = <T>(promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS).unref())]);

export const HEALTH_PATHS = ['/healthz', '/readyz'];

export function healthRoutes(app: FastifyInstance, { db, store, redisUrl }: { db: Db; store: SnapshotStore; redisUrl: string | null }): void {
  const redis = redisUrl
    ? new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: CHECK_TIMEOUT_MS })
    : null;
  redis?.on('error', () => undefined);
  if (redis) app.addHook('onClose', async () => void redis.disconnect());

  app.get(
    '/healthz',
    { logLevel: 'silent', schema: { hide: true, response: { 200: Type.Object({ status: Type.Literal('ok') }) } } },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { status: 'ok' as const };
    },
  );

  app.get('/readyz', { logLevel: 'silent', schema: { hide: true, response: { 200: Ready, 503: Ready } } }, async (_request, reply) => {
    const ok = (p: Promise<unknown>) =>
      within(p).then(
        () => 'ok' as const,
        () => 'failed' as const,
      );
    const [database, redisCheck] = await Promise.all([
      ok(sql`select 1`.execute(db)),
      redis ? ok(redis.status === 'ready' ? redis.ping() : redis.connect().then(() => redis.ping())) : Promise.resolve('not configured' as const),
    ]);
    const catalog = store.current().catalog.profiles.length > 0 ? ('ok' as const) : ('failed' as const);
    const ready = database === 'ok' && catalog === 'ok' && redisCheck !== 'failed';
    reply.code(ready ? 200 : 503).header('cache-control', 'no-store');
    return { status: ready ? ('ready' as const) : ('not ready' as const), checks: { database, catalog, redis: redisCheck } };
  });
}
