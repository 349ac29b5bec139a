/**
 * Several instances started at once on one new SQLite file (issue 16 found "table already
 * exists" in 3 of 8 trials): every one becomes ready, and the database holds what a single
 * first start leaves — the catalog loaded once, each migration run once.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createEmptyDatabase } from '../support/databases.ts';
import { runToEnd, serverJob } from '../support/fault-runs.ts';
import { dumpDatabase, dumpDifferences } from '../support/table-dump.ts';

const INSTANCES = 4;
const TRIALS = Number(process.env.CONCURRENT_START_TRIALS ?? 3);

/** Resolves once `n` parties have arrived; a party that fails rejects it for everyone. */
function barrier(n: number) {
  let arrived = 0;
  let open!: () => void;
  let fail!: (error: unknown) => void;
  const all = new Promise<void>((resolve, reject) => ((open = resolve), (fail = reject)));
  all.catch(() => undefined);
  return {
    arrive: () => {
      if (++arrived === n) open();
      return all;
    },
    fail,
  };
}

describe('concurrent first start on SQLite', () => {
  it(`${INSTANCES} instances at once on a new file all become ready and load the data once`, { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'careerpath-concurrent-'));
    const single = await createEmptyDatabase('sqlite', dir);
    await runToEnd(await serverJob(single.url));
    const expected = await dumpDatabase(single.url);
    assert.ok(expected.tables.careers!.rows > 100, 'a single start loaded the catalog');
    for (let trial = 1; trial <= TRIALS; trial++) {
      const database = await createEmptyDatabase('sqlite', dir);
      const ready = barrier(INSTANCES);
      const jobs = await Promise.all(Array.from({ length: INSTANCES }, () => serverJob(database.url, ready.arrive)));
      const results = await Promise.allSettled(
        jobs.map((job) =>
          runToEnd(job).catch((error: unknown) => {
            ready.fail(error);
            throw error;
          }),
        ),
      );
      const failed = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as Error).message).slice(0, 600)] : []));
      assert.deepEqual(failed, [], `trial ${trial}: ${failed.length} of ${INSTANCES} instances failed to start`);
      assert.deepEqual(dumpDifferences(await dumpDatabase(database.url), expected), [], `trial ${trial}: the database differs from a single start's`);
      await database.drop();
    }
  });
});
