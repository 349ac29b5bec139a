/**
 * `npm run import:onet -- <dir> [--force]`: imports an O*NET release directory (official
 * text release or the shared TSV copy) into DATABASE_URL. Progress goes to stderr, the
 * summary to stdout. Exit 0 on success or "unchanged", 1 on malformed data or a database
 * error (one line naming the cause, e.g. `Skills.txt:17: ...`), 2 on bad usage.
 * Interrupting it is safe: the replacement is one transaction.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { importOnetRelease, type ImportEvent } from './occupation-import.ts';
import { OnetFormatError } from './onet-table.ts';

const USAGE = 'usage: npm run import:onet -- <onet-release-dir> [--force]';

function progress(event: ImportEvent): void {
  if (event.stage === 'read') process.stderr.write(`read  ${basename(event.file)}: ${event.records} records\n`);
  else if (event.done === event.total) process.stderr.write(`wrote ${event.table}: ${event.total} rows\n`);
  else if (process.stderr.isTTY) process.stderr.write(`\rwrite ${event.table}: ${event.done}/${event.total}`);
}

async function main(argv: string[]): Promise<number> {
  const force = argv.includes('--force');
  const args = argv.filter((a) => a !== '--force');
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const dir = resolve(args[0]!);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    console.error(`import:onet: ${dir} is not a directory\n${USAGE}`);
    return 2;
  }
  let databaseUrl: string;
  try {
    databaseUrl = loadConfig().databaseUrl;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`import:onet: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const db = openDatabase(databaseUrl);
  try {
    await migrateToLatest(db);
    const started = performance.now();
    const result = await importOnetRelease(db, dir, { progress, force });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      result.changed
        ? `import:onet: imported ${result.occupations} occupations (${result.rows} rows) from ${dir} in ${seconds} s`
        : `import:onet: unchanged: ${dir} holds the data already imported (${result.occupations} occupations); nothing written`,
    );
    return 0;
  } catch (error) {
    if (error instanceof OnetFormatError) {
      console.error(`import:onet: ${error.message}; nothing was written`);
      return 1;
    }
    console.error(`import:onet: ${(error as Error).message.split('\n')[0]}; the previous import is unchanged`);
    return 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main(process.argv.slice(2));
