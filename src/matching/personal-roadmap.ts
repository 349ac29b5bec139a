/**
 * The personal roadmap: the career's steps, each marked done (the person's skills already
 * cover what it teaches), partial (shortened in proportion) or todo, and re-planned in
 * weeks at the person's hours per week. Catalog roadmaps are month-by-month plans; one
 * roadmap month is taken to be HOURS_PER_ROADMAP_MONTH hours of study.
 */
import type { IndexedCareer } from './career-index.ts';
import type { PersonalRoadmap, PersonalStep } from './match.schema.ts';
import type { Person } from './person.ts';

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

export function personalRoadmap(career: IndexedCareer, person: Person, coverage: number[]): PersonalRoadmap {
  const perWeek = person.preferences.hoursPerWeek;
  let hoursSoFar = 0;
  // explicit objects, no spread: V8 clones spread objects slowly, and this runs for every step shown
  const steps: PersonalStep[] = career.steps.map(({ step, skills, milestone }) => {
    const yours = skills.filter((i) => coverage[i]! > 0).map((i) => person.skills.get(career.skills[i]!.id)!.name);
    const weight = skills.reduce((s, i) => s + career.skills[i]!.weight, 0);
    const covered = weight === 0 || milestone ? 0 : skills.reduce((s, i) => s + career.skills[i]!.weight * coverage[i]!, 0) / weight;
    if (skills.length > 0 && covered >= 1) {
      const note = `Already covered by your ${list(yours)}: skip it.`;
      return { step: step.step, title: step.title, status: 'done', coveredBy: yours, hours: 0, startWeek: null, endWeek: null, note };
    }
    const partial = covered >= PARTIAL_FROM;
    const hours = Math.round(HOURS_PER_ROADMAP_MONTH * (partial ? 1 - covered : 1));
    const startWeek = Math.floor(hoursSoFar / perWeek) + 1;
    hoursSoFar += hours;
    const endWeek = Math.max(startWeek, Math.ceil(hoursSoFar / perWeek));
    const note = partial ? `You know part of it (${list(yours)}): about ${hours} hours instead of ${HOURS_PER_ROADMAP_MONTH}.` : sentence(step.goal);
    return { step: step.step, title: step.title, status: partial ? 'partial' : 'todo', coveredBy: yours, hours, startWeek, endWeek, note };
  });
  const totalHours = Math.round(hoursSoFar);
  const totalWeeks = Math.ceil(totalHours / perWeek);
  const done = steps.filter((s) => s.status === 'done').length;
  const shortened = steps.filter((s) => s.status === 'partial').length;
  const skipped = [done ? `${done} done` : '', shortened ? `${shortened} shortened` : ''].filter(Boolean).join(', ');
  const months = (totalWeeks / WEEKS_PER_MONTH).toFixed(1);
  const summary =
    `${steps.length} roadmap months${skipped ? ` (${skipped})` : ''}: about ${totalHours} hours, ` +
    `${totalWeeks} weeks (about ${months} months) at ${perWeek} hours a week.`;
  return { steps, totalHours, totalWeeks, summary };
}
