import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCareer } from './career-factory.ts';
import type { MatchRequest, MatchResult } from './match.schema.ts';
import { repoSkillWords } from '../../test/support/content.ts';
import { createMatcher, PART_WEIGHTS, type Matcher } from './matcher.ts';
import { HOURS_PER_ROADMAP_MONTH } from './personal-roadmap.ts';

const backend = buildCareer({
  slug: 'backend',
  remote: 'high',
  demand: 'high',
  skills: [
    ['SQL', 'high', 'intermediate', 'database'],
    ['API Development', 'high', 'advanced', 'backend'],
    ['Git and Code Review', 'medium', 'intermediate', 'engineering_process'],
    ['Docker and Kubernetes', 'low', 'beginner', 'deployment'],
  ],
  education: [
    ['Graduate', 'BCA', 90],
    ['Graduate', 'B.Com / B.A. / Other Graduate', 60],
    ['No degree', 'No degree', 50],
  ],
  roadmap: [
    ['Databases and SQL', 'Write SQL queries'],
    ['APIs', 'Build a REST API'],
    ['Portfolio', 'Show your projects'],
  ],
  salary: [
    [4, 8],
    [8, 16],
    [16, null],
  ],
  similar: [['accountant', 40]],
});
const accountant = buildCareer({
  slug: 'accountant',
  category: 'Finance and Accounting',
  roleFamily: 'Accounting',
  remote: 'low',
  skills: [
    ['Accounting Principles', 'high', 'intermediate', 'accounting'],
    ['Excel and Google Sheets', 'high', 'advanced', 'productivity'],
  ],
  education: [['Graduate', 'B.Com', 92]],
  tasks: ['Record transactions', 'File GST returns'],
  salary: [
    [2.5, 4],
    [4, 7],
    [7, 12],
  ],
});

const matcherOf = (...careers: ReturnType<typeof buildCareer>[]) => createMatcher(careers, [], repoSkillWords());
function run(m: Matcher, request: MatchRequest): MatchResult {
  const outcome = m.match(request);
  if ('errors' in outcome) assert.fail(JSON.stringify(outcome.errors));
  return outcome.result;
}
const bySlug = (r: MatchResult, slug: string) => r.careers.find((c) => c.slug === slug)!;

describe('matcher', () => {
  const bca: MatchRequest = {
    degree: 'BCA',
    skills: [
      { name: 'sql', level: 'intermediate' },
      { name: 'git', level: 'beginner' },
    ],
  };

  it('makes the fit the weighted mean of the parts the person gave input for', () => {
    const r = run(matcherOf(backend, accountant), bca);
    const c = bySlug(r, 'backend');
    assert.equal(c.parts.interests.score, null);
    assert.equal(c.parts.preferences.score, null);
    assert.deepEqual(r.weights, { skills: 67, education: 33, interests: 0, preferences: 0 });
    const expected =
      (PART_WEIGHTS.skills * c.parts.skills.score! + PART_WEIGHTS.education * c.parts.education.score!) / (PART_WEIGHTS.skills + PART_WEIGHTS.education);
    assert.ok(Math.abs(c.fit - expected) <= 1, `${c.fit} ≈ ${expected}`);
    assert.equal(c.parts.education.score, 90);
    assert.match(c.parts.education.reason, /BCA is one of its routes/);
  });

  it('explains the skills part in words a student understands', () => {
    const c = bySlug(run(matcherOf(backend), bca), 'backend');
    assert.equal(c.parts.skills.reason, 'You already have 1 of its 2 high-importance skills, and some of 1 other skill.');
    // SQL covered; Git half (beginner of intermediate); weights high 1, medium 0.6, low 0.2 of 2.8 total
    assert.equal(c.parts.skills.score, Math.round(100 * Math.sqrt((1 + 0.6 * 0.5) / 2.8)));
  });

  it('ranks missing skills by importance × levels missing', () => {
    const c = bySlug(run(matcherOf(backend), bca), 'backend');
    assert.deepEqual(
      c.missingSkills.map((g) => [g.name, g.priority, g.yourLevel]),
      [
        ['API Development', 3, null],
        ['Git and Code Review', 0.6, 'beginner'],
        ['Docker and Kubernetes', 0.2, null],
      ],
    );
  });

  it('marks covered roadmap steps done and re-plans the rest at the hours per week', () => {
    const r = run(matcherOf(backend), { ...bca, preferences: { hoursPerWeek: 12 } });
    const { steps, totalHours, totalWeeks, summary } = bySlug(r, 'backend').roadmap;
    assert.deepEqual(
      steps.map((s) => s.status),
      ['done', 'todo', 'todo'],
    );
    assert.deepEqual(steps[0]!.coveredBy, ['SQL']);
    assert.equal(steps[0]!.hours, 0);
    assert.equal(steps[1]!.hours, HOURS_PER_ROADMAP_MONTH);
    assert.deepEqual([steps[1]!.startWeek, steps[1]!.endWeek, steps[2]!.startWeek, steps[2]!.endWeek], [1, 5, 6, 10]);
    assert.equal(totalHours, 2 * HOURS_PER_ROADMAP_MONTH);
    assert.equal(totalWeeks, 10);
    assert.match(summary, /1 done/);
    assert.match(r.assumptions.note, new RegExp(`${HOURS_PER_ROADMAP_MONTH} hours`));
    assert.equal(r.assumptions.hoursPerWeek, 12);
  });

  it('shortens a step the person partly knows', () => {
    const r = run(matcherOf(backend), { skills: [{ name: 'SQL', level: 'beginner' }] });
    const step = bySlug(r, 'backend').roadmap.steps[0]!;
    assert.equal(step.status, 'partial');
    assert.equal(step.hours, HOURS_PER_ROADMAP_MONTH / 2);
  });

  it('never lets skills stand in for a milestone such as a portfolio', () => {
    const r = run(matcherOf(backend), {
      skills: [
        { name: 'SQL', level: 'advanced' },
        { name: 'API Development', level: 'advanced' },
      ],
    });
    assert.equal(bySlug(r, 'backend').roadmap.steps[2]!.status, 'todo');
  });

  it('reports skills it cannot place instead of dropping them', () => {
    const r = run(matcherOf(backend), {
      skills: [
        { name: 'blockchain', level: 'advanced' },
        { name: 'sql', level: 'advanced' },
      ],
    });
    assert.deepEqual(
      r.understood.unmatchedSkills.map((u) => u.input),
      ['blockchain'],
    );
    assert.deepEqual(
      r.understood.skills.map((s) => [s.input, s.name]),
      [['sql', 'SQL']],
    );
  });

  it('counts an implied skill at a lower level and says where it came from', () => {
    const m = matcherOf(
      buildCareer({
        slug: 'web',
        skills: [
          ['JavaScript', 'high', 'advanced'],
          ['TypeScript', 'high', 'advanced'],
        ],
      }),
    );
    const c = bySlug(run(m, { skills: [{ name: 'TypeScript', level: 'intermediate' }] }), 'web');
    const js = c.missingSkills.find((g) => g.name === 'JavaScript')!;
    assert.equal(js.yourLevel, 'intermediate');
    assert.equal(js.from, 'TypeScript');
  });

  it('is deterministic and independent of catalog order', () => {
    const a = run(matcherOf(backend, accountant), bca);
    const b = run(matcherOf(accountant, backend), bca);
    assert.deepEqual(a, b);
  });

  it('breaks exact ties by demand, then title, then slug', () => {
    const twin = (slug: string, title: string, demand: 'high' | 'low') => buildCareer({ ...{ slug, title, demand } });
    const m = matcherOf(twin('zeta', 'Same', 'low'), twin('beta', 'Same', 'high'), twin('alpha', 'Same', 'low'));
    const r = run(m, { degree: 'BCA' });
    assert.deepEqual(
      r.careers.map((c) => c.fit),
      [85, 85, 85],
    );
    assert.deepEqual(
      r.careers.map((c) => c.slug),
      ['beta', 'alpha', 'zeta'],
    );
  });

  it('puts a remote career above an equally fitting office one for remote-only, and says why', () => {
    const office = buildCareer({ slug: 'office', title: 'Aaa Office', remote: 'low', demand: 'high' });
    const remote = buildCareer({ slug: 'remote', title: 'Zzz Remote', remote: 'high', demand: 'low' });
    const m = matcherOf(office, remote);
    assert.deepEqual(
      run(m, { degree: 'BCA' }).careers.map((c) => c.slug),
      ['office', 'remote'],
    );
    const r = run(m, { degree: 'BCA', preferences: { remote: 'only' } });
    assert.deepEqual(
      r.careers.map((c) => c.slug),
      ['remote', 'office'],
    );
    assert.equal(bySlug(r, 'office').parts.preferences.score, 0);
    assert.match(bySlug(r, 'office').parts.preferences.reason, /Rarely remote/);
  });

  it('scores a salary target against the bands of the chosen segment', () => {
    const m = matcherOf(backend);
    const prefs = (targetLpa: number) => bySlug(run(m, { preferences: { targetLpa } }), 'backend').parts.preferences;
    assert.equal(prefs(5).score, 100);
    assert.equal(prefs(8).score, 85);
    assert.equal(prefs(12).score, 70);
    assert.equal(prefs(16).score, 55);
    assert.equal(prefs(40).score, 35);
    assert.match(prefs(12).reason, /typical after a few years/);
  });

  it('compares years of experience with the range the career covers', () => {
    const senior = buildCareer({ slug: 'architect', experience: { minYears: 8, maxYears: null } });
    const r = run(matcherOf(senior), { preferences: { yearsExperience: 2 } });
    assert.equal(r.careers[0]!.parts.preferences.score, 10);
    assert.match(r.careers[0]!.parts.preferences.reason, /needs 8\+ years; you have 2/);
  });

  it('favours moves the content lists as similar to the current career', () => {
    const m = matcherOf(backend, accountant, buildCareer({ slug: 'chef', category: 'Hospitality' }));
    const r = run(m, { preferences: { currentCareer: 'backend' } });
    assert.equal(bySlug(r, 'backend').current, true);
    assert.equal(bySlug(r, 'accountant').parts.preferences.score, 40);
    assert.equal(bySlug(r, 'chef').parts.preferences.score, 30);
  });

  it('rejects what it cannot make sense of, naming the field', () => {
    const m = matcherOf(backend);
    const errors = (request: MatchRequest) => {
      const outcome = m.match(request);
      return 'errors' in outcome ? outcome.errors.map((e) => e.field) : [];
    };
    assert.deepEqual(errors({ degree: 'astronaut training' }), ['degree']);
    assert.deepEqual(errors({ preferences: { currentCareer: 'astronaut' } }), ['preferences.currentCareer']);
    assert.deepEqual(errors({}), ['body']);
    assert.deepEqual(errors({ skills: [{ name: 'zzzz', level: 'advanced' }] }), ['body']);
  });

  it('returns only the best N when asked, ranked 1..N', () => {
    const r = run(matcherOf(backend, accountant), { ...bca, limit: 1 });
    assert.equal(r.total, 2);
    assert.deepEqual(
      r.careers.map((c) => [c.rank, c.slug]),
      [[1, 'backend']],
    );
  });
});
