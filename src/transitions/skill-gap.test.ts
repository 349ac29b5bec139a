import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CareerProfile } from '../careers/career.schema.ts';
import { readRepoProfile } from '../../test/support/content.ts';
import { gapTo, heldSkills, heldTools, MONTHS_PER_STEP, unionSkills } from './skill-gap.ts';

type Skill = CareerProfile['skills'][number];
const base = readRepoProfile('backend-developer');
const skill = (name: string, importance: Skill['importance'], level: Skill['level']): Skill => ({
  name,
  type: 'technical',
  importance,
  level,
  usedFor: 'work',
});
const tool = (name: string) => ({ name, category: 'tool', usedFor: 'work' });
const career = (slug: string, skills: Skill[], tools: string[]): CareerProfile => ({ ...base, slug, skills, tools: tools.map(tool) });

const from = career('from', [skill('SQL', 'high', 'advanced'), skill('Python Programming', 'medium', 'intermediate')], ['Git']);
const to = career(
  'to',
  [skill('sql', 'high', 'intermediate'), skill('Python', 'high', 'advanced'), skill('Statistics', 'medium', 'intermediate')],
  ['Git', 'Tableau'],
);

describe('skill gap', () => {
  it('is 100 % with nothing to add from a career to itself', () => {
    const g = gapTo(heldSkills(base), heldTools(base), base);
    assert.deepEqual([g.overlap, g.months, g.skillsToAdd, g.toolsToAdd], [100, 0, [], []]);
  });

  it('weighs skills by importance and level, counts like-named skills partly, and adds tools', () => {
    const g = gapTo(heldSkills(from), heldTools(from), to);
    // sql: same name (case aside), advanced ≥ intermediate → covered (weight 5).
    // Python: "Python Programming" shares half its words → 0.5 × intermediate (3) = 1.5 of advanced (5) → 0.3 (weight 5).
    // Statistics: not held (weight 3). Skills: (5 + 5 × 0.3) / 13 = 0.5; tools: 1 of 2.
    assert.equal(g.overlap, Math.round(100 * (0.8 * (6.5 / 13) + 0.2 * 0.5)));
    assert.deepEqual(g.toolsToAdd, ['Tableau']);
    assert.deepEqual(
      g.skillsToAdd.map((s) => [s.name, s.importance, s.currentLevel, s.steps]),
      [
        ['Python', 'high', 'intermediate', 3.5],
        ['Statistics', 'medium', null, 3],
      ],
      'ranked by importance',
    );
    // Σ importance/5 × steps = 1 × 3.5 + 0.6 × 3 = 5.3 → ⌈5.3 × 0.25⌉
    assert.equal(g.weightedSteps, 5.3);
    assert.equal(g.months, Math.ceil(5.3 * MONTHS_PER_STEP));
  });

  it('holds the better level of each skill when two careers are combined', () => {
    const stronger = career('x', [skill('Python', 'high', 'advanced')], ['Tableau']);
    const held = unionSkills(heldSkills(from), heldSkills(stronger));
    const g = gapTo(held, heldTools(from, stronger), to);
    assert.deepEqual(
      g.skillsToAdd.map((s) => s.name),
      ['Statistics'],
    );
    assert.deepEqual(g.toolsToAdd, []);
    assert.ok(g.overlap > gapTo(heldSkills(from), heldTools(from), to).overlap);
  });
});
