import { importOnetRelease } from '../../src/onet/occupation-import.ts';
import type { OccupationIndex } from '../../src/occupations/occupation-index.ts';
import { startTestApp, type TestApp } from './test-app.ts';

export interface OnetTestApp extends TestApp {
  occupations: OccupationIndex | null;
}

/**
 * The real app as the server starts it, with O*NET imported from `onetDir` first (the
 * fixture, usually) or, with `null`, without any O*NET import.
 */
export async function startOnetTestApp(dialect: string, contentDir: string, onetDir: string | null): Promise<OnetTestApp> {
  const beforeBoot = async ({ db }: { db: Parameters<typeof importOnetRelease>[0] }) => {
    if (onetDir) await importOnetRelease(db, onetDir);
  };
  const started = await startTestApp(dialect, contentDir, { beforeBoot });
  return { ...started, occupations: started.store.current().occupations };
}
