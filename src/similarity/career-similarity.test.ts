import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { CareerProfile } from '../careers/career.schema.ts';
import { checkContentDir } from '../content/content-check.ts';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { CareerSimilarity } from './career-similarity.ts';
import { OccupationIndex } from '../occupations/occupation-index.ts';
import { FIXTURE } from '../onet/onet-test-fixture.ts';
import { readOnetRelease } from '../onet/onet-reader.ts';

describe('CareerSimilarity over the real catalog', () => {
  let profiles: CareerProfile[];
  let plain: CareerSimilarity;
  let withOnet: CareerSimilarity;
  before(async () => {
    profiles = (await checkContentDir(REPO_CONTENT, { onet: null, isco: null })).profiles;
    plain = new CareerSimilarity(profiles);
    const onet = new OccupationIndex(await readOnetRelease(FIXTURE), 'v', 'now');
    withOnet = new CareerSimilarity(profiles, (code) => onet.profile(code));
  });

  it('ranks every other career once, best first', () => {
    for (const engine of [plain, withOnet]) {
      const ranking = engine.ranking('staff-nurse');
      assert.equal(ranking.length, profiles.length - 1);
      assert.equal(new Set(ranking.map((x) => x.slug)).size, ranking.length);
      for (let i = 1; i < ranking.length; i += 1) assert.ok(ranking[i - 1]!.score >= ranking[i]!.score);
    }
  });

  it('agrees with the editors on the closest careers of clear cases', () => {
    const top = (engine: CareerSimilarity, slug: string, k: number) =>
      engine
        .ranking(slug)
        .slice(0, k)
        .map((x) => x.slug);
    assert.equal(top(plain, 'chartered-accountant', 1)[0], 'accountant');
    assert.equal(top(plain, 'cloud-architect', 1)[0], 'cloud-engineer');
    assert.ok(top(plain, 'backend-developer', 2).includes('software-developer'));
    // the auxiliary nurse midwife does the same bedside work; the doctor is next
    assert.ok(top(withOnet, 'staff-nurse', 3).includes('auxiliary-nurse-midwife'));
    assert.ok(top(withOnet, 'staff-nurse', 5).includes('doctor-mbbs'));
  });

  it('uses O*NET features only for careers whose occupation is imported', () => {
    assert.equal(plain.withOnet, 0);
    const linked = profiles.filter((p) => ['13-2011.00', '15-1251.00', '15-1252.00', '29-1141.00', '29-1141.01', '29-2061.00'].includes(p.codes?.onet ?? ''));
    assert.equal(withOnet.withOnet, linked.length);
    assert.ok(linked.length >= 6);
  });

  it("marks the curated similarity and explains with the careers' own skills and tools first", () => {
    const list = plain.similar('backend-developer', 3)!;
    assert.deepEqual(
      list.map((x) => x.rank),
      [1, 2, 3],
    );
    const curated = new Map(profiles.find((p) => p.slug === 'backend-developer')!.similarCareers.map((s) => [s.slug, s.similarity]));
    for (const x of list) assert.equal(x.curatedSimilarity, curated.get(x.slug) ?? null);
    const onet = withOnet.similar('backend-developer', 3)!;
    assert.ok(onet.every((x) => ['Skills', 'Tools'].includes(x.shared[0]?.kind ?? 'Skills')));
    assert.ok(
      onet.some((x) => x.shared.some((f) => f.kind === 'Technology')),
      'O*NET technology explains too',
    );
    assert.equal(plain.similar('astronaut', 3), undefined);
    assert.deepEqual(plain.similar('backend-developer', 2), list.slice(0, 2));
  });
});
