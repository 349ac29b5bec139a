/**
 * Whether a person can reach a career's first job, by which route and how long it takes,
 * from the career's pathways and the exams' eligibility rules (docs/pathways.md). Pure.
 *
 * - A route applies when it starts from the person's stage (wildcards: class-12-any,
 *   graduate-any; "working-professional" needs work experience), or when the person can
 *   reach its start with one standard step: Class 10 → Class 12 (any stream, 2 years),
 *   ITI (1–2 years) or a polytechnic diploma (3 years); Class 12 → a bachelor's degree for
 *   routes open to any graduate (3–4 years).
 * - Walking the route, each exam is checked against the person: Class 12 subjects their
 *   stream lacks, and the upper age limit (with their category's relaxation) at the
 *   earliest date they could sit it, are hard rules; being too young adds waiting time.
 * - eligible: nothing but job search (and on-the-job skills) remains; not-yet: stages remain;
 *   ineligible: every route breaks a hard rule (or the person wants remote-only work and the
 *   career is rarely remote); unknown: we do not know the person's stage, or no route in
 *   our data starts from it. Never a guess.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import type { Exam, ReservationCategory } from '../careers/exam.schema.ts';
import type { Pathway, PathwayStage, StartStage } from '../careers/pathway.schema.ts';
import { STREAM_OF, missingSubjects } from './qualifications.ts';
import { textKey } from '../text/text-key.ts';

export const ELIGIBILITY_STATUSES = ['eligible', 'not-yet', 'ineligible', 'unknown'] as const;
export type EligibilityStatus = (typeof ELIGIBILITY_STATUSES)[number];

export interface PathwayPerson {
  stage: StartStage | null;
  /** Completed years; null when not given (age rules are then not checked, and the answer says so). */
  age: number | null;
  category: ReservationCategory;
  pwd: boolean;
  /** At least a year of work experience: routes for working professionals apply. */
  working: boolean;
  remoteOnly: boolean;
  /** The person's degree or diploma as a text key (textKey), when known: a route's stage that is that course is already done. */
  completed?: string | null;
}

export interface RemainingStage {
  id: string;
  kind: PathwayStage['kind'];
  name: string;
  months: { min: number; max: number };
  costInr: { min: number; max: number } | null;
  exam: string | null;
  roadmap: boolean;
  note: string | null;
}

export interface Eligibility {
  status: EligibilityStatus;
  reasons: string[];
  route: { id: string; title: string } | null;
  monthsToFirstJob: { min: number; max: number } | null;
  stages: RemainingStage[];
  /** The route goes through the course the person has already completed (their degree is this career's). */
  onCompletedCourse: boolean;
}

/** Stage kinds that must be completed before applying for the first job. */
export const GATING = new Set<PathwayStage['kind']>(['exam', 'degree', 'diploma', 'training', 'apprenticeship', 'licence']);

const STREAM_NAMES = { pcm: 'Science (PCM)', pcb: 'Science (PCB)', commerce: 'Commerce', arts: 'Arts / Humanities' } as const;

const step = (id: string, name: string, min: number, max: number, awards: PathwayStage['awards'], note: string): PathwayStage => ({
  id,
  kind: 'degree',
  name,
  months: { min, max },
  awards,
  note,
});

/** The one standard step that brings a person to a route's start, or null when none does. */
function bridge(person: StartStage, from: StartStage): PathwayStage | null {
  if (person === 'class-10') {
    const stream = STREAM_OF[from];
    if (stream)
      return step('class-12', `Class 12, ${STREAM_NAMES[stream]}`, 24, 24, 'class-12', `Choose ${STREAM_NAMES[stream]} after Class 10: this route needs it.`);
    if (from === 'class-12-any') return step('class-12', 'Class 12 (any stream)', 24, 24, 'class-12', 'Any stream works for this route.');
    if (from === 'iti')
      return step('iti-course', 'ITI course in a matching trade', 12, 24, 'iti', 'Government ITIs charge little; admission is on Class 10 marks.');
    if (from === 'diploma')
      return step(
        'polytechnic-diploma',
        'Polytechnic diploma',
        36,
        36,
        'diploma',
        'Three years after Class 10, admission through the state polytechnic entrance.',
      );
  }
  if (person.startsWith('class-12') && from === 'graduate-any') {
    return step('graduation', "A bachelor's degree (any subject)", 36, 48, 'graduate', 'This route is open to graduates of any subject.');
  }
  return null;
}

const pastClass12 = (stage: StartStage) => stage.startsWith('graduate') || stage === 'postgraduate' || stage === 'diploma';

function startsFrom(route: Pathway, person: PathwayPerson): { from: StartStage; prefix: PathwayStage[] } | null {
  const stage = person.stage;
  if (!stage) return null;
  for (const from of route.from) {
    if (from === stage) return { from, prefix: [] };
    if (from === 'class-12-any' && stage.startsWith('class-12')) return { from: stage, prefix: [] };
    if (from === 'graduate-any' && (stage.startsWith('graduate') || stage === 'postgraduate')) return { from: stage, prefix: [] };
    // past Class 12 already: a route from Class 12 is open in the stream the person took (engineering → PCM, health → PCB)
    if (pastClass12(stage) && (from === 'class-12-any' || (STREAM_OF[from] !== undefined && STREAM_OF[from] === STREAM_OF[stage]))) return { from, prefix: [] };
  }
  if (route.from.includes('working-professional') && route.from.length === 1 && person.working) return { from: stage, prefix: [] };
  for (const from of route.from) {
    const first = bridge(stage, from);
    if (first) return { from, prefix: [first] };
  }
  return null;
}

interface Walked {
  route: Pathway;
  onCompletedCourse: boolean;
  stages: RemainingStage[];
  months: { min: number; max: number };
  broken: string[];
  notes: string[];
}

const remaining = (s: PathwayStage): RemainingStage => ({
  id: s.id,
  kind: s.kind,
  name: s.name,
  months: { min: s.months.min, max: s.months.max },
  costInr: s.costInr ? { min: s.costInr.min, max: s.costInr.max } : null,
  exam: s.exam ?? null,
  roadmap: s.roadmap === true,
  note: s.note ?? null,
});

/** The age this person must still be under (the limit plus their relaxations), or null when there is no upper limit. */
export function ageCeiling(exam: Exam, category: ReservationCategory, pwd: boolean): number | null {
  const age = exam.eligibility.age;
  if (age?.max === undefined) return null;
  const relax = age.relaxationYears ?? {};
  return age.max + (category === 'general' ? 0 : (relax[category] ?? 0)) + (pwd ? (relax.pwd ?? 0) : 0);
}

function checkExam(exam: Exam, person: PathwayPerson, from: StartStage, class12Done: boolean, monthsBefore: number, walked: Walked): number {
  const rule = exam.eligibility;
  const missing = class12Done ? [] : missingSubjects(from, rule.class12Subjects ?? []);
  const stream = STREAM_OF[from];
  if (missing.length > 0 && stream) {
    walked.broken.push(`${exam.name} needs Class 12 with ${missing.join(', ')}; ${STREAM_NAMES[stream]} does not include it.`);
  }
  if (person.age === null || !rule.age) return 0;
  const atExam = person.age + monthsBefore / 12;
  const ceiling = ageCeiling(exam, person.category, person.pwd);
  // notices set the upper limit as an age not yet reached on the cut-off date: completed years must stay below it
  if (ceiling !== null && atExam >= ceiling) {
    const relaxed = ceiling === rule.age.max ? '' : ` (${rule.age.max} plus your relaxation: ${ceiling})`;
    walked.broken.push(`${exam.name}: candidates must be under ${rule.age.max}${relaxed}, counted ${rule.age.asOn}; you would be about ${Math.floor(atExam)}.`);
    return 0;
  }
  if (ceiling !== null && atExam + 1 > ceiling)
    walked.notes.push(`${exam.name}: you are close to the upper age limit (under ${ceiling}); check the notification's cut-off date.`);
  if (rule.age.min !== undefined && atExam < rule.age.min) {
    const wait = Math.ceil((rule.age.min - atExam) * 12);
    walked.notes.push(`${exam.name}: the minimum age is ${rule.age.min}, so about ${wait} months of waiting are included.`);
    return wait;
  }
  return 0;
}

/** Stage names as text keys, computed once per (immutable) stage: every match walks every career's routes. */
const nameKeys = new WeakMap<PathwayStage, string>();
function nameKey(stage: PathwayStage): string {
  let key = nameKeys.get(stage);
  if (key === undefined) {
    key = textKey(stage.name);
    nameKeys.set(stage, key);
  }
  return key;
}

/** Stages after the course the person has already completed: "B.Sc Nursing" done means its entrance and the degree are behind them. */
function ahead(stages: readonly PathwayStage[], completed: string | null | undefined): readonly PathwayStage[] {
  if (!completed) return stages;
  const done = stages.findIndex((s) => (s.kind === 'degree' || s.kind === 'diploma') && nameKey(s).includes(completed));
  return done === -1 ? stages : stages.slice(done + 1);
}

function walk(route: Pathway, start: { from: StartStage; prefix: PathwayStage[] }, person: PathwayPerson, exams: (id: string) => Exam | undefined): Walked {
  const rest = ahead(route.stages, person.completed);
  const walked: Walked = { route, onCompletedCourse: rest !== route.stages, stages: [], months: { min: 0, max: 0 }, broken: [], notes: [] };
  let class12Done = start.prefix.some((s) => s.awards === 'class-12') || rest !== route.stages;
  for (const stage of [...start.prefix, ...rest]) {
    const exam = stage.kind === 'exam' && stage.exam ? exams(stage.exam) : undefined;
    const wait = exam ? checkExam(exam, person, start.from, class12Done, walked.months.min, walked) : 0;
    walked.months.min += stage.months.min + wait;
    walked.months.max += stage.months.max + wait;
    if (stage.awards === 'class-12') class12Done = true;
    walked.stages.push(remaining(stage));
  }
  return walked;
}

const byMonths = (a: Walked, b: Walked) => a.months.min - b.months.min || a.months.max - b.months.max || a.stages.length - b.stages.length;

function answer(w: Walked): Eligibility {
  const gating = w.stages.some((s) => GATING.has(s.kind));
  const months = { min: Math.round(w.months.min), max: Math.round(w.months.max) };
  const reasons = gating ? [`${w.stages.filter((s) => GATING.has(s.kind)).length} stage(s) to complete first: ${w.route.title}.`, ...w.notes] : w.notes;
  return {
    status: gating ? 'not-yet' : 'eligible',
    reasons,
    route: { id: w.route.id, title: w.route.title },
    monthsToFirstJob: months,
    stages: w.stages,
    onCompletedCourse: w.onCompletedCourse,
  };
}

const closed = (status: 'unknown' | 'ineligible', reasons: string[]): Eligibility => ({
  status,
  reasons,
  route: null,
  monthsToFirstJob: null,
  stages: [],
  onCompletedCourse: false,
});
const unknown = (reason: string) => closed('unknown', [reason]);

export function eligibilityFor(profile: CareerProfile, person: PathwayPerson, exams: (id: string) => Exam | undefined): Eligibility {
  if (person.remoteOnly && profile.remote === 'low') {
    return closed('ineligible', [`You asked for remote work only; ${profile.title} is rarely done remotely.`]);
  }
  const routes = profile.pathways ?? [];
  if (routes.length === 0) return unknown('We have no pathway data for this career yet.');
  if (!person.stage) return unknown('Tell us where you stand (your class, stream or degree) to see eligibility and time to the first job.');
  const walked = routes.flatMap((route) => {
    const start = startsFrom(route, person);
    return start ? [walk(route, start, person, exams)] : [];
  });
  const open = walked.filter((w) => w.broken.length === 0).sort(byMonths);
  if (open[0]) return answer(open[0]);
  if (walked.length > 0) {
    const reasons = [...new Set(walked.flatMap((w) => w.broken))].slice(0, 3);
    return closed('ineligible', reasons);
  }
  const subjectBlock = blockedBySubjects(routes, person.stage, exams);
  if (subjectBlock) return closed('ineligible', [subjectBlock]);
  const starts = [...new Set(routes.flatMap((r) => r.from))].join(', ');
  return unknown(`No route in our data starts from your stage (${person.stage}); the routes we know start from: ${starts}.`);
}

/** A person past Class 12 in a stream every route's exams rule out: "Doctor needs PCB" as a hard rule. */
function blockedBySubjects(routes: readonly Pathway[], stage: StartStage, exams: (id: string) => Exam | undefined): string | null {
  const stream = STREAM_OF[stage];
  if (!stream) return null;
  const needs = routes.map((r) =>
    r.stages.flatMap((s) => {
      const exam = s.exam ? exams(s.exam) : undefined;
      const missing = exam ? missingSubjects(stage, exam.eligibility.class12Subjects ?? []) : [];
      return missing.length > 0 ? [`${exam!.name} needs Class 12 with ${missing.join(', ')}`] : [];
    }),
  );
  if (!needs.every((n) => n.length > 0)) return null;
  return `${needs[0]![0]}; ${STREAM_NAMES[stream]} does not include it, and every route we know goes through such an exam.`;
}
