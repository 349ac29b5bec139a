/**
 * Personas across starting stages (issue 10): eligibility, months to the first job and the
 * first step of the personal roadmap, on the real catalog and exams. Each assertion states a
 * rule a counsellor would check, not a number copied from the output: an age limit is passed
 * or not, a subject is missing or not, the roadmap starts where the person stands.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { checkContentDir } from '../content/content-check.ts';
import type { CareerMatch, MatchRequest } from './match.schema.ts';
import { createMatcher, type Matcher } from './matcher.ts';
import type { Exam } from '../careers/exam.schema.ts';

let matcher: Matcher;
let exams: Map<string, Exam>;

function run(request: MatchRequest): CareerMatch[] {
  const out = matcher.match({ limit: 1000, ...request });
  assert.ok('result' in out, JSON.stringify(out));
  return out.result.careers;
}

const career = (careers: CareerMatch[], slug: string) => {
  const c = careers.find((x) => x.slug === slug);
  assert.ok(c, `${slug} is in the answer`);
  return c;
};

/** The first roadmap step is a pathway stage whose name says `what`. */
function startsWith(c: CareerMatch, what: RegExp) {
  const first = c.roadmap.steps[0]!;
  assert.equal(first.kind, 'stage', `${c.slug}: the roadmap starts with a pathway stage, got ${first.kind} "${first.title}"`);
  assert.match(first.title, what);
}

const under = (exam: string) => exams.get(exam)!.eligibility.age!.max!;

describe('pathway personas', () => {
  before(async () => {
    const { profiles, exams: list, vocabularies, problems } = await checkContentDir(REPO_CONTENT, { onet: null, isco: null });
    assert.deepEqual(problems, []);
    matcher = createMatcher(profiles, list, vocabularies.skills);
    exams = new Map(list.map((e) => [e.id, e]));
  });

  it('a Class 10 student sees Class 12 (PCB) first on the way to MBBS, and years, not weeks', () => {
    const careers = run({ stage: 'class-10', age: 15, interests: { care: 'yes' } });
    const doctor = career(careers, 'doctor-mbbs');
    assert.equal(doctor.eligibility.status, 'not-yet');
    startsWith(doctor, /Class 12.*PCB/);
    // Class 12 (24) + NEET + MBBS with internship (66): at least 7 years
    assert.ok(doctor.roadmap.monthsToFirstJob!.min >= 84, JSON.stringify(doctor.roadmap.monthsToFirstJob));
  });

  it('a Class 12 PCB student who missed NEET starts with NEET-UG, not registration', () => {
    const careers = run({ stage: 'class-12-science-pcb', age: 18, interests: { care: 'yes' } });
    const doctor = career(careers, 'doctor-mbbs');
    assert.equal(doctor.eligibility.status, 'not-yet');
    startsWith(doctor, /NEET/);
    assert.ok(doctor.roadmap.monthsToFirstJob!.min >= 60);
    // Plan B from the same preparation: nursing and pharmacy need no NEET rank and are shorter
    for (const slug of ['staff-nurse', 'pharmacist']) {
      const other = career(careers, slug);
      assert.notEqual(other.eligibility.status, 'ineligible');
      assert.ok(other.roadmap.monthsToFirstJob!.min < doctor.roadmap.monthsToFirstJob!.min, slug);
    }
  });

  it('a Class 12 PCM student cannot take NEET: doctor is ineligible and ranks last, with the reason', () => {
    const careers = run({ stage: 'class-12-science-pcm', age: 17, interests: { care: 'yes' } });
    const doctor = career(careers, 'doctor-mbbs');
    assert.equal(doctor.eligibility.status, 'ineligible');
    assert.match(doctor.eligibility.reasons.join(' '), /biology/i);
    assert.equal(doctor.roadmap.monthsToFirstJob, null);
    const firstIneligible = careers.findIndex((c) => c.eligibility.status === 'ineligible');
    assert.ok(
      careers.slice(firstIneligible).every((c) => c.eligibility.status === 'ineligible'),
      'ineligible careers rank below all others',
    );
  });

  it('a Class 12 commerce student starts chartered accountancy with CA Foundation', () => {
    const ca = career(run({ stage: 'class-12-commerce', age: 17, interests: { money: 'yes' } }), 'chartered-accountant');
    assert.equal(ca.eligibility.status, 'not-yet');
    startsWith(ca, /Foundation/i);
    assert.ok(ca.roadmap.monthsToFirstJob!.min >= 36, 'Foundation, Intermediate, articleship and Final take years');
  });

  it('a Class 12 arts student written as "12th arts" is read as arts: law is open, medicine is not', () => {
    const out = matcher.match({ degree: '12th arts', age: 18, limit: 1000 });
    assert.ok('result' in out);
    assert.deepEqual(out.result.understood.stage, { value: 'class-12-arts', how: 'degree' });
    const careers = out.result.careers;
    assert.notEqual(career(careers, 'advocate').eligibility.status, 'ineligible');
    assert.equal(career(careers, 'doctor-mbbs').eligibility.status, 'ineligible');
  });

  it('an ITI holder reaches a trade job within two years', () => {
    const careers = run({ stage: 'iti', age: 19, interests: { hands: 'yes' } });
    const electrician = career(careers, 'electrician');
    assert.notEqual(electrician.eligibility.status, 'ineligible');
    assert.ok(electrician.roadmap.monthsToFirstJob!.max <= 36, JSON.stringify(electrician.roadmap.monthsToFirstJob));
  });

  it('a diploma holder can sit RRB JE for railway junior engineer', () => {
    const je = career(run({ stage: 'diploma', age: 21, interests: { hands: 'yes' } }), 'railway-junior-engineer');
    assert.equal(je.eligibility.status, 'not-yet');
    assert.ok(
      je.roadmap.steps.some((s) => s.kind === 'stage' && /\bJE\b|Junior Engineer/i.test(s.title)),
      je.roadmap.steps.map((s) => s.title).join(' | '),
    );
  });

  it('a B.Com graduate of 23 is eligible for the bank PO exams, which come first', () => {
    const po = career(run({ stage: 'graduate-commerce', age: 23, interests: { money: 'yes' } }), 'bank-probationary-officer');
    assert.equal(po.eligibility.status, 'not-yet');
    startsWith(po, /PO/);
  });

  it('a 35-year-old bank clerk is past the PO age limit: ineligible, below every open career, and told why', () => {
    const careers = run({ stage: 'graduate-commerce', age: 35, preferences: { yearsExperience: 10, currentCareer: 'bank-clerk' } });
    const po = career(careers, 'bank-probationary-officer');
    assert.ok(35 >= under('ibps-po'), 'the data gives an upper limit below 35');
    assert.equal(po.eligibility.status, 'ineligible');
    assert.match(po.eligibility.reasons.join(' '), new RegExp(`under ${under('ibps-po')}`));
    assert.ok(careers.indexOf(po) > careers.findIndex((c) => c.eligibility.status !== 'ineligible'));
  });

  it('an OBC candidate of 33 is still within the UPSC age limit with relaxation; a general candidate is not', () => {
    const limit = under('upsc-cse');
    const obc = exams.get('upsc-cse')!.eligibility.age!.relaxationYears!.obc!;
    const age = limit + 1;
    assert.ok(age < limit + obc, 'the relaxation covers this age');
    const general = career(run({ stage: 'graduate-arts', age }), 'ias-officer');
    const reserved = career(run({ stage: 'graduate-arts', age, category: 'obc' }), 'ias-officer');
    assert.equal(general.eligibility.status, 'ineligible');
    assert.equal(reserved.eligibility.status, 'not-yet');
    startsWith(reserved, /UPSC/);
  });

  it('remote-only is a hard filter: nothing rarely remote in the top 5, and such careers say why', () => {
    const careers = run({ stage: 'graduate-computing', age: 24, preferences: { remote: 'only' }, interests: { code: 'yes' } });
    assert.ok(
      careers.slice(0, 5).every((c) => c.remote !== 'low'),
      careers
        .slice(0, 5)
        .map((c) => `${c.slug}:${c.remote}`)
        .join(', '),
    );
    const nurse = career(careers, 'staff-nurse');
    assert.equal(nurse.eligibility.status, 'ineligible');
    assert.match(nurse.eligibility.reasons[0]!, /remote/);
  });

  it('a working professional switching careers gets routes for graduates, not for school leavers', () => {
    const careers = run({
      stage: 'graduate-engineering',
      age: 29,
      preferences: { yearsExperience: 6, currentCareer: 'mechanical-engineer' },
      interests: { code: 'yes' },
    });
    const dev = career(careers, 'software-developer');
    assert.notEqual(dev.eligibility.status, 'ineligible');
    assert.ok(!dev.roadmap.steps.some((s) => s.kind === 'stage' && /Class 12/.test(s.title)), 'no Class 12 stage for a graduate');
    assert.ok(dev.roadmap.monthsToFirstJob!.max <= 36);
  });

  it('without a stage, eligibility is unknown and no time is promised', () => {
    const careers = run({ skills: [{ name: 'Excel', level: 'intermediate' }] });
    for (const c of careers.slice(0, 10)) {
      assert.ok(c.eligibility.status === 'unknown' || c.eligibility.status === 'ineligible', c.slug);
      assert.equal(c.roadmap.monthsToFirstJob, null);
    }
  });

  it('a Class 10 student may aim at the railways through ITI', () => {
    const loco = career(run({ stage: 'class-10', age: 16, interests: { hands: 'yes' } }), 'loco-pilot');
    assert.equal(loco.eligibility.status, 'not-yet');
    startsWith(loco, /ITI/);
  });

  it('a 19-year-old graduate waits for the UPSC minimum age: the wait is in the months', () => {
    const young = career(run({ stage: 'graduate-arts', age: 19 }), 'ias-officer');
    const older = career(run({ stage: 'graduate-arts', age: 25 }), 'ias-officer');
    assert.ok(young.roadmap.monthsToFirstJob!.min > older.roadmap.monthsToFirstJob!.min, 'under 21 adds waiting time before UPSC');
    assert.match(young.eligibility.reasons.join(' '), /minimum age/);
  });

  describe('Plan B', () => {
    const months = (c: { eligibility: { monthsToFirstJob: { min: number } | null } }) => c.eligibility.monthsToFirstJob?.min ?? Infinity;

    it('a Class 12 PCB student aiming at MBBS sees careers that reuse NEET preparation, each judged and timed', () => {
      const doctor = career(run({ stage: 'class-12-science-pcb', age: 18, interests: { care: 'yes' } }), 'doctor-mbbs');
      assert.ok(doctor.planB.length >= 3, JSON.stringify(doctor.planB));
      assert.ok(doctor.planB.every((b) => b.afterExam.id === 'neet-ug' && b.slug !== 'doctor-mbbs' && b.reuses.length > 0));
      // every option is open from PCB and takes a stated time; at least one is quicker than MBBS
      assert.ok(doctor.planB.every((b) => b.eligibility.status !== 'ineligible' && b.eligibility.monthsToFirstJob !== null));
      assert.ok(doctor.planB.some((b) => months(b) < doctor.roadmap.monthsToFirstJob!.min));
      const order = doctor.planB.map((b) => [b.eligibility.status === 'eligible' ? 0 : 1, months(b)] as const);
      assert.deepEqual(
        order,
        [...order].sort((a, b) => a[0] - b[0] || a[1] - b[1]),
        'open first, soonest first',
      );
    });

    it('a graduate aiming at IAS is offered other general-studies exams, and the ones past their age limit come last', () => {
      const young = career(run({ stage: 'graduate-arts', age: 24 }), 'ias-officer');
      assert.ok(young.planB.length >= 2);
      assert.ok(young.planB.every((b) => b.afterExam.id === 'upsc-cse'));
      // at 34 UPSC is closed for a general candidate; Plan B still answers, open options first
      const older = career(run({ stage: 'graduate-arts', age: 34 }), 'ias-officer');
      assert.equal(older.eligibility.status, 'ineligible');
      const statuses = older.planB.map((b) => b.eligibility.status);
      assert.ok(statuses.length >= 2);
      const firstClosed = statuses.indexOf('ineligible');
      assert.ok(firstClosed === -1 || statuses.slice(firstClosed).every((s) => s === 'ineligible'), statuses.join());
      for (const b of older.planB.filter((x) => x.eligibility.status === 'ineligible')) assert.ok(b.eligibility.reasons.length > 0);
    });

    it('a career with no competitive exam ahead has no Plan B', () => {
      const electrician = career(run({ stage: 'iti', age: 19, interests: { hands: 'yes' } }), 'electrician');
      assert.deepEqual(electrician.planB, []);
    });
  });
});
