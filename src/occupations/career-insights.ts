/**
 * Everything derived from the published catalog (and the O*NET import, when there is one)
 * for computed similarity, transitions and title resolution. Built once per catalog when
 * the app is built — a few tens of milliseconds for 61 careers — and immutable after; the
 * parts compute per career on first use and keep the result. Invalidated with the catalog
 * (content reload) or the occupation index (a new import), i.e. on restart.
 */
import type { CareerCatalog } from '../careers/career-catalog.ts';
import { buildTitleIndex, type TitleIndex } from '../titles/resolve-title.ts';
import { TransitionMap } from '../transitions/transitions.ts';
import { CareerSimilarity } from './career-similarity.ts';
import type { OccupationIndex } from './occupation-index.ts';

export interface CareerInsights {
  occupations: OccupationIndex | null;
  similarity: CareerSimilarity;
  transitions: TransitionMap;
  titles: TitleIndex;
  /** For ETags of anything that shows these: the catalog version plus the O*NET import's. */
  version: string;
}

export function buildCareerInsights(catalog: CareerCatalog, occupations: OccupationIndex | null = null): CareerInsights {
  const similarity = new CareerSimilarity(catalog.profiles, occupations ? (code) => occupations.profile(code) : undefined);
  return {
    occupations,
    similarity,
    transitions: new TransitionMap(catalog.profiles, (slug) => similarity.ranking(slug).map((x) => x.slug)),
    titles: buildTitleIndex(catalog.profiles, occupations),
    version: occupations ? `${catalog.version}-${occupations.version.slice(0, 16)}` : catalog.version,
  };
}
