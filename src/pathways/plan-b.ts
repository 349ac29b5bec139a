/**
 * Plan B (docs/pathways.md): for a career gated by a competitive exam, the careers that reuse
 * that exam's preparation from the same starting stage, as content/exams.yaml states them
 * (`planB`), each with its own eligibility and months to the first job. Pure.
 *
 * Contract: an option is offered only when its career exists, is not the career itself and
 * has a route from a starting stage that one of the career's routes through the exam also
 * starts from, so content that drifts never produces advice from the wrong stage.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import type { Exam } from '../careers/exam.schema.ts';
import type { StartStage } from '../careers/pathway.schema.ts';
import { eligibilityFor, type Eligibility, type PathwayPerson } from './eligibility.ts';

export interface PlanBGroup {
  exam: { id: string; name: string };
  /** The starting stages of this career's routes that go through the exam. */
  from: StartStage[];
  options: Array<{ career: CareerProfile; reuses: string; from: StartStage }>;
}

export interface PlanBAnswer {
  slug: string;
  title: string;
  /** The exam whose preparation it reuses. */
  afterExam: { id: string; name: string };
  reuses: string;
  eligibility: Pick<Eligibility, 'status' | 'reasons' | 'monthsToFirstJob'>;
}

type Lookup<T> = (key: string) => T | undefined;

const WILDCARD_PREFIX: Partial<Record<StartStage, string>> = { 'class-12-any': 'class-12', 'graduate-any': 'graduate' };

/** Two starting stages are the same stage, or one is a wildcard ("class-12-any") the other falls under. Returns the more specific one. */
function sameStart(a: StartStage, b: StartStage): StartStage | null {
  if (a === b) return a;
  if (b.startsWith(WILDCARD_PREFIX[a] ?? '\0')) return b;
  if (a.startsWith(WILDCARD_PREFIX[b] ?? '\0')) return a;
  return null;
}

/** The first stage of `ours` that one of `theirs` shares, as the more specific of the pair; null when none. */
export function sharedStart(ours: readonly StartStage[], theirs: readonly StartStage[]): StartStage | null {
  for (const a of ours) {
    for (const b of theirs) {
      const shared = sameStart(a, b);
      if (shared) return shared;
    }
  }
  return null;
}

/** The career's competitive exams, each with the starting stages of the routes that use it. */
export function gatingExams(profile: CareerProfile, exams: Lookup<Exam>): Array<{ exam: Exam; from: StartStage[] }> {
  const found = new Map<string, { exam: Exam; from: Set<StartStage> }>();
  for (const route of profile.pathways ?? []) {
    for (const stage of route.stages) {
      const exam = stage.kind === 'exam' && stage.exam ? exams(stage.exam) : undefined;
      if (!exam || exam.qualifying) continue;
      const entry = found.get(exam.id) ?? { exam, from: new Set() };
      for (const from of route.from) entry.from.add(from);
      found.set(exam.id, entry);
    }
  }
  return [...found.values()].map(({ exam, from }) => ({ exam, from: [...from] }));
}

export function planBGroups(profile: CareerProfile, exams: Lookup<Exam>, careers: Lookup<CareerProfile>): PlanBGroup[] {
  return gatingExams(profile, exams).flatMap(({ exam, from }) => {
    const options = (exam.planB ?? []).flatMap(({ career: slug, reuses }) => {
      const career = slug === profile.slug ? undefined : careers(slug);
      const shared = career
        ? sharedStart(
            from,
            (career.pathways ?? []).flatMap((r) => r.from),
          )
        : null;
      return career && shared ? [{ career, reuses, from: shared }] : [];
    });
    return options.length ? [{ exam: { id: exam.id, name: exam.name }, from, options }] : [];
  });
}

const ORDER = { eligible: 0, 'not-yet': 1, unknown: 2, ineligible: 3 } as const;
const MAX_ANSWERS = 6;

/**
 * Plan B for one person: the groups for the exams still ahead on their route (all groups when
 * we know no open route for them), each option judged for the person. Open options first,
 * soonest first; at most six.
 */
export function planBFor(groups: readonly PlanBGroup[], ahead: readonly string[] | null, person: PathwayPerson, exams: Lookup<Exam>): PlanBAnswer[] {
  const relevant = ahead ? groups.filter((g) => ahead.includes(g.exam.id)) : groups;
  const seen = new Set<string>();
  const answers: PlanBAnswer[] = [];
  for (const group of relevant) {
    for (const option of group.options) {
      if (seen.has(option.career.slug)) continue;
      seen.add(option.career.slug);
      const { status, reasons, monthsToFirstJob } = eligibilityFor(option.career, person, exams);
      answers.push({
        slug: option.career.slug,
        title: option.career.title,
        afterExam: group.exam,
        reuses: option.reuses,
        eligibility: { status, reasons, monthsToFirstJob },
      });
    }
  }
  const months = (a: PlanBAnswer) => a.eligibility.monthsToFirstJob?.min ?? Infinity;
  return answers.sort((a, b) => ORDER[a.eligibility.status] - ORDER[b.eligibility.status] || months(a) - months(b)).slice(0, MAX_ANSWERS);
}
