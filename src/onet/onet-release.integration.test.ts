/**
 * The full O*NET release, when ../shared/data/onet/db_29_3 (or ONET_DIR) is present:
 * counts, and the engine's quality floor against Related Occupations. Skipped, with the
 * reason printed, when the data is absent.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createTestDatabase } from '../../test/support/databases.ts';
import { evaluateRankings, rankAll } from '../similarity/eval-similarity.ts';
import { importOnetRelease } from './occupation-import.ts';
import { countOccupationRows } from './occupation.repository.ts';
import { hasWorkData, OCCUPATION_BLOCKS, occupationProfiles } from '../similarity/onet-features.ts';
import { loadPaths } from '../config.ts';
import { readOnetRelease } from './onet-reader.ts';
import { readRelatedOccupations } from '../similarity/related-occupations.ts';
import { SimilarityIndex } from '../similarity/similarity.ts';
import { OccupationIndex } from '../occupations/occupation-index.ts';
import { checkContentDir } from '../content/content-check.ts';
import { buildTitleIndex, resolveTitle } from '../titles/resolve-title.ts';
import { REPO_CONTENT } from '../../test/support/content.ts';

const dir = loadPaths().onetDir;
const present = existsSync(join(dir, 'Occupation Data.tsv')) || existsSync(join(dir, 'Occupation Data.txt'));
const skip = present ? false : `no O*NET release in ${dir} (set ONET_DIR to run the integration test)`;
if (skip) console.log(`onet-release integration test skipped: ${skip}`);

describe('the full O*NET release', { skip }, async () => {
  const release = present ? await readOnetRelease(dir) : null;

  it('has 1,016 occupations, 879 with skill ratings', () => {
    assert.equal(release!.occupations.length, 1016);
    assert.equal(new Set(release!.ratings.filter((r) => r.domain === 'skill').map((r) => r.code)).size, 879);
    assert.equal(new Set(release!.ratings.filter((r) => r.domain === 'knowledge').map((r) => r.code)).size, 879);
    assert.equal(release!.jobZones.length, 923);
    assert.equal(release!.tasks.length, 18796);
    assert.equal(release!.alternateTitles.length, 56560);
    assert.equal(release!.technology.length, 32681);
  });

  it('imports into the database with the same counts, idempotently', async () => {
    const test = await createTestDatabase('sqlite');
    try {
      const db = test.db;
      assert.equal((await importOnetRelease(db, dir)).changed, true);
      const counts = await countOccupationRows(db);
      assert.equal(counts.occupations, 1016);
      assert.equal(counts.occupation_job_zones, 923);
      const rated = await db
        .selectFrom('occupation_ratings')
        .select((eb) => eb.fn.count<number>('code').distinct().as('n'))
        .where('domain', '=', 'skill')
        .executeTakeFirstOrThrow();
      assert.equal(Number(rated.n), 879);
      assert.equal((await importOnetRelease(db, dir)).changed, false);
    } finally {
      await test.drop();
    }
  });

  it('meets the quality target against Related Occupations (P@10 ≥ 0.65, R@20 ≥ 0.55)', async () => {
    const truth = await readRelatedOccupations(dir);
    const index = new SimilarityIndex(occupationProfiles(release!).filter(hasWorkData), OCCUPATION_BLOCKS);
    const rated = [...new Set(release!.ratings.map((r) => r.code))];
    const { overall } = evaluateRankings(rankAll(index, 20), truth, rated);
    assert.equal(overall.n, 879);
    assert.ok(overall.p10 >= 0.65, `P@10 ${overall.p10}`);
    assert.ok(overall.r20 >= 0.55, `R@20 ${overall.r20}`);
  });

  it('serves the app: title search, title resolution and similar lists, fast', async () => {
    const started = performance.now();
    const index = new OccupationIndex(release!, 'full', 'now');
    const buildMs = performance.now() - started;
    assert.equal(index.search('staff nurse', 1)[0]?.code, '29-1141.00');
    assert.equal(index.search('registerd nurse', 1)[0]?.code, '29-1141.00');
    const { profiles } = await checkContentDir(REPO_CONTENT, { onet: null, isco: null });
    const titles = buildTitleIndex(profiles, index);
    for (const [q, slug] of [
      ['sde 2', 'software-developer'],
      ['java developer', 'software-developer'],
      ['staff nurse', 'staff-nurse'],
      ['ca articleship', 'chartered-accountant'],
    ]) {
      assert.equal(resolveTitle(titles, q!).careers[0]?.slug, slug, q);
    }
    assert.equal(resolveTitle(titles, 'registered nurse').careers[0]?.slug, 'staff-nurse', 'through O*NET Registered Nurses');
    const times: number[] = [];
    for (const code of index.search('engineer', 50).map((h) => h.code)) {
      const t = performance.now();
      index.similar(code, 20);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    console.log(`OccupationIndex: built in ${(buildMs / 1000).toFixed(2)} s; similar list with explanations: median ${median.toFixed(2)} ms`);
    assert.ok(median < 50, `median similar-list lookup ${median} ms`);
  });
});
