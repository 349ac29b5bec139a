/**
 * Side-by-side comparison of two to four careers: reading the selection (with a 400 that says
 * exactly what is wrong with it) and building the comparison from the profiles.
 */
import type { CareerCatalog } from '../catalog/career-catalog.ts';
import type { CareerProfile } from '../careers/career.schema.ts';
import { textKey } from '../text/text-key.ts';
import { invalid, type FieldError } from '../errors.ts';
import { LEVEL_OPTIONS, MAX_COMPARE, MIN_COMPARE, SEGMENT_NAMES, SEGMENT_OPTIONS, segmentFor } from '../finder/finder-options.ts';
import type { CompareCareer, Comparison } from './compare.schema.ts';
import { similarity } from './similarity.ts';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "a,b" and repeated parameters alike, in order, blanks dropped. */
export function selectionSlugs(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
}

/** What can be wrong with a selection, as data: the API words it in English, pages in their own language. */
export type SelectionProblem =
  { kind: 'none' } | { kind: 'too-few' | 'too-many'; count: number } | { kind: 'repeated' | 'not-a-slug' | 'unknown'; slug: string };

/** Every problem of a selection, each once, in the order of the slugs; empty when the selection is valid. */
export function selectionProblems(catalog: CareerCatalog, slugs: readonly string[]): SelectionProblem[] {
  const problems: SelectionProblem[] = [];
  if (slugs.length === 0) problems.push({ kind: 'none' });
  else if (slugs.length < MIN_COMPARE) problems.push({ kind: 'too-few', count: slugs.length });
  else if (slugs.length > MAX_COMPARE) problems.push({ kind: 'too-many', count: slugs.length });
  const seen = new Set<string>();
  for (const slug of slugs) {
    if (seen.has(slug)) {
      problems.push({ kind: 'repeated', slug });
      continue;
    }
    seen.add(slug);
    if (!SLUG.test(slug) || slug.length > 80) problems.push({ kind: 'not-a-slug', slug });
    else if (!catalog.get(slug)) problems.push({ kind: 'unknown', slug });
  }
  const keys = problems.map((p) => JSON.stringify(p));
  return problems.filter((_, i) => keys.indexOf(keys[i]!) === i);
}

/** A selection problem in the API's words. */
export function problemText(p: SelectionProblem): string {
  switch (p.kind) {
    case 'none':
      return `give ${MIN_COMPARE} to ${MAX_COMPARE} career slugs separated by commas, e.g. careers=backend-developer,data-analyst`;
    case 'too-few':
      return `comparing needs at least ${MIN_COMPARE} careers; got ${p.count}`;
    case 'too-many':
      return `at most ${MAX_COMPARE} careers can be compared; got ${p.count}`;
    case 'repeated':
      return `"${p.slug}" is listed more than once`;
    case 'not-a-slug':
      return `"${p.slug}" is not a career slug`;
    case 'unknown':
      return `no career has the slug "${p.slug}"`;
  }
}

/** Field errors of a selection, all of them at once; empty when the selection is valid. */
export function selectionErrors(catalog: CareerCatalog, slugs: readonly string[]): FieldError[] {
  return selectionProblems(catalog, slugs).map((p) => ({ field: 'careers', message: problemText(p) }));
}

/** The profiles of a valid selection; a 400 naming `careers` otherwise. */
export function readSelection(catalog: CareerCatalog, values: readonly string[] | undefined): CareerProfile[] {
  const slugs = selectionSlugs(values);
  const errors = selectionErrors(catalog, slugs);
  if (errors.length > 0) throw invalid(errors.map((e) => `careers: ${e.message}`).join('; '), errors);
  return slugs.map((s) => catalog.get(s)!);
}

function career(p: CareerProfile): CompareCareer {
  const { slug, title, category, roleFamily, summary, demand, remote, futureScope, experience, salary, progression } = p;
  return { slug, title, category, roleFamily, summary, demand, remote, futureScope, experience, salary, progression };
}

function salaryGrid(ps: readonly CareerProfile[]): Comparison['salary'] {
  return SEGMENT_OPTIONS.filter((segment) => ps.some((p) => segmentFor(p.salary, segment))).map((segment) => ({
    segment,
    label: SEGMENT_NAMES[segment],
    levels: LEVEL_OPTIONS.map((level) => ({
      level,
      bands: ps.map((p) => {
        const band = segmentFor(p.salary, segment)?.bands.find((b) => b.level === level);
        return band ? { minLpa: band.minLpa, maxLpa: band.maxLpa } : null;
      }),
    })),
  }));
}

function educationGrid(ps: readonly CareerProfile[]): Comparison['education'] {
  const rows = new Map<string, { degree: string; fitScores: Array<number | null> }>();
  ps.forEach((p, i) => {
    for (const e of p.education) {
      const key = textKey(e.degree);
      const row = rows.get(key) ?? { degree: e.degree, fitScores: ps.map(() => null) };
      row.fitScores[i] = Math.max(row.fitScores[i] ?? 0, e.fitScore);
      rows.set(key, row);
    }
  });
  const best = (r: { fitScores: Array<number | null> }) => Math.max(...r.fitScores.map((f) => f ?? 0));
  const listed = (r: { fitScores: Array<number | null> }) => r.fitScores.filter((f) => f !== null).length;
  return [...rows.values()].sort((a, b) => listed(b) - listed(a) || best(b) - best(a) || a.degree.localeCompare(b.degree, 'en'));
}

function skillSets(ps: readonly CareerProfile[]): Comparison['skills'] {
  const owners = new Map<string, { name: string; slugs: string[] }>();
  for (const p of ps) {
    for (const s of p.skills) {
      const key = textKey(s.name);
      const entry = owners.get(key) ?? { name: s.name, slugs: [] };
      if (!entry.slugs.includes(p.slug)) entry.slugs.push(p.slug);
      owners.set(key, entry);
    }
  }
  const entries = [...owners.values()];
  return {
    shared: entries.filter((e) => e.slugs.length === ps.length).map((e) => e.name),
    partlyShared: entries.filter((e) => e.slugs.length > 1 && e.slugs.length < ps.length).map((e) => ({ name: e.name, careers: e.slugs })),
    distinct: ps.map((p) => ({ slug: p.slug, skills: entries.filter((e) => e.slugs.length === 1 && e.slugs[0] === p.slug).map((e) => e.name) })),
  };
}

function pairs(ps: readonly CareerProfile[]): Comparison['similarity'] {
  const out: Comparison['similarity'] = [];
  for (let i = 0; i < ps.length; i++) {
    for (let j = i + 1; j < ps.length; j++) out.push({ careers: [ps[i]!.slug, ps[j]!.slug], ...similarity(ps[i]!, ps[j]!) });
  }
  return out;
}

export function compareCareers(ps: readonly CareerProfile[]): Comparison {
  return {
    careers: ps.map(career),
    salary: salaryGrid(ps),
    education: educationGrid(ps),
    skills: skillSets(ps),
    similarity: pairs(ps),
  };
}
