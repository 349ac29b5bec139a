/**
 * kill -9 during editorial publishing (issue 14): a process publishes revisions of one
 * career towards a target revision and is killed at seeded moments. Right after each kill
 * the career's public rows equal its latest revision — the old one or the new one, never a
 * mix; run again to the target, the public tables (careers, revisions, catalog version)
 * equal those of a run that was never interrupted. Drafts and audit entries written before
 * a kill are kept, as an editor would expect, so those two tables are not compared.
 */
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loadProfiles } from '../../src/careers/career.repository.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { syncContent } from '../../src/editorial/content-sync.ts';
import { latestRevision } from '../../src/editorial/editorial.repository.ts';
import { jsonPatch } from '../../src/editorial/json-patch.ts';
import { REPO_CONTENT } from '../support/content.ts';
import { createEmptyDatabase, dialectNames } from '../support/databases.ts';
import { count, describeMoment, newTally, FAULTS_SEED, killsFor, pickMoment, runAndKill, runToEnd, tallyLine, type Job } from '../support/fault-runs.ts';
import { seededRandom } from '../support/seeded-random.ts';
import { dumpDatabase, dumpDifferences, type DumpOptions } from '../support/table-dump.ts';

const SLUG = 'electrician';
const PER_ROUND = 5;
const PUBLIC: DumpOptions = { except: ['drafts', 'audit_log'] };

const publishJob = (url: string, until: number): Job => ({
  args: ['--import', 'tsx', 'test/support/publish-loop.ts'],
  env: { DATABASE_URL: url, SLUG, PUBLISH_UNTIL: String(until) },
});

/** A database as a first start leaves it; returns the career's latest revision. */
async function loadedDatabase(url: string): Promise<number> {
  const db = openDatabase(url);
  try {
    await migrateToLatest(db);
    await syncContent(db, REPO_CONTENT);
    return (await latestRevision(db, SLUG))!.revision;
  } finally {
    await db.destroy();
  }
}

/** The JSON Patch from the latest revision to what the public rows hold: empty when they are that revision, whole. */
async function publicMix(url: string): Promise<{ revision: number; mix: unknown[] }> {
  const db = openDatabase(url);
  try {
    const latest = (await latestRevision(db, SLUG))!;
    const served = (await loadProfiles(db)).find((p) => p.slug === SLUG)!;
    return { revision: latest.revision, mix: jsonPatch(latest.profile, served) };
  } finally {
    await db.destroy();
  }
}

describe('kill -9 during publish', () => {
  for (const dialect of dialectNames()) {
    it(`leaves the old revision or the new one, and a rerun equals an uninterrupted run (${dialect})`, { timeout: 300_000 }, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'careerpath-faults-'));
      const seed = FAULTS_SEED + (dialect === 'sqlite' ? 31 : 32);
      const random = seededRandom(seed);
      const clean = await createEmptyDatabase(dialect, dir);
      const faulted = await createEmptyDatabase(dialect, dir);
      const tally = newTally();
      try {
        const first = await loadedDatabase(clean.url);
        await loadedDatabase(faulted.url);
        for (let k = 0; k < killsFor(3); k++) {
          const target = first + PER_ROUND * (k + 1);
          const timeline = await runToEnd(publishJob(clean.url, target));
          // from the first line on: before it the process is only loading its code
          const moment = pickMoment(random, timeline, 1);
          tally.moments.push(describeMoment(moment));
          count(tally, await runAndKill(publishJob(faulted.url, target), moment));
          const { revision, mix } = await publicMix(faulted.url);
          assert.deepEqual(mix, [], `kill ${k + 1} (${describeMoment(moment)}): the public rows are revision ${revision}, whole`);
          await runToEnd(publishJob(faulted.url, target));
          const recovered = await dumpDatabase(faulted.url, PUBLIC);
          assert.deepEqual(
            dumpDifferences(recovered, await dumpDatabase(clean.url, PUBLIC)),
            [],
            `round ${k + 1}: the public tables differ from an uninterrupted run`,
          );
          tally.recovered++;
          tally.rowsCompared += recovered.rows;
        }
      } finally {
        await clean.drop();
        await faulted.drop();
      }
      console.log(tallyLine(`publish on ${dialect}`, seed, tally));
    });
  }
});
