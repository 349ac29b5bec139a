import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { CareerProfile } from '../careers/career.schema.ts';
import { checkContentDir } from '../content/content-check.ts';
import { CareerSimilarity } from '../similarity/career-similarity.ts';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { FAR_MONTHS, TransitionMap } from './transitions.ts';

describe('transitions over the real catalog', () => {
  let profiles: CareerProfile[];
  let map: TransitionMap;
  before(async () => {
    profiles = (await checkContentDir(REPO_CONTENT, { onet: null, isco: null })).profiles;
    const engine = new CareerSimilarity(profiles);
    map = new TransitionMap(profiles, (slug) => engine.ranking(slug).map((x) => x.slug));
  });

  it('leads from Backend Developer to DevOps Engineer directly and on to Cloud Architect in two steps', () => {
    const t = map.from('backend-developer')!;
    const devops = t.direct.find((x) => x.to.slug === 'devops-engineer');
    assert.ok(devops, 'DevOps Engineer is a direct move');
    assert.ok(devops.evidence.includes('curated') && devops.evidence.includes('progression'));
    assert.ok(!t.direct.some((x) => x.to.slug === 'cloud-architect'), 'Cloud Architect is far');
    const path = t.twoStep.find((x) => x.to.slug === 'cloud-architect' && x.via?.slug === 'devops-engineer');
    assert.ok(path, `two-step paths: ${t.twoStep.map((x) => `${x.via?.slug}>${x.to.slug}`).join(', ')}`);
    assert.equal(path.months, path.steps[0]!.months + path.steps[1]!.months);
    assert.ok(path.steps[1]!.overlap > path.overlap, 'the first move brings Cloud Architect closer');
    assert.ok(t.twoStep.indexOf(path) < 4, 'and it is among the paths the page shows');
    assert.equal(path.steps[1]!.skillsToAdd[0]!.importance, 'high');
  });

  it('keeps every list consistent for every career', () => {
    for (const p of profiles) {
      const t = map.from(p.slug)!;
      const direct = new Set(t.direct.map((x) => x.to.slug));
      assert.ok(!direct.has(p.slug));
      for (let i = 1; i < t.direct.length; i += 1) assert.ok(t.direct[i - 1]!.overlap >= t.direct[i]!.overlap, p.slug);
      for (const x of t.direct) {
        assert.ok(x.months <= FAR_MONTHS && x.evidence.length > 0 && x.steps.length === 1 && x.via === null);
        assert.ok(x.overlap >= 0 && x.overlap <= 100);
        const ranks = x.steps[0]!.skillsToAdd.map((s) => ['low', 'low-medium', 'medium', 'medium-high', 'high'].indexOf(s.importance));
        assert.deepEqual(
          ranks,
          [...ranks].sort((a, b) => b - a),
          'skills to add by importance',
        );
      }
      for (const x of t.twoStep) {
        assert.ok(direct.has(x.via!.slug), `${p.slug}: the first step of a path is a direct move`);
        assert.ok(!direct.has(x.to.slug) && x.to.slug !== p.slug);
        assert.equal(x.steps.length, 2);
        assert.equal(x.steps[1]!.from.slug, x.via!.slug);
      }
      const perTarget = new Map<string, number>();
      for (const x of t.twoStep) perTarget.set(x.to.slug, (perTarget.get(x.to.slug) ?? 0) + 1);
      assert.ok([...perTarget.values()].every((n) => n <= 2));
    }
  });

  it('is deterministic and unknown careers have none', () => {
    assert.equal(map.from('astronaut'), undefined);
    assert.equal(map.from('staff-nurse'), map.from('staff-nurse'), 'computed once');
  });
});
