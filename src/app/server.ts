/**
 * `npm start`: configuration → database (created and migrated) → content loaded when it
 * changed → HTTP. Any failure before listening prints one line naming the cause and exits 1.
 */
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { ContentError } from '../editorial/content-sync.ts';
import { openDatabase } from '../db/database.ts';
import { createLogger } from '../logger.ts';
import { boot, type Booted } from './boot.ts';

function fail(message: string): never {
  process.stderr.write(`careerpath: ${message}\n`);
  process.exit(1);
}

let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const logger = createLogger(config.logLevel);
const db = openDatabase(config.databaseUrl);
const dbName = config.databaseUrl.startsWith('sqlite:') ? config.databaseUrl : config.databaseUrl.replace(/\/\/[^@/]*@/, '//***@');
let booted: Booted;
try {
  booted = await boot({
    db,
    contentDir: config.paths.contentDir,
    sources: config.paths,
    logger,
    rateLimit: { perMinute: config.rateLimitPerMinute, redisUrl: config.redisUrl },
    publicUrl: config.publicUrl,
    smtpUrl: config.smtpUrl,
    ops: { trustProxy: config.trustProxy, metricsToken: config.metricsToken, redisUrl: config.redisUrl },
  });
} catch (error) {
  if (error instanceof ContentError) {
    for (const p of error.problems.slice(0, 20)) process.stderr.write(`${p.file}: ${p.field}: ${p.message}\n`);
    fail(error.message);
  }
  fail(`DATABASE_URL ${dbName}: cannot open, migrate or read the database (${(error as Error).message.split('\n')[0]})`);
}
const { app } = booted;

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
    logger.info({ signal, graceMs: config.shutdownGraceMs }, 'shutting down: no new connections, finishing requests in flight');
    // requests still running after the grace period are cut off rather than holding the exit
    setTimeout(() => {
      logger.warn('grace period over; exiting with requests still open');
      process.exit(1);
    }, config.shutdownGraceMs).unref();
    void app
      .close()
      .then(() => db.destroy())
      .then(() => process.exit(0));
  });
}
