/**
 * What a person holds at each starting stage, what a qualification implies, and which Class
 * 12 subjects each stream guarantees: the rules both content:check (routes must chain) and
 * eligibility (can this person take this exam?) use.
 */
import type { CLASS_12_SUBJECTS } from '../careers/exam.schema.ts';
import type { Qualification, StartStage } from '../careers/pathway.schema.ts';

type Subject = (typeof CLASS_12_SUBJECTS)[number];

/**
 * Holding a qualification implies these too, as exam notices read levels: a graduate has
 * passed Class 12, and a degree is accepted where a diploma is asked (JE posts); a 3-year
 * diploma is accepted in lieu of Class 12 and of an ITI certificate (Agniveervayu, RRB ALP).
 * Whether the *field* fits (a degree in engineering for a JE post) is the route's to state;
 * Class 12 subjects are checked separately.
 */
const IMPLIES: Record<Qualification, readonly Qualification[]> = {
  none: [],
  'class-10': ['none'],
  'class-12': ['class-10', 'none'],
  iti: ['class-10', 'none'],
  diploma: ['class-12', 'iti', 'class-10', 'none'],
  graduate: ['diploma', 'class-12', 'iti', 'class-10', 'none'],
  postgraduate: ['graduate', 'diploma', 'class-12', 'iti', 'class-10', 'none'],
};

/** The Class 12 stream a stage implies: engineering graduates took PCM, health graduates PCB. */
export const STREAM_OF: Partial<Record<StartStage, 'pcm' | 'pcb' | 'commerce' | 'arts'>> = {
  'class-12-science-pcm': 'pcm',
  'class-12-science-pcb': 'pcb',
  'graduate-engineering': 'pcm',
  'graduate-health': 'pcb',
  'class-12-commerce': 'commerce',
  'class-12-arts': 'arts',
};

/** Subjects a stream guarantees. Commerce may include mathematics, but not always, so it is not guaranteed. */
export const STREAM_SUBJECTS: Record<'pcm' | 'pcb' | 'commerce' | 'arts', readonly Subject[]> = {
  pcm: ['physics', 'chemistry', 'mathematics', 'english'],
  pcb: ['physics', 'chemistry', 'biology', 'english'],
  commerce: ['english'],
  arts: ['english'],
};

/** The qualification a starting stage stands for. A working professional's education is unknown, so only Class 10 is assumed. */
export function stageQualification(stage: StartStage): Qualification {
  if (stage === 'class-10' || stage === 'working-professional') return 'class-10';
  if (stage.startsWith('class-12')) return 'class-12';
  if (stage === 'iti' || stage === 'diploma' || stage === 'postgraduate') return stage;
  return 'graduate';
}

export function withAward(held: ReadonlySet<Qualification>, award: Qualification): ReadonlySet<Qualification> {
  return new Set([...held, award, ...IMPLIES[award]]);
}

export function heldAtStart(stage: StartStage): ReadonlySet<Qualification> {
  return withAward(new Set(), stageQualification(stage));
}

export function holds(held: ReadonlySet<Qualification>, required: Qualification): boolean {
  return required === 'none' || held.has(required);
}

/**
 * Required Class 12 subjects a person starting from `stage` may not have. A stage without a
 * known stream (class-12-any, graduates, ITI…) guarantees only English.
 */
export function missingSubjects(stage: StartStage, required: readonly Subject[]): Subject[] {
  const stream = STREAM_OF[stage];
  const has: readonly Subject[] = stream ? STREAM_SUBJECTS[stream] : stage === 'class-10' ? [] : ['english'];
  return required.filter((s) => !has.includes(s));
}
