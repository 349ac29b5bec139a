import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { createCatalog, type CareerCatalog } from '../../src/careers/career-catalog.ts';
import { loadProfiles } from '../../src/careers/career.repository.ts';
import { syncContent } from '../../src/content/content-sync.ts';
import { buildApp } from '../../src/http/app.ts';
import type { RateLimitOptions } from '../../src/http/rate-limit.ts';
import { createTestDatabase, type TestDatabase } from './databases.ts';

export interface TestApp {
  app: FastifyInstance;
  catalog: CareerCatalog;
  database: TestDatabase;
  close(): Promise<void>;
}

/** The real app on a real database, loaded from a content folder, exactly as the server starts. */
export async function startTestApp(dialect: string, contentDir: string, rateLimit?: RateLimitOptions): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  await syncContent(database.db, contentDir);
  const catalog = createCatalog(await loadProfiles(database.db));
  const app = await buildApp({ catalog, logger: pino({ level: 'silent' }), ...(rateLimit ? { rateLimit } : {}) });
  await app.ready();
  return {
    app,
    catalog,
    database,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
