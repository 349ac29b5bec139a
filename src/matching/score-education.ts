/**
 * The education part: the best of the career's routes for the person's degree, each
 * route's own fit score (written by the content's editors) scaled by how far the person's
 * degree opens it (degreeMatch in degree-tags.ts).
 */
import type { IndexedCareer } from './career-index.ts';
import { degreeMatch } from './degree-tags.ts';
import type { Person } from './person.ts';

type IndexedRoute = IndexedCareer['routes'][number];

/**
 * How far the person's degree opens a route, memoised by route for one request: careers
 * share most routes ("BCA", "B.Com"), so a catalog needs only a few hundred comparisons.
 */
export type RouteMemo = Map<string, number>;

function bestRoute(career: IndexedCareer, person: Person, memo: RouteMemo): { score: number; match: number; route: IndexedRoute } | null {
  const facts = person.degree!.facts;
  let best: { score: number; match: number; route: IndexedRoute } | null = null;
  for (const r of career.routes) {
    let match = memo.get(r.facts.key);
    if (match === undefined) {
      match = degreeMatch(facts, r.facts);
      memo.set(r.facts.key, match);
    }
    const score = r.route.fitScore * match;
    if (match > 0 && (!best || score > best.score)) best = { score, match, route: r };
  }
  return best;
}

/** 0..100, or null when the person gave no degree. */
export function educationScore(career: IndexedCareer, person: Person, memo: RouteMemo): number | null {
  if (!person.degree) return null;
  return bestRoute(career, person, memo)?.score ?? 0;
}

export function educationReason(career: IndexedCareer, person: Person): string {
  if (!person.degree) return 'Not rated: you did not give a degree.';
  const { entry, facts } = person.degree;
  const best = bestRoute(career, person, new Map());
  if (!best) {
    const routes = career.routes
      .slice(0, 3)
      .map((r) => r.route.degree)
      .join(', ');
    return `None of its usual routes (${routes}) opens from ${entry.degree}.`;
  }
  const { route } = best.route;
  const preferred = route.preferred ? ', preferred by employers' : '';
  if (best.route.facts.key === facts.key) return `${entry.degree} is one of its routes (fit ${route.fitScore}/100${preferred}).`;
  if (best.match === 1) return `${entry.degree} counts as its "${route.degree}" route (fit ${route.fitScore}/100${preferred}).`;
  return `${entry.degree} is close to its "${route.degree}" route (fit ${route.fitScore}/100), so it counts ${Math.round(best.match * 100)}%.`;
}
