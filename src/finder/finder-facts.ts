/**
 * Everything the finder needs about a catalog, computed once per catalog: the search index,
 * each career's filterable facts, and the vocabularies of shared values (categories, degrees,
 * skills, industries). Shared values are numbered in name order, so a facet count is an
 * array increment and a tie between equal counts is broken by comparing two numbers.
 */
import { nearestCategories } from '../titles/nearest-categories.ts';
import type { CareerCatalog } from '../catalog/career-catalog.ts';
import type { CareerProfile } from '../careers/career.schema.ts';
import { slugify } from '../text/slugify.ts';
import { textKey } from '../text/text-key.ts';
import { SEGMENT_OPTIONS, segmentFor, type BandLevel, type Segment } from './finder-options.ts';
import { buildTitleIndex, titleIndexOf, type TitleIndex } from '../titles/resolve-title.ts';
import { derived } from '../catalog/snapshot.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';

/** A degree counts as a route into a career from this fit score up (issue 4). */
export const DEGREE_MIN_FIT = 60;

export interface Band {
  min: number;
  /** Infinity for an open-ended band. */
  max: number;
}

export type NamedFacet = 'category' | 'degree' | 'skill' | 'industry';

/** A numbered set of shared values: id = position in name order. */
export interface Vocabulary {
  /** Lookup key (category slug, or textKey of a name) → id. */
  readonly ids: ReadonlyMap<string, number>;
  /** id → the value as URLs carry it (category slug, or the name's first spelling). */
  readonly values: readonly string[];
  /** id → display name. */
  readonly names: readonly string[];
}

export interface CareerFacts {
  demand: string;
  remote: string;
  futureScope: string;
  minYears: number;
  /** Infinity when open-ended. */
  maxYears: number;
  bands: ReadonlyMap<string, Band>;
  /** Vocabulary ids per named facet (category has exactly one). */
  named: Readonly<Record<NamedFacet, Int32Array>>;
}

export interface Finder {
  readonly catalog: CareerCatalog;
  readonly index: SearchIndex;
  /** Job-title resolution (curated titles, and O*NET's when imported) that lifts title matches. */
  readonly titles: TitleIndex;
  /** Parallel to catalog.profiles. */
  readonly facts: readonly CareerFacts[];
  readonly vocabularies: Readonly<Record<NamedFacet, Vocabulary>>;
  readonly positions: ReadonlyMap<string, number>;
  /** Categories nearest to a query that found nothing. */
  nearestCategories(query: string): Array<{ slug: string; name: string }>;
}

export const bandKey = (segment: Segment, level: BandLevel) => `${segment}:${level}`;

/** Each profile's values of a named facet, as [lookup key, value, display name]. */
const NAMED_VALUES: Record<NamedFacet, (p: CareerProfile) => Array<[string, string, string]>> = {
  category: (p) => [[slugify(p.category), slugify(p.category), p.category]],
  degree: (p) => p.education.filter((e) => e.fitScore >= DEGREE_MIN_FIT).map((e) => [textKey(e.degree), e.degree, e.degree]),
  skill: (p) => p.skills.map((s) => [textKey(s.name), s.name, s.name]),
  industry: (p) => p.industries.map((i) => [textKey(i.name), i.name, i.name]),
};
const NAMED_FACETS = Object.keys(NAMED_VALUES) as NamedFacet[];

const byName = new Intl.Collator('en');

/** The first spelling met (catalog order) names a shared value; ids follow name order. */
function vocabulary(entries: Array<[string, string, string]>): Vocabulary {
  const first = new Map<string, [string, string]>();
  for (const [key, value, name] of entries) if (!first.has(key)) first.set(key, [value, name]);
  const sorted = [...first].sort((a, b) => byName.compare(a[1][1], b[1][1]));
  return {
    ids: new Map(sorted.map(([key], id) => [key, id])),
    values: sorted.map(([, [value]]) => value),
    names: sorted.map(([, [, name]]) => name),
  };
}

function factsOf(p: CareerProfile, vocabularies: Record<NamedFacet, Vocabulary>): CareerFacts {
  const bands = new Map<string, Band>();
  for (const view of SEGMENT_OPTIONS) {
    for (const b of segmentFor(p.salary, view)?.bands ?? []) bands.set(bandKey(view, b.level), { min: b.minLpa, max: b.maxLpa ?? Infinity });
  }
  const ids = (facet: NamedFacet) => Int32Array.from(new Set(NAMED_VALUES[facet](p).map(([key]) => vocabularies[facet].ids.get(key)!)));
  return {
    demand: p.demand,
    remote: p.remote,
    futureScope: p.futureScope,
    minYears: p.experience.minYears,
    maxYears: p.experience.maxYears ?? Infinity,
    bands,
    named: { category: ids('category'), degree: ids('degree'), skill: ids('skill'), industry: ids('industry') },
  };
}

export function buildFinder(
  catalog: CareerCatalog,
  titles: TitleIndex = buildTitleIndex(catalog.profiles),
  nearest: Finder['nearestCategories'] = () => [],
): Finder {
  const ps = catalog.profiles;
  const vocabularies = Object.fromEntries(NAMED_FACETS.map((f) => [f, vocabulary(ps.flatMap(NAMED_VALUES[f]))])) as Record<NamedFacet, Vocabulary>;
  return {
    catalog,
    index: buildSearchIndex(ps, {
      examName: (id) => {
        const exam = catalog.exam(id);
        return exam ? `${id.replace(/-/g, ' ')} ${exam.name} ${exam.fullName}` : id.replace(/-/g, ' ');
      },
      synonyms: catalog.vocabularies.synonyms.groups.map((g) => g.words),
    }),
    titles,
    facts: ps.map((p) => factsOf(p, vocabularies)),
    vocabularies,
    positions: new Map(ps.map((p, i) => [p.slug, i])),
    nearestCategories: nearest,
  };
}

/** The finder of a snapshot, built on first use: the catalog's index with the snapshot's title index (O*NET titles when imported). */
export const finderOf = derived((snapshot) => buildFinder(snapshot.catalog, titleIndexOf(snapshot), (query) => nearestCategories(snapshot, query)));
