import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import pino from 'pino';
import { boot } from '../../src/app/boot.ts';
import type { CareerCatalog } from '../../src/catalog/career-catalog.ts';
import type { SnapshotStore } from '../../src/catalog/snapshot.ts';
import type { RateLimitOptions } from '../../src/http/rate-limit.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';

export interface TestApp {
  app: FastifyInstance;
  /** The catalog the app started with (the store's first snapshot). */
  catalog: CareerCatalog;
  store: SnapshotStore;
  database: TestDatabase;
  close(): Promise<void>;
}

/**
 * The real app on a real database, started with the server's own boot sequence from a
 * content folder. `beforeBoot` runs on the migrated database first (e.g. an O*NET import).
 */
export async function startTestApp(
  dialect: string,
  contentDir: string,
  options: {
    rateLimit?: RateLimitOptions;
    trustProxy?: string[];
    metricsToken?: string;
    beforeBoot?: (database: TestDatabase) => Promise<void>;
    /** Silent unless given. */
    logger?: FastifyBaseLogger;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  await options.beforeBoot?.(database);
  const logger = options.logger ?? pino({ level: 'silent' });
  const ops = { trustProxy: options.trustProxy ?? [], metricsToken: options.metricsToken ?? null };
  const { app, store } = await boot({ db: database.db, contentDir, logger, ops, ...(options.rateLimit ? { rateLimit: options.rateLimit } : {}) });
  await app.ready();
  return {
    app,
    catalog: store.current().catalog,
    store,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
