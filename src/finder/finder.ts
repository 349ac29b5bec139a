/**
 * Runs one finder query over a catalog: text search → filters → facet counts → sort → page.
 * Pure over the in-memory catalog, so it answers the same on every database.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { invalidField } from '../errors.ts';
import { decodeCursor, encodeCursor } from './cursor.ts';
import { bandKey, type CareerFacts, type Finder } from './finder-facts.ts';
import { dimensions, type Dimension } from './finder-filters.ts';
import { FACET_KEYS, segmentFor, type Segment, type Sort } from './finder-options.ts';
import { resolveTitle } from '../titles/resolve-title.ts';
import type { Facets, FinderItem, FinderQuery, FinderResult } from './finder.schema.ts';

const DEMAND_RANK: Record<string, number> = { high: 3, medium: 2, low: 1 };

/** A typed job title at least this close (0–100) lifts its career; weaker ones are noise. */
const TITLE_MATCH_MIN = 80;
/** When the text finds nothing, a looser title match ("sre") is still better than nothing. */
const TITLE_FALLBACK_MIN = 70;

/**
 * Careers matching the text (all careers without one), with their relevance scores. A query
 * that reads as a specific job title ("sde 2", "nursing officer") lifts the career that
 * title belongs to by up to the best text score, so the career it names comes first. A
 * one-word title ("Manager") is too generic to lift anything.
 */
function candidates(finder: Finder, q: string | undefined): { docs: number[]; scores: Float64Array } {
  const n = finder.facts.length;
  const scores = new Float64Array(n);
  const hits = q ? finder.index.search(q) : null;
  if (!hits || !q) return { docs: Array.from({ length: n }, (_, i) => i), scores };
  for (const h of hits) scores[h.doc] = h.score;
  const top = hits[0]?.score ?? 1;
  const min = hits.length === 0 ? TITLE_FALLBACK_MIN : TITLE_MATCH_MIN;
  const docs = new Set(hits.map((h) => h.doc));
  for (const match of resolveTitle(finder.titles, q, 3).careers) {
    const doc = finder.positions.get(match.slug);
    const specific = match.matchedTitle.split(/[^A-Za-z0-9]+/).filter(Boolean).length >= 2 || hits.length === 0;
    if (doc === undefined || match.score < min || !specific) continue;
    scores[doc]! += top * (match.score / 100);
    docs.add(doc);
  }
  return { docs: [...docs], scores };
}

function facetCounts(facts: readonly CareerFacts[], docs: readonly number[], masks: Uint32Array, all: number, dims: readonly Dimension[]): Facets {
  const out: Partial<Facets> = {};
  dims.forEach((dim, d) => {
    const counts = new Int32Array(dim.slots);
    for (let i = 0; i < docs.length; i++) {
      if ((masks[i]! | (1 << d)) === all) dim.tally(facts[docs[i]!]!, counts);
    }
    out[dim.key] = dim.present(counts);
  });
  for (const key of FACET_KEYS) if (!out[key]) throw new Error(`facet ${key} has no dimension`);
  return out as Facets;
}

function order(finder: Finder, q: FinderQuery, docs: number[], scores: Float64Array): Sort {
  const sort: Sort = q.sort;
  const byRelevance = (a: number, b: number) => scores[b]! - scores[a]! || a - b;
  if (sort === 'relevance') docs.sort(byRelevance);
  else if (sort === 'title') docs.sort((a, b) => a - b);
  else if (sort === 'demand') docs.sort((a, b) => DEMAND_RANK[finder.facts[b]!.demand]! - DEMAND_RANK[finder.facts[a]!.demand]! || byRelevance(a, b));
  else {
    const key = bandKey(q.segment, q.level);
    const band = (doc: number) => finder.facts[doc]!.bands.get(key) ?? { min: -1, max: -1 };
    docs.sort((a, b) => band(b).max - band(a).max || band(b).min - band(a).min || a - b);
  }
  return sort;
}

/** One result card's data: the list contract plus what the finder shows. */
export function finderItem(p: CareerProfile, segment: Segment): FinderItem {
  const s = segmentFor(p.salary, segment);
  return {
    slug: p.slug,
    title: p.title,
    category: p.category,
    summary: p.summary,
    demand: p.demand,
    remote: p.remote,
    futureScope: p.futureScope,
    experience: { minYears: p.experience.minYears, maxYears: p.experience.maxYears },
    salary: s ? { segment: s.segment, label: s.label, bands: s.bands.map(({ level, minLpa, maxLpa }) => ({ level, minLpa, maxLpa })) } : null,
  };
}

/** Answers a validated finder query. Throws a 400 AppError for unknown filter values or a foreign cursor. */
export function runFinder(finder: Finder, q: FinderQuery): FinderResult {
  const dims = dimensions(finder, q);
  const after = q.cursor === undefined ? null : decodeCursor(q.cursor, finder.catalog.version);
  const { docs, scores } = candidates(finder, q.q?.trim() || undefined);
  const all = (2 ** dims.length - 1) >>> 0;
  const masks = new Uint32Array(docs.length);
  docs.forEach((doc, i) => {
    const f = finder.facts[doc]!;
    let mask = 0;
    dims.forEach((dim, d) => {
      if (!dim.active || dim.test(f)) mask |= 1 << d;
    });
    masks[i] = mask;
  });
  const facets = facetCounts(finder.facts, docs, masks, all, dims);
  const matching = docs.filter((_, i) => masks[i] === all);
  const sort = order(finder, q, matching, scores);
  const start = after === null ? 0 : matching.indexOf(finder.positions.get(after) ?? -1) + 1;
  if (after !== null && start === 0) throw invalidField('cursor', 'does not belong to this search; start again without a cursor');
  const page = matching.slice(start, start + q.limit);
  const profiles = finder.catalog.profiles;
  const last = page[page.length - 1];
  const nextCursor = last !== undefined && start + q.limit < matching.length ? encodeCursor(finder.catalog.version, profiles[last]!.slug) : null;
  const items = page.map((doc) => finderItem(profiles[doc]!, q.segment));
  const asked = q.q?.trim();
  if (matching.length > 0 || !asked) return { items, total: matching.length, nextCursor, sort, facets };
  return { items, total: 0, nextCursor, sort, facets, suggestions: { didYouMean: finder.index.suggest(asked), categories: finder.nearestCategories(asked) } };
}
