/**
 * The personal roadmap, from where the person stands: first the pathway stages that remain
 * (exams, degrees, licences; see pathways/eligibility.ts), then the career's skills steps,
 * each marked done (the person's skills already cover what it teaches), partial (shortened
 * in proportion) or todo, and re-planned in weeks at the person's hours per week. A skills
 * step takes the hours its content states; older content without hours counts
 * HOURS_PER_ROADMAP_MONTH.
 */
import type { IndexedCareer } from './career-index.ts';
import type { PersonalRoadmap, PersonalStep } from './match.schema.ts';
import type { Person } from './person.ts';
import type { Eligibility } from '../pathways/eligibility.ts';

/** About 2 hours a day: what the catalog's part-time, month-by-month plans assume of a learner. */
export const HOURS_PER_ROADMAP_MONTH = 60;
/** A step counts as done at full coverage, and as partial from a third of it. */
const PARTIAL_FROM = 1 / 3;
const WEEKS_PER_MONTH = 52 / 12;

export function assumptionNote(hoursPerWeek: number): string {
  const weeksPerMonth = HOURS_PER_ROADMAP_MONTH / hoursPerWeek;
  return (
    `One roadmap month is taken as about ${HOURS_PER_ROADMAP_MONTH} hours of study (about 2 hours a day). ` +
    `At ${hoursPerWeek} hours a week, one roadmap month takes about ${formatWeeks(weeksPerMonth)}.`
  );
}

const formatWeeks = (w: number) => (Math.abs(w - Math.round(w)) < 0.05 ? `${Math.round(w)} weeks` : `${w.toFixed(1)} weeks`);
/** Skill names often hold "and" themselves ("Git and Code Review"), so a list of them uses commas only. */
const list = (items: string[]) => items.join(', ');
const sentence = (text: string) => (text.endsWith('.') ? text : `${text}.`);

function stageSteps(eligibility: Eligibility): PersonalStep[] {
  return eligibility.stages.map((s, i) => ({
    id: s.id,
    kind: 'stage' as const,
    months: s.months,
    step: i + 1,
    title: s.name,
    status: 'todo' as const,
    coveredBy: [],
    hours: null,
    startWeek: null,
    endWeek: null,
    note: s.note ?? '',
  }));
}

const monthsText = (m: { min: number; max: number }) => (m.min === m.max ? `${m.min} months` : `${m.min}–${m.max} months`);

export function personalRoadmap(career: IndexedCareer, person: Person, coverage: number[], eligibility: Eligibility): PersonalRoadmap {
  const perWeek = person.preferences.hoursPerWeek;
  const stages = stageSteps(eligibility);
  let hoursSoFar = 0;
  // explicit objects, no spread: V8 clones spread objects slowly, and this runs for every step shown
  const skillSteps: PersonalStep[] = career.steps.map(({ step, skills, milestone }, i) => {
    const id = step.id ?? `step-${step.step}`;
    const full = step.hours ?? HOURS_PER_ROADMAP_MONTH;
    const title = step.title;
    const yours = skills.filter((i) => coverage[i]! > 0).map((i) => person.skills.get(career.skills[i]!.id)!.name);
    const weight = skills.reduce((s, i) => s + career.skills[i]!.weight, 0);
    const covered = weight === 0 || milestone ? 0 : skills.reduce((s, i) => s + career.skills[i]!.weight * coverage[i]!, 0) / weight;
    if (skills.length > 0 && covered >= 1) {
      const note = `Already covered by your ${list(yours)}: skip it.`;
      return { id, kind: 'skills', months: null, step: i + 1, title, status: 'done', coveredBy: yours, hours: 0, startWeek: null, endWeek: null, note };
    }
    const partial = covered >= PARTIAL_FROM;
    const hours = Math.round(full * (partial ? 1 - covered : 1));
    const startWeek = Math.floor(hoursSoFar / perWeek) + 1;
    hoursSoFar += hours;
    const endWeek = Math.max(startWeek, Math.ceil(hoursSoFar / perWeek));
    const note = partial ? `You know part of it (${list(yours)}): about ${hours} hours instead of ${full}.` : sentence(step.goal);
    return { id, kind: 'skills', months: null, step: i + 1, title, status: partial ? 'partial' : 'todo', coveredBy: yours, hours, startWeek, endWeek, note };
  });
  // the skills steps are the work of the route's roadmap stage, so they follow it; without one, they come last
  const at = eligibility.stages.findIndex((x) => x.roadmap);
  const cut = at === -1 ? stages.length : at + 1;
  const steps = [...stages.slice(0, cut), ...skillSteps, ...stages.slice(cut)];
  // the step objects are this answer's own: number them in place (no spread: this runs for every step shown)
  steps.forEach((x, i) => (x.step = i + 1));
  const totalHours = Math.round(hoursSoFar);
  const totalWeeks = Math.ceil(totalHours / perWeek);
  const done = skillSteps.filter((s) => s.status === 'done').length;
  const shortened = skillSteps.filter((s) => s.status === 'partial').length;
  const skipped = [done ? `${done} done` : '', shortened ? `${shortened} shortened` : ''].filter(Boolean).join(', ');
  const months = (totalWeeks / WEEKS_PER_MONTH).toFixed(1);
  const first = eligibility.monthsToFirstJob;
  const pathway = stages.length > 0 ? `${stages.length} stage(s) (${stages.map((s) => s.title).join(', ')}), with ` : '';
  // without an open route we cannot say which qualifying stages remain: the skills steps are not the whole way
  const caveat = first
    ? ''
    : 'Only the skills part: any exams, degrees or licences this career needs come before it, and we cannot tell which remain for you. ';
  const summary =
    `${first ? `About ${monthsText(first)} to the first job. ` : caveat}${pathway}` +
    `${skillSteps.length} skills steps${skipped ? ` (${skipped})` : ''}: about ${totalHours} hours, ` +
    `${totalWeeks} weeks (about ${months} months) at ${perWeek} hours a week.`;
  return { monthsToFirstJob: first, steps, totalHours, totalWeeks, summary };
}
