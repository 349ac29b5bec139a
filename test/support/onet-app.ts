import pino from 'pino';
import { createCatalog } from '../../src/careers/career-catalog.ts';
import { loadProfiles } from '../../src/careers/career.repository.ts';
import { syncContent } from '../../src/content/content-sync.ts';
import { buildApp } from '../../src/http/app.ts';
import { importOnetRelease } from '../../src/occupations/occupation-import.ts';
import { loadOccupationIndex, type OccupationIndex } from '../../src/occupations/occupation-index.ts';
import { createTestDatabase } from './databases.ts';
import type { TestApp } from './test-app.ts';

export interface OnetTestApp extends TestApp {
  occupations: OccupationIndex | null;
}

/**
 * The real app as the server starts it, with O*NET imported from `onetDir` first (the
 * fixture, usually) or, with `null`, without any O*NET import.
 */
export async function startOnetTestApp(dialect: string, contentDir: string, onetDir: string | null): Promise<OnetTestApp> {
  const database = await createTestDatabase(dialect);
  await syncContent(database.db, contentDir);
  if (onetDir) await importOnetRelease(database.db, onetDir);
  const catalog = createCatalog(await loadProfiles(database.db));
  const occupations = await loadOccupationIndex(database.db);
  const app = await buildApp({ catalog, logger: pino({ level: 'silent' }), occupations });
  await app.ready();
  return {
    app,
    catalog,
    database,
    occupations,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
