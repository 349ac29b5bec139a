/**
 * The finder's filters as data: one dimension per filter, each able to test a career, tally
 * the facet values a career has, and present its facet. Named values (category, degree,
 * skill, industry) are resolved against the catalog first; unknown ones are a 400 naming
 * the parameter.
 */
import { invalid, type FieldError } from '../errors.ts';
import { slugify } from '../text/slugify.ts';
import { textKey } from '../text/text-key.ts';
import { topK } from '../text/top-k.ts';
import { bandKey, type CareerFacts, type Finder, type NamedFacet } from './finder-facts.ts';
import { EXPERIENCE_STEPS, FUTURE_SCOPE_OPTIONS, SALARY_STEPS, THREE_STEPS, type FacetKey } from './finder-options.ts';
import type { FacetValue, FinderQuery } from './finder.schema.ts';

export interface Dimension {
  key: FacetKey;
  active: boolean;
  /** How many facet values there are: the length of the tally array. */
  slots: number;
  test(f: CareerFacts): boolean;
  /** Adds one to `counts[slot]` for each facet value this career has. */
  tally(f: CareerFacts, counts: Int32Array): void;
  present(counts: Int32Array): FacetValue[];
}

/** Long value lists are cut to the most common ones (selected values always stay). */
const NAMED_LIMIT: Record<NamedFacet, number> = { category: Infinity, degree: Infinity, skill: 25, industry: 25 };
const UNKNOWN: Record<NamedFacet, (value: string) => string> = {
  category: (v) => `"${v}" is not a category`,
  degree: (v) => `"${v}" is not a degree any career lists with a fit score of 60 or more`,
  skill: (v) => `"${v}" is not a skill any career needs`,
  industry: (v) => `"${v}" is not an industry hiring for any career`,
};

/** Ids of the requested values of a named filter; unknown values are collected as errors. */
function resolveNamed(finder: Finder, facet: NamedFacet, values: readonly string[] | undefined, errors: FieldError[]): Set<number> {
  const keyOf = facet === 'category' ? slugify : textKey;
  const ids = new Set<number>();
  for (const value of values ?? []) {
    const id = finder.vocabularies[facet].ids.get(keyOf(value));
    if (id !== undefined) ids.add(id);
    else errors.push({ field: facet, message: UNKNOWN[facet](value) });
  }
  return ids;
}

function listed(key: FacetKey, options: readonly string[], selected: ReadonlySet<string>, field: (f: CareerFacts) => string): Dimension {
  const slot = new Map(options.map((v, i) => [v, i]));
  return {
    key,
    active: selected.size > 0,
    slots: options.length,
    test: (f) => selected.has(field(f)),
    tally: (f, counts) => {
      counts[slot.get(field(f))!]! += 1;
    },
    present: (counts) => options.map((v, i) => ({ value: v, label: v, count: counts[i]!, selected: selected.has(v) })),
  };
}

function named(finder: Finder, key: NamedFacet, selected: ReadonlySet<number>): Dimension {
  const { values, names } = finder.vocabularies[key];
  const chosen = [...selected];
  return {
    key,
    active: selected.size > 0,
    slots: values.length,
    test: (f) => chosen.some((id) => f.named[key].includes(id)),
    tally: (f, counts) => {
      for (const id of f.named[key]) counts[id]! += 1;
    },
    present: (counts) => {
      if (key === 'category') return values.map((v, id) => ({ value: v, label: names[id]!, count: counts[id]!, selected: selected.has(id) }));
      const ids: number[] = [];
      for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) ids.push(id);
      // most common first, then name order; selected values past the limit follow in the same order
      const before = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && a < b);
      const shown = topK(ids, NAMED_LIMIT[key], before);
      const extra = chosen.filter((id) => !shown.includes(id)).sort((a, b) => (before(a, b) ? -1 : 1));
      return [...shown, ...extra].map((id) => ({ value: values[id]!, label: names[id]!, count: counts[id]!, selected: selected.has(id) }));
    },
  };
}

function stepped(
  key: FacetKey,
  steps: readonly number[],
  chosen: number | undefined,
  test: (f: CareerFacts, n: number) => boolean,
  label: (n: number) => string,
): Dimension {
  const all = [...new Set([...steps, ...(chosen === undefined ? [] : [chosen])])].sort((a, b) => a - b);
  return {
    key,
    active: chosen !== undefined,
    slots: all.length,
    test: (f) => chosen === undefined || test(f, chosen),
    tally: (f, counts) => {
      for (let i = 0; i < all.length; i++) if (test(f, all[i]!)) counts[i]! += 1;
    },
    present: (counts) => all.map((n, i) => ({ value: String(n), label: label(n), count: counts[i]!, selected: n === chosen })),
  };
}

const years = (n: number) => `${n} ${n === 1 ? 'year' : 'years'}`;
const lpa = (n: number) => `₹${n} LPA or more`;

/** Validates the named values and returns every filter dimension, active or not. */
export function dimensions(finder: Finder, q: FinderQuery): Dimension[] {
  const errors: FieldError[] = [];
  const categories = resolveNamed(finder, 'category', q.category, errors);
  const degrees = resolveNamed(finder, 'degree', q.degree, errors);
  const skills = resolveNamed(finder, 'skill', q.skill, errors);
  const industries = resolveNamed(finder, 'industry', q.industry, errors);
  if (errors.length > 0) throw invalid(errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  const band = bandKey(q.segment, q.level);
  return [
    named(finder, 'category', categories),
    listed('demand', THREE_STEPS, new Set(q.demand), (f) => f.demand),
    listed('remote', THREE_STEPS, new Set(q.remote), (f) => f.remote),
    listed('futureScope', FUTURE_SCOPE_OPTIONS, new Set(q.futureScope), (f) => f.futureScope),
    stepped('experience', EXPERIENCE_STEPS, q.experience, (f, n) => f.minYears <= n && n <= f.maxYears, years),
    stepped('minSalaryLpa', SALARY_STEPS, q.minSalaryLpa, (f, n) => (f.bands.get(band)?.max ?? -1) >= n, lpa),
    named(finder, 'degree', degrees),
    named(finder, 'skill', skills),
    named(finder, 'industry', industries),
  ];
}
