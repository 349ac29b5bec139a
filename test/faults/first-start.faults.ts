/**
 * kill -9 during a first start: `npm start` on a new database creates it, migrates it and
 * loads the catalog from content/careers. Killed at any moment and started again, it
 * becomes ready and the database equals one that started cleanly.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createEmptyDatabase, dialectNames } from '../support/databases.ts';
import { count, describeMoment, newTally, FAULTS_SEED, killsFor, pickMoment, runAndKill, runToEnd, serverJob, tallyLine } from '../support/fault-runs.ts';
import { seededRandom } from '../support/seeded-random.ts';
import { dumpDatabase, dumpDifferences } from '../support/table-dump.ts';

describe('kill -9 during a first start', () => {
  for (const dialect of dialectNames()) {
    it(`starts again to a database equal to a clean first start (${dialect})`, { timeout: 600_000 }, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'careerpath-faults-'));
      const seed = FAULTS_SEED + (dialect === 'sqlite' ? 21 : 22);
      const random = seededRandom(seed);
      const clean = await createEmptyDatabase(dialect, dir);
      const timeline = await runToEnd(await serverJob(clean.url));
      const expected = await dumpDatabase(clean.url);
      await clean.drop();
      assert.ok(expected.tables.careers!.rows > 100, 'the clean start loaded the catalog');

      const tally = newTally();
      for (let k = 0; k < killsFor(3); k++) {
        const database = await createEmptyDatabase(dialect, dir);
        try {
          const moment = pickMoment(random, timeline);
          tally.moments.push(describeMoment(moment));
          count(tally, await runAndKill(await serverJob(database.url), moment));
          await runToEnd(await serverJob(database.url));
          const recovered = await dumpDatabase(database.url);
          assert.deepEqual(
            dumpDifferences(recovered, expected),
            [],
            `kill ${k + 1} (${describeMoment(moment)}): the database differs from a clean first start`,
          );
          tally.recovered++;
          tally.rowsCompared += recovered.rows;
        } finally {
          await database.drop();
        }
      }
      console.log(tallyLine(`first start on ${dialect}`, seed, tally));
    });
  }
});
