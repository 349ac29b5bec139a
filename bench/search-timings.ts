/**
 * In-process timings of the finder's search: building the index and answering a query, as
 * medians over many runs, at the real catalog and at a synthetic catalog of SYNTHETIC_SIZE.
 */
import { createCatalog } from '../src/catalog/career-catalog.ts';
import type { CareerProfile } from '../src/careers/career.schema.ts';
import { readContentDir } from '../src/content/content-files.ts';
import { loadPaths } from '../src/config.ts';
import { buildFinder } from '../src/finder/finder-facts.ts';
import type { FinderQuery } from '../src/finder/finder.schema.ts';
import { runFinder } from '../src/finder/finder.ts';
import { buildSearchIndex } from '../src/finder/search-index.ts';
import { syntheticProfiles } from './synthetic-catalog.ts';
import { SYNTHETIC_SIZE } from './targets.ts';

export interface Timing {
  label: string;
  careers: number;
  medianMs: number;
  runs: number;
  goalMs?: number;
}

/** Median wall time of `fn` over `runs` runs, after a few unmeasured warm-up runs (one per three runs, at most five). */
export function median(runs: number, fn: () => unknown): number {
  for (let i = 0; i < Math.min(5, Math.ceil(runs / 3)); i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const TYPO_QUERY = 'bakend devloper';
const ISSUE_QUERIES = ['bakend devloper', 'data analyst', 'ca', 'chartered accountant', 'nurse'];
const FINDER_QUERY: FinderQuery = { q: 'developer', demand: ['high'], remote: ['high'], segment: 'pan-india', level: 'entry', sort: 'relevance', limit: 20 };

function timingsFor(profiles: CareerProfile[], scale: { build: number; search: number; finder: number }, goalMs: number, finderGoalMs?: number): Timing[] {
  const careers = profiles.length;
  const catalog = createCatalog(profiles);
  const index = buildSearchIndex(catalog.profiles);
  const finder = buildFinder(catalog);
  let next = 0;
  return [
    { label: 'build search index', careers, runs: scale.build, medianMs: median(scale.build, () => buildSearchIndex(catalog.profiles)) },
    { label: 'build finder (index + filter facts)', careers, runs: scale.build, medianMs: median(scale.build, () => buildFinder(catalog)) },
    { label: `search "${TYPO_QUERY}"`, careers, runs: scale.search, goalMs, medianMs: median(scale.search, () => index.search(TYPO_QUERY)) },
    {
      label: "search, the issue's 5 queries in turn",
      careers,
      runs: scale.search,
      goalMs,
      medianMs: median(scale.search, () => index.search(ISSUE_QUERIES[next++ % ISSUE_QUERIES.length]!)),
    },
    {
      label: 'finder query (q + 2 filters, facets, page)',
      careers,
      runs: scale.finder,
      ...(finderGoalMs === undefined ? {} : { goalMs: finderGoalMs }),
      medianMs: median(scale.finder, () => runFinder(finder, FINDER_QUERY)),
    },
  ];
}

/** `syntheticBuildRuns`: runs of each build timing at SYNTHETIC_SIZE (seconds each). */
export async function searchTimings(goals: { real: number; synthetic: number; syntheticFinder: number }, syntheticBuildRuns = 3): Promise<Timing[]> {
  const real = (await readContentDir(loadPaths().contentDir)).map((f) => f.data as CareerProfile);
  return [
    ...timingsFor(real, { build: 50, search: 2000, finder: 1000 }, goals.real),
    ...timingsFor(syntheticProfiles(real, SYNTHETIC_SIZE), { build: syntheticBuildRuns, search: 200, finder: 100 }, goals.synthetic, goals.syntheticFinder),
  ];
}
