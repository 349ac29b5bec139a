/**
 * The finder's fixed choices, shared by the API, the page and the browser island. Kept free
 * of runtime imports so the island bundle stays small; the `satisfies` lines keep the lists
 * in step with the profile schema.
 */
import type { CareerProfile, SalaryBand, SalarySegment } from '../careers/career.schema.ts';

export type BandLevel = SalaryBand['level'];
export type ThreeStep = CareerProfile['demand'];
export type FutureScope = CareerProfile['futureScope'];

/** Salary views: the headline segment (the pay most people in a career get), or the first segment of a kind. */
export const SEGMENT_OPTIONS = ['headline', 'pan-india', 'metro', 'government', 'private', 'self-employed', 'abroad', 'remote'] as const satisfies readonly (
  'headline' | NonNullable<SalarySegment['kind']>
)[];
export type Segment = (typeof SEGMENT_OPTIONS)[number];

/** The segment of a profile a salary view shows, or undefined when the profile has none of that kind. */
export function segmentFor(salary: readonly SalarySegment[], view: Segment): SalarySegment | undefined {
  return view === 'headline' ? (salary.find((s) => s.headline) ?? salary[0]) : salary.find((s) => s.kind === view);
}
export const LEVEL_OPTIONS = ['entry', 'mid', 'senior'] as const satisfies readonly BandLevel[];
export const THREE_STEPS = ['high', 'medium', 'low'] as const satisfies readonly ThreeStep[];
export const FUTURE_SCOPE_OPTIONS = ['excellent', 'strong', 'good', 'moderate', 'limited'] as const satisfies readonly FutureScope[];
export const SORTS = ['relevance', 'title', 'salary', 'demand'] as const;
export type Sort = (typeof SORTS)[number];

export const SEGMENT_NAMES: Record<Segment, string> = {
  headline: 'What most people earn',
  'pan-india': 'Pan-India',
  metro: 'Metro / top employers',
  government: 'Government',
  private: 'Private employers',
  'self-employed': 'Self-employed / own practice',
  abroad: 'Abroad',
  remote: 'Remote / freelance',
};
export const LEVEL_NAMES: Record<BandLevel, string> = { entry: 'Entry', mid: 'Mid', senior: 'Senior' };
export const SORT_NAMES: Record<Sort, string> = {
  relevance: 'Best match',
  title: 'Title (A–Z)',
  salary: 'Salary (highest first)',
  demand: 'Demand (highest first)',
};

/** Facet buckets of the numeric filters: years of experience, and salary floors in LPA. */
export const EXPERIENCE_STEPS = [0, 1, 2, 3, 5, 8, 10, 15] as const;
export const SALARY_STEPS = [3, 5, 8, 12, 20, 30, 50] as const;

export const DEFAULT_LIMIT = 20;
export const MAX_COMPARE = 4;
export const MIN_COMPARE = 2;

/** Facets answered for each filter; long value lists are cut to the most common ones. */
export const FACET_KEYS = ['category', 'demand', 'remote', 'futureScope', 'experience', 'minSalaryLpa', 'degree', 'skill', 'industry'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];
export const FACET_NAMES: Record<FacetKey, string> = {
  category: 'Category',
  demand: 'Demand',
  remote: 'Remote-friendly',
  futureScope: 'Future scope',
  experience: 'Your experience',
  minSalaryLpa: 'Minimum salary',
  degree: 'Your degree',
  skill: 'Skill',
  industry: 'Industry',
};
