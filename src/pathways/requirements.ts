/**
 * What a move from one career to another needs besides skills: the degrees, exams, licences
 * and trainings of the target's route that a person working in the source career has not
 * already done. A nurse who wants to become a doctor still needs NEET-UG and the MBBS; an
 * accountant who wants to become a chartered accountant needs the CA exams and articleship.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import type { Exam } from '../careers/exam.schema.ts';
import type { Pathway, PathwayStage, Qualification, StartStage } from '../careers/pathway.schema.ts';
import { GATING, eligibilityFor, type PathwayPerson, type RemainingStage } from './eligibility.ts';
import { STREAM_OF } from './qualifications.ts';

export interface Requirement {
  kind: PathwayStage['kind'];
  name: string;
  /** Shortest typical duration. */
  months: number;
}

const RANK: Record<Qualification, number> = { none: 0, 'class-10': 1, iti: 2, 'class-12': 3, diploma: 3, graduate: 4, postgraduate: 5 };

/** A graduate's field, read from the career's category: enough to pick the target's routes for graduates. */
function graduateStage(category: string, stream: 'pcm' | 'pcb' | 'commerce' | 'arts' | undefined): StartStage {
  const c = category.toLowerCase();
  if (stream === 'pcb' || c.includes('health')) return 'graduate-health';
  if (c.includes('law')) return 'graduate-law';
  if (c.includes('finance') || stream === 'commerce') return 'graduate-commerce';
  if (c.includes('engineering') || c.includes('software') || c.includes('infrastructure')) return 'graduate-engineering';
  return 'graduate-any';
}

/** Where someone working in `career` stands: the qualification its main route (the first) awards. */
export function stageAfter(career: CareerProfile): StartStage {
  const main: Pathway | undefined = career.pathways?.[0];
  if (!main) return 'working-professional';
  const stream = main.from.map((f) => STREAM_OF[f]).find(Boolean);
  const top = main.stages.reduce<Qualification>((best, s) => (s.awards && RANK[s.awards] > RANK[best] ? s.awards : best), 'none');
  if (top === 'postgraduate') return 'postgraduate';
  if (top === 'graduate') return graduateStage(career.category, stream);
  if (top === 'diploma' || top === 'iti') return top;
  const start = main.from.find((f) => f !== 'working-professional');
  return start ?? 'working-professional';
}

/** The stage ids and exams someone in `career` has been through on its main route. */
function done(career: CareerProfile): Set<string> {
  const main = career.pathways?.[0];
  return new Set((main?.stages ?? []).flatMap((s) => [s.id, ...(s.exam ? [`exam:${s.exam}`] : [])]));
}

export function requirementsFor(from: CareerProfile, to: CareerProfile, exams: (id: string) => Exam | undefined): Requirement[] {
  const person: PathwayPerson = { stage: stageAfter(from), age: null, category: 'general', pwd: false, working: true, remoteOnly: false };
  const eligibility = eligibilityFor(to, person, exams);
  const stages: readonly (RemainingStage | PathwayStage)[] = eligibility.route ? eligibility.stages : (to.pathways?.[0]?.stages ?? []);
  const held = done(from);
  return stages
    .filter((s) => GATING.has(s.kind) && !held.has(s.id) && !(s.exam && held.has(`exam:${s.exam}`)))
    .map((s) => ({ kind: s.kind, name: s.name, months: s.months.min }));
}
