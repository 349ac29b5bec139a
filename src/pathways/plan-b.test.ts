import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRepoProfile } from '../../test/support/content.ts';
import type { CareerProfile } from '../careers/career.schema.ts';
import type { Exam } from '../careers/exam.schema.ts';
import type { Pathway, PathwayStage, StartStage } from '../careers/pathway.schema.ts';
import { checkPlanB, danglingPlanB } from '../content/plan-b-rules.ts';
import type { PathwayPerson } from './eligibility.ts';
import { planBFor, planBGroups, sharedStart } from './plan-b.ts';

const stage = (id: string, kind: PathwayStage['kind'], months: number, extra: Partial<PathwayStage> = {}): PathwayStage => ({
  id,
  kind,
  name: id,
  months: { min: months, max: months },
  ...extra,
});
const route = (id: string, from: StartStage[], stages: PathwayStage[]): Pathway => ({ id, from, title: id, stages });

const base = readRepoProfile('staff-nurse');
const career = (slug: string, pathways: Pathway[]): CareerProfile => ({ ...base, slug, title: slug, remote: 'medium', pathways });

const viaEntrance = route('via-entrance', ['class-12-science-pcb'], [stage('entrance', 'exam', 12, { exam: 'entrance' }), stage('degree', 'degree', 54)]);
const doctor = career('doctor', [viaEntrance]);
const nurse = career('nurse', [route('bsc', ['class-12-science-pcb'], [stage('bsc', 'degree', 48), stage('jobs', 'job-search', 2)])]);
const clerk = career('clerk', [route('any', ['class-12-any'], [stage('typing', 'training', 6)])]);
const engineer = career('engineer', [route('btech', ['class-12-science-pcm'], [stage('btech', 'degree', 48)])]);
const dentist = career('dentist', [viaEntrance]);
const catalog = new Map([doctor, nurse, clerk, engineer, dentist].map((p) => [p.slug, p]));

const exam = (over: Partial<Exam>): Exam => ({
  id: 'entrance',
  name: 'Entrance',
  fullName: 'The entrance',
  conductedBy: 'A board',
  frequency: 'yearly',
  leadsTo: 'seats',
  eligibility: { qualification: 'class-12', class12Subjects: ['biology'] },
  sources: [{ name: 'Bulletin' }],
  checkedAt: '2026-12-06',
  ...over,
});
const reuse = (slug: string) => ({ career: slug, reuses: `biology carries over to ${slug}` });
const entrance = exam({ planB: ['nurse', 'clerk', 'engineer', 'dentist', 'doctor', 'astronaut'].map(reuse) });
const exams = (id: string) => (id === 'entrance' ? entrance : undefined);

const person = (over: Partial<PathwayPerson> = {}): PathwayPerson => ({
  stage: 'class-12-science-pcb',
  age: 18,
  category: 'general',
  pwd: false,
  working: false,
  remoteOnly: false,
  ...over,
});

describe('Plan B', () => {
  it('treats a wildcard stage as the same start as the stages under it, and nothing else', () => {
    assert.equal(sharedStart(['class-12-science-pcb'], ['class-12-any']), 'class-12-science-pcb');
    assert.equal(sharedStart(['graduate-any'], ['graduate-commerce']), 'graduate-commerce');
    assert.equal(sharedStart(['class-12-science-pcb'], ['class-12-science-pcm']), null);
    assert.equal(sharedStart(['class-12-any'], ['graduate-any']), null);
  });

  it('offers only existing careers, never the career itself, from the same starting stage', () => {
    const [group, ...rest] = planBGroups(doctor, exams, (slug) => catalog.get(slug));
    assert.equal(rest.length, 0);
    assert.equal(group!.exam.name, 'Entrance');
    // engineer starts from PCM only; astronaut is not in the catalog; doctor is the career itself
    assert.deepEqual(
      group!.options.map((o) => [o.career.slug, o.from]),
      [
        ['nurse', 'class-12-science-pcb'],
        ['clerk', 'class-12-science-pcb'],
        ['dentist', 'class-12-science-pcb'],
      ],
    );
  });

  it('has no Plan B for a qualifying exam or a career without exams', () => {
    const licence = exam({ qualifying: true, planB: [reuse('nurse'), reuse('clerk')] });
    assert.deepEqual(
      planBGroups(
        doctor,
        () => licence,
        (slug) => catalog.get(slug),
      ),
      [],
    );
    assert.deepEqual(
      planBGroups(nurse, exams, (slug) => catalog.get(slug)),
      [],
    );
  });

  it('judges each option for the person: open ones first, soonest first, the months from their stage', () => {
    const groups = planBGroups(doctor, exams, (slug) => catalog.get(slug));
    const answers = planBFor(groups, ['entrance'], person(), exams);
    assert.deepEqual(
      answers.map((a) => [a.slug, a.eligibility.status]),
      [
        ['clerk', 'not-yet'],
        ['nurse', 'not-yet'],
        ['dentist', 'not-yet'],
      ],
    );
    assert.deepEqual(answers[1]!.eligibility.monthsToFirstJob, { min: 50, max: 50 });
    assert.equal(answers[0]!.afterExam.id, 'entrance');
  });

  it('shows nothing once the exam is behind the person, and every option when we know no route for them', () => {
    const groups = planBGroups(doctor, exams, (slug) => catalog.get(slug));
    assert.deepEqual(planBFor(groups, [], person(), exams), []);
    const unknown = planBFor(groups, null, person({ stage: null }), exams);
    assert.equal(unknown.length, 3);
    assert.ok(unknown.every((a) => a.eligibility.status === 'unknown' && a.eligibility.monthsToFirstJob === null));
  });

  it('content:check names every broken Plan B entry', () => {
    const problems = checkPlanB('exams.yaml', [entrance], [...catalog.values()]).map((p) => p.message);
    assert.equal(problems.length, 3, problems.join('\n'));
    assert.ok(problems.some((m) => /"engineer" has no route from a stage/.test(m)));
    assert.ok(problems.some((m) => /every route to "dentist" goes through Entrance/.test(m)));
    assert.ok(problems.some((m) => /"doctor"/.test(m)));
    // a career outside the folder is a warning: the folder may be a subset of the catalog
    const dangling = danglingPlanB('exams.yaml', [entrance], new Set(catalog.keys())).map((p) => p.message);
    assert.deepEqual(dangling, ['entrance: "astronaut" is not a career in the catalog']);
  });

  it('content:check asks a competitive exam for two options and a qualifying one for none', () => {
    const one = checkPlanB('exams.yaml', [exam({ planB: [reuse('nurse')] })], [...catalog.values()]);
    assert.match(one[0]!.message, /at least 2 careers/);
    const qualifying = checkPlanB('exams.yaml', [exam({ qualifying: true, planB: [reuse('nurse'), reuse('clerk')] })], [...catalog.values()]);
    assert.match(qualifying[0]!.message, /qualifying exam has no rank to miss/);
    assert.deepEqual(checkPlanB('exams.yaml', [exam({ qualifying: true })], [...catalog.values()]), []);
  });
});
