/**
 * `npm start`: configuration → database (created and migrated) → content loaded when it
 * changed → HTTP. Any failure before listening prints one line naming the cause and exits 1.
 */
import { createCatalog } from './careers/career-catalog.ts';
import { loadProfiles } from './careers/career.repository.ts';
import { ConfigError, loadConfig } from './config.ts';
import { CONTENT_DIR } from './content/content-dir.ts';
import { ContentError, syncContent } from './content/content-sync.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { buildApp } from './http/app.ts';
import { createLogger } from './logger.ts';
import { loadOccupationIndex } from './occupations/occupation-index.ts';

function fail(message: string): never {
  process.stderr.write(`careerpath: ${message}\n`);
  process.exit(1);
}

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const logger = createLogger(config.logLevel);
const db = openDatabase(config.databaseUrl);
const dbName = config.databaseUrl.startsWith('sqlite:') ? config.databaseUrl : config.databaseUrl.replace(/\/\/[^@/]*@/, '//***@');
try {
  await migrateToLatest(db);
} catch (error) {
  fail(`DATABASE_URL ${dbName}: cannot open or migrate the database (${(error as Error).message.split('\n')[0]})`);
}
try {
  const { changed, careers } = await syncContent(db, CONTENT_DIR);
  logger.info({ careers, changed }, changed ? 'content loaded into the database' : 'content unchanged');
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  for (const p of error.problems.slice(0, 20)) process.stderr.write(`${p.file}: ${p.field}: ${p.message}\n`);
  fail(error.message);
}
const catalog = createCatalog(await loadProfiles(db));
// O*NET is optional: null when `npm run import:onet` has not been run (about 2 s to build when it has).
const onetStarted = performance.now();
const occupations = await loadOccupationIndex(db);
if (occupations) logger.info({ occupations: occupations.size, ms: Math.round(performance.now() - onetStarted) }, 'O*NET reference data loaded');
else logger.info('O*NET reference data not imported; occupation pages and API are off');
const app = await buildApp({ catalog, logger, occupations, rateLimit: { perMinute: config.rateLimitPerMinute, redisUrl: config.redisUrl } });

try {
  await app.listen({ port: config.port, host: config.host });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(code === 'EADDRINUSE' ? `PORT ${config.port} is already in use` : `cannot listen on ${config.host}:${config.port} (${(error as Error).message})`);
}

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    void app.close().then(() => db.destroy()).then(() => process.exit(0));
  });
}
