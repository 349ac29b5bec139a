import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { readRepoProfile } from '../../test/support/content.ts';
import { CAREER_BLOCKS, careerProfile, educationCategory } from './career-features.ts';
import { hasWorkData, OCCUPATION_BLOCKS, occupationProfiles } from './onet-features.ts';
import { readOnetRelease } from '../onet/onet-reader.ts';
import { SimilarityIndex, type BlockSpec, type FeatureProfile } from './similarity.ts';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/onet/', import.meta.url));

const SPECS: BlockSpec[] = [
  { kind: 'vector', name: 'skills', label: 'Skills', weight: 2, centre: true, explain: 'levels', threshold: 3, minGap: 0.5 },
  { kind: 'vector', name: 'tools', label: 'Tools', weight: 1, idf: true, explain: 'sets' },
  { kind: 'scalar', name: 'zone', label: 'Job zone', weight: 0.5, range: 4 },
];

const profile = (id: string, skills: Record<string, number>, tools: string[], zone?: number): FeatureProfile => ({
  id,
  title: id,
  blocks: { skills, tools: Object.fromEntries(tools.map((t) => [t, 1])), ...(zone === undefined ? {} : { zone }) },
});

const TOY = [
  profile('nurse-a', { care: 5, medicine: 4.5, code: 1, maths: 2 }, ['EHR', 'Excel'], 3),
  profile('nurse-b', { care: 4.5, medicine: 5, code: 1.5, maths: 2.5 }, ['EHR', 'Word'], 3),
  profile('dev-a', { care: 1, medicine: 1, code: 5, maths: 4 }, ['Git', 'Python', 'Excel'], 4),
  profile('dev-b', { care: 1.5, medicine: 1, code: 4.5, maths: 4.5 }, ['Git', 'Java'], 4),
  profile('constructor', { constructor: 3, care: 2, code: 2, maths: 3 }, ['toString'], 2),
  { id: 'empty', title: 'empty', blocks: {} },
];

function allPairs(index: SimilarityIndex): Array<[string, string]> {
  const ids = index.ids();
  return ids.flatMap((a) => ids.map((b) => [a, b] as [string, string]));
}

function checkProperties(index: SimilarityIndex): void {
  const ids = index.ids();
  const matrix = index.matrix();
  for (const [a, b] of allPairs(index)) {
    const s = index.score(a, b);
    assert.ok(s >= 0 && s <= 100 + 1e-9, `${a}~${b} = ${s} out of range`);
    assert.equal(s, index.score(b, a), `score(${a}, ${b}) is not symmetric`);
    const i = ids.indexOf(a);
    const j = ids.indexOf(b);
    assert.ok(Math.abs(matrix[i * ids.length + j]! - s) < 1e-9, `matrix and score disagree on ${a}~${b}`);
    const explained = index.explain(a, b);
    const points = explained.blocks.reduce((sum, c) => sum + c.points, 0);
    assert.ok(Math.abs(points - s) < 1e-9, `explanation of ${a}~${b} adds up to ${points}, score is ${s}`);
    assert.ok(Math.abs(explained.blocks.reduce((sum, c) => sum + c.weight, 0) - (explained.blocks.length ? 1 : 0)) < 1e-9);
  }
  for (const id of ids) {
    const row = index.row(id);
    ids.forEach((other, j) => assert.ok(Math.abs(row[j]! - index.score(id, other)) < 1e-9, `row and score disagree on ${id}~${other}`));
  }
}

describe('SimilarityIndex properties', () => {
  const index = new SimilarityIndex(TOY, SPECS);

  it('gives self-similarity 100 to every profile with features, 0 to an empty one', () => {
    for (const p of TOY.filter((x) => x.id !== 'empty')) assert.equal(Math.round(index.score(p.id, p.id) * 1e9) / 1e9, 100);
    assert.equal(index.score('empty', 'empty'), 0);
    assert.equal(index.score('empty', 'nurse-a'), 0);
  });

  it('is symmetric bit for bit, and pair, row and matrix scores agree; explanations add up', () => {
    checkProperties(index);
  });

  it('ranks the like profile first and lists top-k best first', () => {
    assert.deepEqual(
      index.topK('nurse-a', 1).map((x) => x.id),
      ['nurse-b'],
    );
    assert.deepEqual(
      index.topK('dev-a', 1).map((x) => x.id),
      ['dev-b'],
    );
    const list = index.topK('nurse-a', 10);
    assert.equal(list.length, TOY.length - 1);
    for (let k = 1; k < list.length; k += 1) assert.ok(list[k - 1]!.score >= list[k]!.score);
    assert.deepEqual(
      index.topK('nurse-a', 10, (p) => p.id.startsWith('dev')).map((x) => x.id),
      ['dev-a', 'dev-b'],
    );
    assert.deepEqual(
      [...index.allTopK(3)].map(([id, l]) => [id, l.map((x) => x.id)]),
      index.ids().map((id) => [id, index.topK(id, 3).map((x) => x.id)]),
    );
  });

  it('explains with features both have and the ones the target needs', () => {
    const e = index.explain('nurse-a', 'dev-a');
    for (const f of e.shared) {
      assert.ok(f.a >= 3 || f.block === 'tools', `shared ${f.feature} below the threshold`);
      const a = TOY[0]!.blocks[f.block] as Record<string, number>;
      assert.ok(Object.hasOwn(a, f.feature));
    }
    assert.deepEqual(
      e.shared.filter((f) => f.block === 'tools').map((f) => f.feature),
      ['Excel'],
    );
    const skillGaps = e.missing.filter((m) => m.block === 'skills');
    assert.deepEqual(
      skillGaps.map((m) => m.feature),
      ['code', 'maths'],
    );
    assert.ok(skillGaps.every((m) => m.gap === m.b - (m.a ?? 0) && m.gap > 0.5));
    assert.deepEqual(
      e.missing
        .filter((m) => m.block === 'tools')
        .map((m) => m.feature)
        .sort(),
      ['Git', 'Python'],
    );
    assert.deepEqual(index.explain('dev-a', 'dev-a').missing, []);
  });

  it('treats feature names like "constructor" as plain keys', () => {
    assert.ok(index.score('constructor', 'constructor') > 99.999);
    assert.ok(Number.isFinite(index.score('constructor', 'nurse-a')));
  });

  it('renormalises over the blocks both profiles have', () => {
    const noZone = new SimilarityIndex([...TOY.slice(0, 2), profile('nurse-c', { care: 5, medicine: 4.5, code: 1, maths: 2 }, ['EHR', 'Excel'])], SPECS);
    assert.ok(noZone.score('nurse-a', 'nurse-c') > 99.999, 'a missing zone must not lower the score');
    const e = noZone.explain('nurse-a', 'nurse-c');
    assert.deepEqual(
      e.blocks.map((b) => b.name),
      ['skills', 'tools'],
    );
  });
});

describe('O*NET occupations in the engine (fixture)', async () => {
  const release = await readOnetRelease(FIXTURE);
  const profiles = occupationProfiles(release);
  const index = new SimilarityIndex(profiles.filter(hasWorkData), OCCUPATION_BLOCKS);
  const RN = '29-1141.00';

  it('keeps the properties on real features', () => {
    checkProperties(index);
    for (const id of index.ids()) assert.equal(Math.round(index.score(id, id) * 1e9) / 1e9, 100);
  });

  it('puts a nurse closer to other nurses than to a programmer or an accountant', () => {
    const programmer = index.score(RN, '15-1251.00');
    for (const nurse of ['29-1141.01', '29-2061.00']) {
      assert.ok(index.score(RN, nurse) > programmer + 10, `${nurse}: ${index.score(RN, nurse)} vs programmer ${programmer}`);
    }
    assert.deepEqual(
      index
        .topK(RN, 2)
        .map((x) => x.id)
        .sort(),
      ['29-1141.01', '29-2061.00'],
    );
    assert.ok(index.score('15-1251.00', '15-1252.00') > index.score('15-1251.00', RN));
  });

  it('explains nurse → programmer with real O*NET features', () => {
    const e = index.explain(RN, '15-1251.00');
    assert.ok(e.missing.some((m) => m.block === 'skills' && m.feature === 'Programming'));
    assert.ok(e.shared.every((f) => f.a > 0 && f.b > 0));
    assert.ok(e.blocks.some((b) => b.name === 'titles') && e.blocks.some((b) => b.name === 'tasks'));
  });

  it('leaves title-only codes out of the similar lists', () => {
    assert.ok(!index.ids().includes('15-1299.00'));
    assert.equal(profiles.length, 7);
  });
});

describe('curated careers in the same engine', () => {
  const backend = readRepoProfile('backend-developer');

  it('maps education levels to the O*NET RL scale', () => {
    assert.equal(educationCategory('Engineering'), 6);
    assert.equal(educationCategory('Postgraduate'), 8);
    assert.equal(educationCategory('Class 12'), 2);
    assert.equal(educationCategory('No degree'), 1);
    assert.equal(educationCategory('Something else'), null);
  });

  it('compares a career with itself, a variant and an O*NET occupation', async () => {
    const release = await readOnetRelease(FIXTURE);
    const onet = new Map(occupationProfiles(release).map((p) => [p.id, p]));
    const career = careerProfile(backend, onet.get('15-1252.00'));
    const lighter = careerProfile({ ...backend, slug: 'junior', tools: backend.tools.slice(0, 2), skills: backend.skills.slice(0, 4) });
    const index = new SimilarityIndex([career, lighter, ...onet.values()], CAREER_BLOCKS);
    checkProperties(index);
    assert.equal(Math.round(index.score(career.id, career.id) * 1e9) / 1e9, 100);
    assert.equal(index.topK(career.id, 1)[0]!.id, '15-1252.00');
    const e = index.explain('career:junior', career.id);
    assert.ok(e.missing.some((m) => m.block === 'tools' || m.block === 'careerSkills'));
    assert.ok(
      e.shared.every((f) => !/^[a-z0-9+#]+$/.test(f.feature) || f.block === 'interests'),
      'features show display names',
    );
  });
});
