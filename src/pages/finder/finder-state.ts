/**
 * The finder page's state as its form holds it, and its URLs. Shared by the server render
 * and the browser island, so a state always has exactly one shareable URL.
 */
import type { FieldError } from '../../errors.ts';
import type { BandLevel, Segment, Sort } from '../../finder/finder-options.ts';
import type { FinderQuery, FinderResult } from '../../finder/finder.schema.ts';
import type { CareerWords } from '../content-words.tsx';

export interface FinderState {
  q: string;
  category: string[];
  demand: string[];
  remote: string[];
  futureScope: string[];
  experience: string;
  minSalaryLpa: string;
  segment: Segment;
  level: BandLevel;
  degree: string[];
  skill: string[];
  industry: string[];
  sort: Sort;
  cursor: string;
}

export type ListKey = 'category' | 'demand' | 'remote' | 'futureScope' | 'degree' | 'skill' | 'industry';
export const LIST_KEYS: readonly ListKey[] = ['category', 'demand', 'remote', 'futureScope', 'degree', 'skill', 'industry'];

export interface CompareChoice {
  slug: string;
  title: string;
}

/** Everything the finder page renders; serialised into the page for the island to pick up. */
export interface FinderModel {
  state: FinderState;
  result: FinderResult | null;
  compare: CompareChoice[];
  errors: FieldError[];
  /** Translated titles and summaries of every translated career (empty on English pages): results fetched later show them too. */
  words: CareerWords;
}

export const EMPTY_STATE: FinderState = {
  q: '',
  category: [],
  demand: [],
  remote: [],
  futureScope: [],
  experience: '',
  minSalaryLpa: '',
  segment: 'headline',
  level: 'entry',
  degree: [],
  skill: [],
  industry: [],
  sort: 'relevance',
  cursor: '',
};

export function stateFromQuery(q: FinderQuery): FinderState {
  return {
    q: q.q ?? '',
    category: q.category ?? [],
    demand: q.demand ?? [],
    remote: q.remote ?? [],
    futureScope: q.futureScope ?? [],
    experience: q.experience === undefined ? '' : String(q.experience),
    minSalaryLpa: q.minSalaryLpa === undefined ? '' : String(q.minSalaryLpa),
    segment: q.segment,
    level: q.level,
    degree: q.degree ?? [],
    skill: q.skill ?? [],
    industry: q.industry ?? [],
    sort: q.sort,
    cursor: q.cursor ?? '',
  };
}

/** Query parameters of a state, defaults left out, for the API (no compare selection). */
export function apiParams(s: FinderState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  for (const key of LIST_KEYS) for (const v of s[key]) p.append(key, v);
  if (s.experience) p.set('experience', s.experience);
  if (s.minSalaryLpa) p.set('minSalaryLpa', s.minSalaryLpa);
  if (s.segment !== EMPTY_STATE.segment) p.set('segment', s.segment);
  if (s.level !== EMPTY_STATE.level) p.set('level', s.level);
  if (s.sort !== EMPTY_STATE.sort) p.set('sort', s.sort);
  if (s.cursor) p.set('cursor', s.cursor);
  return p;
}

/** The page URL of a state and compare selection: the one shareable address of what is on screen. */
export function finderUrl(s: FinderState, compare: readonly CompareChoice[]): string {
  const parts = [apiParams(s).toString(), compare.length > 0 ? `careers=${compare.map((c) => c.slug).join(',')}` : ''].filter(Boolean);
  return parts.length > 0 ? `/finder?${parts.join('&')}` : '/finder';
}

export const compareUrl = (compare: readonly CompareChoice[]) => `/compare?careers=${compare.map((c) => c.slug).join(',')}`;
