/**
 * kill -9 during `npm run import:onet` of the full O*NET release, on a new database and
 * during a `--force` re-import over a complete one. Right after each kill the occupation
 * tables hold the previous import or the new one, never a mix; run again to the end, the
 * whole database equals a clean import's.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadPaths } from '../../src/config.ts';
import { OCCUPATION_TABLES } from '../../src/onet/occupation.repository.ts';
import { createEmptyDatabase, dialectNames, type EmptyDatabase } from '../support/databases.ts';
import {
  count,
  describeMoment,
  newTally,
  FAULTS_SEED,
  killsFor,
  npmScript,
  pickMoment,
  runAndKill,
  runToEnd,
  tallyLine,
  ROOT,
  type Job,
} from '../support/fault-runs.ts';
import { seededRandom } from '../support/seeded-random.ts';
import { dumpDatabase, dumpDifferences, type TableDump } from '../support/table-dump.ts';

const ONET_DIR = loadPaths().onetDir;
const present = existsSync(join(ONET_DIR, 'Occupation Data.tsv')) || existsSync(join(ONET_DIR, 'Occupation Data.txt'));
const sharedData = existsSync(join(ROOT, '../shared/data'));
// what an import writes: the occupation tables and the fingerprint of the rows in them
const IMPORTED = [...OCCUPATION_TABLES, 'onet_import_state'];

// CI with the shared data beside the checkout must run this case: a missing release there is a failure, not a skip
const mustRun = present || (process.env.CI === 'true' && sharedData);
const skip = mustRun ? false : `no O*NET release in ${ONET_DIR} (set ONET_DIR)`;
if (skip) console.log(`faults: import:onet skipped: ${skip}`);

const importJob = (url: string, force: boolean): Job => ({
  args: [...npmScript('import:onet'), ONET_DIR, ...(force ? ['--force'] : [])],
  env: { DATABASE_URL: url },
});

describe('kill -9 during npm run import:onet', { skip }, () => {
  for (const dialect of dialectNames()) {
    it(`leaves the previous import or the new one, and a rerun equals a clean import (${dialect})`, { timeout: 600_000 }, async () => {
      assert.ok(present, `CI has ../shared/data but no O*NET release in ${ONET_DIR}`);
      const dir = mkdtempSync(join(tmpdir(), 'careerpath-faults-'));
      const seed = FAULTS_SEED + (dialect === 'sqlite' ? 11 : 12);
      const random = seededRandom(seed);
      const clean = await createEmptyDatabase(dialect, dir);
      const timeline = await runToEnd(importJob(clean.url, false));
      const expected = await dumpDatabase(clean.url);
      const expectedImport = await dumpDatabase(clean.url, { only: IMPORTED });
      await clean.drop();
      assert.ok(expected.tables.occupations!.rows > 1000, 'the clean run imported the release');
      // kills land after the last file was read: reading writes nothing (and a kill during the
      // migration before it is the first-start case's)
      const writing = timeline.texts.findLastIndex((line) => line.startsWith('read ')) + 1;
      assert.ok(writing > 0 && writing < timeline.texts.length, `the import printed no reading progress:\n${timeline.texts.join('\n')}`);

      const tally = newTally();
      let database: EmptyDatabase | undefined;
      try {
        for (let k = 0; k < killsFor(2); k++) {
          // even rounds: a first import on a new database; odd: a forced re-import over a complete one
          const force = k % 2 === 1;
          if (!force) {
            await database?.drop();
            database = await createEmptyDatabase(dialect, dir);
          }
          const before = await dumpDatabase(database!.url, { only: IMPORTED });
          const moment = pickMoment(random, timeline, writing);
          tally.moments.push(describeMoment(moment));
          count(tally, await runAndKill(importJob(database!.url, force), moment));
          const after = await dumpDatabase(database!.url, { only: IMPORTED });
          const whole = [before, expectedImport].some((d: TableDump) => dumpDifferences(after, d).length === 0);
          assert.ok(whole, `round ${k + 1}: after the kill the occupation tables are a mix:\n${dumpDifferences(after, expectedImport).join('\n')}`);
          await runToEnd(importJob(database!.url, force));
          const recovered = await dumpDatabase(database!.url);
          assert.deepEqual(dumpDifferences(recovered, expected), [], `round ${k + 1}: the rerun differs from a clean import`);
          tally.recovered++;
          tally.rowsCompared += recovered.rows;
        }
      } finally {
        await database?.drop();
      }
      console.log(tallyLine(`import:onet on ${dialect}`, seed, tally));
    });
  }
});
