/**
 * The numeric scales the matcher works on. A person states a skill at one of three levels;
 * careers need one of five (ranges sit half-way between their ends).
 */
import type { Rating } from '../careers/career.schema.ts';

export const PERSON_LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type PersonLevel = (typeof PERSON_LEVELS)[number];

export const PERSON_LEVEL_VALUE: Record<PersonLevel, number> = { beginner: 1, intermediate: 2, advanced: 3 };

export const NEEDED_LEVEL_VALUE: Record<string, number> = {
  beginner: 1,
  'beginner-intermediate': 1.5,
  intermediate: 2,
  'intermediate-advanced': 2.5,
  advanced: 3,
};

/** A skill's weight in a career: high importance counts five times as much as low. */
export const IMPORTANCE_WEIGHT: Record<Rating, number> = {
  low: 0.2,
  'low-medium': 0.4,
  medium: 0.6,
  'medium-high': 0.8,
  high: 1,
};

/** The person level whose value is `value` (rounded down), or null below beginner. */
export function personLevelOf(value: number): PersonLevel | null {
  if (value >= 3) return 'advanced';
  if (value >= 2) return 'intermediate';
  if (value >= 1) return 'beginner';
  return null;
}
