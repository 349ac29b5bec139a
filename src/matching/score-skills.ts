/**
 * The skills part and the gap list. A career skill is covered in proportion to the
 * person's level over the level needed (capped at 1); the part is the importance-weighted
 * coverage, square-rooted so the first few skills of a career count the most.
 *
 * Every part module has a score function (run for every career, numbers only) and a reason
 * function (run only for the careers shown).
 */
import type { IndexedCareer } from './career-index.ts';
import { personLevelOf } from './levels.ts';
import type { MissingSkill } from './match.schema.ts';
import type { Person } from './person.ts';

/** Per career skill: how much of the needed level the person has, 0..1. */
export function skillCoverage(career: IndexedCareer, person: Person): number[] {
  const coverage = new Array<number>(career.skills.length);
  for (let i = 0; i < career.skills.length; i++) {
    const s = career.skills[i]!;
    const known = person.skills.get(s.id);
    coverage[i] = known ? Math.min(1, known.value / s.need) : 0;
  }
  return coverage;
}

/** 0..100, or null when the person named no skill the catalog knows. */
export function skillsScore(career: IndexedCareer, person: Person, coverage: number[]): number | null {
  if (person.skills.size === 0) return null;
  let covered = 0;
  for (let i = 0; i < coverage.length; i++) covered += career.skills[i]!.weight * coverage[i]!;
  return 100 * Math.sqrt(covered / career.totalWeight);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function skillsReason(career: IndexedCareer, person: Person, coverage: number[]): string {
  if (person.skills.size === 0) return 'Not rated: none of the skills you gave are in the catalog yet.';
  const high = career.skills.flatMap((s, i) => (s.skill.importance === 'high' ? [i] : []));
  const pool = new Set(high.length > 0 ? high : career.skills.map((_, i) => i));
  const full = [...pool].filter((i) => coverage[i]! >= 1).length;
  const some = coverage.filter((c, i) => c > 0 && !(c >= 1 && pool.has(i))).length;
  const what = high.length > 0 ? 'high-importance skills' : 'skills';
  const start = full > 0 ? `You already have ${full} of its ${pool.size} ${what}` : `You have none of its ${pool.size} ${what} at the level needed yet`;
  const rest = some > 0 ? `, and some of ${plural(some, 'other skill', 'other skills')}` : '';
  return `${start}${rest}.`;
}

/** Missing or short skills, most urgent first: importance weight × levels still to gain. */
export function missingSkills(career: IndexedCareer, person: Person, coverage: number[]): MissingSkill[] {
  return career.skills
    .flatMap((s, i) => {
      if (coverage[i]! >= 1) return [];
      const known = person.skills.get(s.id);
      const have = known?.value ?? 0;
      return [
        {
          order: i,
          gap: {
            name: s.skill.name,
            importance: s.skill.importance,
            levelNeeded: s.skill.level,
            yourLevel: known ? personLevelOf(have) : null,
            from: known?.from ?? null,
            priority: Math.round(s.weight * (s.need - have) * 100) / 100,
          },
        },
      ];
    })
    .sort((a, b) => b.gap.priority - a.gap.priority || a.order - b.order)
    .map((x) => x.gap);
}
