import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, dialectNames, type TestDatabase } from '../../test/support/databases.ts';
import { importOnetRelease } from '../onet/occupation-import.ts';
import { loadOccupationIndex, OccupationIndex, SIMILAR_MAX } from './occupation-index.ts';
import { FIXTURE } from '../onet/onet-test-fixture.ts';
import { readOnetRelease } from '../onet/onet-reader.ts';

const RN = '29-1141.00';

describe('OccupationIndex on the fixture release', async () => {
  const index = new OccupationIndex(await readOnetRelease(FIXTURE), 'v1', '2025-01-01T00:00:00.000Z');

  it('holds every occupation with reading-ordered views', () => {
    assert.equal(index.size, 7);
    const rn = index.get(RN)!;
    assert.equal(rn.title, 'Registered Nurses');
    assert.ok(rn.reportedTitles.includes('Staff Nurse'));
    assert.ok(!rn.alternateTitles.some((t) => rn.reportedTitles.includes(t)), 'a title is listed once');
    const flags = rn.technology.map((t) => Number(t.inDemand) * 2 + Number(t.hot));
    assert.deepEqual(
      flags,
      [...flags].sort((a, b) => b - a),
      'in-demand, then hot technology first',
    );
    assert.ok(rn.skills.every((s, i) => i === 0 || rn.skills[i - 1]!.importance >= s.importance));
    assert.equal(index.get('00-0000.00'), undefined);
  });

  it('serves precomputed similar lists with explanations, capped at 20', () => {
    const list = index.similar(RN, 50)!;
    assert.ok(list.length <= SIMILAR_MAX);
    assert.deepEqual(
      list
        .slice(0, 2)
        .map((x) => x.code)
        .sort(),
      ['29-1141.01', '29-2061.00'],
    );
    assert.ok(list.every((x) => x.code !== RN && x.code !== '15-1299.00'));
    assert.deepEqual(index.similar(RN, 1), list.slice(0, 1));
    assert.deepEqual(index.similar('15-1299.00', 5), [], 'title-only codes have no similar list');
    assert.equal(index.similar('00-0000.00', 5), undefined);
  });

  it('searches titles, alternate and reported titles', () => {
    assert.deepEqual(
      index.search('staff nurse', 1).map((h) => [h.code, h.matchedKind]),
      [[RN, 'reported']],
    );
    assert.equal(index.search('Software Developers', 1)[0]?.matchedKind, 'title');
    assert.deepEqual(index.search('', 5), []);
  });
});

for (const dialect of dialectNames()) {
  describe(`loadOccupationIndex on ${dialect}`, () => {
    let test: TestDatabase;
    before(async () => {
      test = await createTestDatabase(dialect);
    });
    after(() => test.drop());

    it('is null before any import, and after one equals the index built from the files', async () => {
      assert.equal(await loadOccupationIndex(test.db), null);
      const result = await importOnetRelease(test.db, FIXTURE);
      const stored = (await loadOccupationIndex(test.db))!;
      const direct = new OccupationIndex(await readOnetRelease(FIXTURE), result.fingerprint, 'now');
      assert.equal(stored.version, result.fingerprint);
      for (const code of ['13-2011.00', '15-1251.00', '15-1252.00', RN, '29-1141.01']) {
        assert.deepEqual(stored.get(code), direct.get(code), code);
        const a = stored.similar(code, 5)!.map((x) => [x.code, x.score]);
        const b = direct.similar(code, 5)!.map((x) => [x.code, x.score]);
        assert.deepEqual(a, b, `same similar list for ${code}`);
      }
    });
  });
}
