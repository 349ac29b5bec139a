/**
 * Finder test helpers: the API's answer for a query string, and the same filters applied
 * independently to the catalog's profiles, so tests compare the finder against plain data.
 */
import type { FastifyInstance } from 'fastify';
import type { CareerProfile } from '../careers/career.schema.ts';
import { textKey } from '../text/text-key.ts';
import type { FinderResult } from './finder.schema.ts';
import { segmentFor, type Segment } from './finder-options.ts';

export async function find(app: FastifyInstance, query: string): Promise<FinderResult> {
  const res = await app.inject(`/api/v1/careers?${query}`);
  if (res.statusCode !== 200) throw new Error(`${query}: ${res.statusCode} ${res.body}`);
  return res.json() as FinderResult;
}

/** Every slug the finder answers for a query, following cursors to the end. */
export async function findAll(app: FastifyInstance, query: string): Promise<string[]> {
  const slugs: string[] = [];
  let cursor: string | null = null;
  do {
    const page: FinderResult = await find(app, `${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
    slugs.push(...page.items.map((i) => i.slug));
    cursor = page.nextCursor;
  } while (cursor);
  return slugs;
}

/** The band a salary view shows: the headline segment, or the first segment of a kind. */
export const band = (p: CareerProfile, view: Segment, level: string) => segmentFor(p.salary, view)?.bands.find((b) => b.level === level);

/** The salary rule of issue 4: the band's top (open-ended counts as no top) reaches the floor. */
const reaches = (p: CareerProfile, view: Segment, level: string, floor: number) => {
  const b = band(p, view, level);
  return b !== undefined && (b.maxLpa ?? Infinity) >= floor;
};

/** Profile predicates for each filter, written straight from the issue's definitions. */
export const filterRules: Array<[query: string, matches: (p: CareerProfile) => boolean]> = [
  ['category=software-development', (p) => p.category === 'Software Development'],
  ['category=Finance%20and%20Accounting', (p) => p.category === 'Finance and Accounting'],
  ['demand=high', (p) => p.demand === 'high'],
  ['demand=low&demand=medium', (p) => p.demand !== 'high'],
  ['remote=high', (p) => p.remote === 'high'],
  ['futureScope=excellent&futureScope=strong', (p) => ['excellent', 'strong'].includes(p.futureScope)],
  ['experience=10', (p) => p.experience.minYears <= 10 && (p.experience.maxYears ?? Infinity) >= 10],
  ['experience=0', (p) => p.experience.minYears === 0],
  ['minSalaryLpa=8', (p) => reaches(p, 'headline', 'entry', 8)],
  ['minSalaryLpa=8&segment=government', (p) => reaches(p, 'government', 'entry', 8)],
  ['minSalaryLpa=60&segment=metro&level=senior', (p) => reaches(p, 'metro', 'senior', 60)],
  ['minSalaryLpa=40&segment=remote&level=senior', (p) => reaches(p, 'remote', 'senior', 40)],
  ['degree=bcom', (p) => p.education.some((e) => textKey(e.degree) === 'bcom' && e.fitScore >= 60)],
  ['degree=B.Tech%20%2F%20BE%20CSE%20or%20IT', (p) => p.education.some((e) => e.degree === 'B.Tech / BE CSE or IT' && e.fitScore >= 60)],
  ['skill=sql', (p) => p.skills.some((s) => s.name === 'SQL')],
  ['skill=Python&skill=SQL', (p) => p.skills.some((s) => s.name === 'SQL' || s.name === 'Python')],
  ['industry=startups', (p) => p.industries.some((i) => i.name === 'Startups')],
  ['industry=Hospitals%20and%20clinics', (p) => p.industries.some((i) => i.name === 'Hospitals and clinics')],
  ['category=data-and-ai&demand=high&skill=SQL', (p) => p.category === 'Data and AI' && p.demand === 'high' && p.skills.some((s) => s.name === 'SQL')],
];
