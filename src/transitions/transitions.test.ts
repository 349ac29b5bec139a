import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { CareerProfile } from '../careers/career.schema.ts';
import { checkContentDir } from '../content/content-check.ts';
import { CareerSimilarity } from '../similarity/career-similarity.ts';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { FAR_MONTHS, TransitionMap } from './transitions.ts';
import { requirementsFor } from '../pathways/requirements.ts';

describe('transitions over the real catalog', () => {
  let profiles: CareerProfile[];
  let map: TransitionMap;
  before(async () => {
    const content = await checkContentDir(REPO_CONTENT, { onet: null, isco: null });
    profiles = content.profiles;
    const exams = new Map(content.exams.map((e) => [e.id, e]));
    const engine = new CareerSimilarity(profiles);
    map = new TransitionMap(
      profiles,
      (slug) => engine.ranking(slug).map((x) => x.slug),
      (id) => exams.get(id),
    );
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

  it('counts the degrees and exams a move needs: a staff nurse is years, not months, from being a doctor', async () => {
    const t = map.from('staff-nurse')!;
    assert.ok(!t.direct.some((x) => x.to.slug === 'doctor-mbbs'), 'not a direct move');
    // the doctor's route needs NEET-UG and the MBBS, which a nurse's route does not contain
    const exams = new Map((await checkContentDir(REPO_CONTENT, { onet: null, isco: null })).exams.map((e) => [e.id, e]));
    const byslug = (slug: string) => profiles.find((p) => p.slug === slug)!;
    const needs = requirementsFor(byslug('staff-nurse'), byslug('doctor-mbbs'), (id) => exams.get(id));
    assert.ok(
      needs.some((r) => r.kind === 'exam' && /NEET/.test(r.name)),
      JSON.stringify(needs),
    );
    assert.ok(
      needs.some((r) => /MBBS/.test(r.name) && r.months >= 48),
      JSON.stringify(needs),
    );
  });

  it('lists what a move requires besides skills, in its months', () => {
    for (const slug of ['accountant', 'staff-nurse', 'electrician']) {
      for (const move of [...map.from(slug)!.direct, ...map.from(slug)!.twoStep]) {
        for (const step of move.steps) {
          const required = step.requires.reduce((sum, r) => sum + r.months, 0);
          assert.ok(step.months >= required, `${slug} → ${step.to.slug}: ${step.months} months < ${required} required`);
        }
      }
    }
    const accountant = map.from('accountant')!;
    const ca = [...accountant.direct, ...accountant.twoStep].find((m) => m.to.slug === 'chartered-accountant');
    if (ca)
      assert.ok(
        ca.steps.at(-1)!.requires.some((r) => r.kind === 'exam'),
        'CA exams are required',
      );
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
