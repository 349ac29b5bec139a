/**
 * How much of a career's skill requirement someone already meets, and what is left to
 * learn. Pure. The model (docs/similarity.md, "Transitions"):
 *
 * - a requirement is one of the target's skills, weighing its importance (low 1 … high 5)
 *   and asking for its level (beginner 1 … advanced 5);
 * - a held skill meets it when the names are the same (case and punctuation aside), or
 *   partly when their words overlap (Jaccard ≥ 0.5 counts that share of the level);
 * - coverage of a requirement = min(1, held level / needed level); skill coverage is the
 *   importance-weighted mean over the target's skills; tool coverage is the share of the
 *   target's tools already used; **overlap = 80 % skills + 20 % tools**;
 * - the gap on a requirement is the level steps still missing; **effort in months =
 *   ⌈ Σ importance/5 × missing steps × 0.25 ⌉**: a week of focused learning per level
 *   step of a high-importance skill, less for less important ones.
 */
import { RATINGS, SKILL_LEVELS, type CareerProfile } from '../careers/career.schema.ts';
import { textKey } from '../text/text-key.ts';
import { tokens } from '../text/text-tokens.ts';

export type Importance = (typeof RATINGS)[number];
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const MONTHS_PER_STEP = 0.25;
export const SKILL_SHARE = 0.8;
const PARTIAL_MATCH = 0.5;

/** A skill someone has, at a level 1–5. */
export interface HeldSkill {
  key: string;
  name: string;
  words: ReadonlySet<string>;
  level: number;
}

export interface SkillToAdd {
  name: string;
  importance: Importance;
  levelNeeded: SkillLevel;
  /** The level already held (of this skill or a like-named one), null when none. */
  currentLevel: SkillLevel | null;
  /** Level steps still missing (fractional for partial matches). */
  steps: number;
}

export interface Gap {
  /** 0–100: share of the target's requirement already met. */
  overlap: number;
  skillsToAdd: SkillToAdd[];
  toolsToAdd: string[];
  /** Σ importance/5 × missing steps. */
  weightedSteps: number;
  months: number;
}

const levelOf = (level: SkillLevel) => SKILL_LEVELS.indexOf(level) + 1;
const weightOf = (importance: Importance) => RATINGS.indexOf(importance) + 1;
const wordsOf = (name: string) => new Set(tokens(name));

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

const heldCache = new WeakMap<CareerProfile, HeldSkill[]>();

/** A career's skills as held skills (memoised per profile object: profiles are immutable). */
export function heldSkills(career: CareerProfile): HeldSkill[] {
  let held = heldCache.get(career);
  if (!held) {
    held = career.skills.map((s) => ({ key: textKey(s.name), name: s.name, words: wordsOf(s.name), level: levelOf(s.level) }));
    heldCache.set(career, held);
  }
  return held;
}

/** Skills of several careers held at once (a two-step path): the highest level of each. */
export function unionSkills(...sets: HeldSkill[][]): HeldSkill[] {
  const byKey = new Map<string, HeldSkill>();
  for (const s of sets.flat()) {
    const had = byKey.get(s.key);
    if (!had || had.level < s.level) byKey.set(s.key, s);
  }
  return [...byKey.values()];
}

/** The held skill that best meets `name`: same key (quality 1), else the best word overlap ≥ 0.5. */
function bestMatch(held: readonly HeldSkill[], key: string, words: ReadonlySet<string>): { skill: HeldSkill; quality: number } | null {
  let best: { skill: HeldSkill; quality: number } | null = null;
  for (const skill of held) {
    const quality = skill.key === key ? 1 : jaccard(skill.words, words);
    if (quality >= PARTIAL_MATCH && (!best || quality * skill.level > best.quality * best.skill.level)) best = { skill, quality };
  }
  return best;
}

export function gapTo(held: readonly HeldSkill[], heldTools: ReadonlySet<string>, target: CareerProfile): Gap {
  let weightSum = 0;
  let covered = 0;
  let weightedSteps = 0;
  const skillsToAdd: SkillToAdd[] = [];
  const required = heldSkills(target);
  target.skills.forEach((s, i) => {
    const weight = weightOf(s.importance);
    const needed = levelOf(s.level);
    const match = bestMatch(held, required[i]!.key, required[i]!.words);
    const have = match ? match.quality * match.skill.level : 0;
    weightSum += weight;
    covered += weight * Math.min(1, have / needed);
    const steps = Math.max(0, needed - have);
    if (steps > 1e-9) {
      weightedSteps += (weight / 5) * steps;
      skillsToAdd.push({
        name: s.name,
        importance: s.importance,
        levelNeeded: s.level,
        currentLevel: match ? SKILL_LEVELS[match.skill.level - 1]! : null,
        steps: Math.round(steps * 100) / 100,
      });
    }
  });
  const toolsToAdd = target.tools.filter((t) => !heldTools.has(textKey(t.name))).map((t) => t.name);
  const skillCover = weightSum > 0 ? covered / weightSum : 1;
  const toolCover = target.tools.length > 0 ? 1 - toolsToAdd.length / target.tools.length : 1;
  skillsToAdd.sort((a, b) => weightOf(b.importance) - weightOf(a.importance) || b.steps - a.steps || (a.name < b.name ? -1 : 1));
  return {
    overlap: Math.round(100 * (SKILL_SHARE * skillCover + (1 - SKILL_SHARE) * toolCover)),
    skillsToAdd,
    toolsToAdd,
    weightedSteps: Math.round(weightedSteps * 100) / 100,
    months: Math.max(0, Math.ceil(weightedSteps * MONTHS_PER_STEP - 1e-9)),
  };
}

export function heldTools(...careers: CareerProfile[]): Set<string> {
  return new Set(careers.flatMap((c) => c.tools.map((t) => textKey(t.name))));
}
