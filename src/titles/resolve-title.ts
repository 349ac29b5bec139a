/**
 * Title resolution: a job title as a person types it ("sde 2", "java developer", "staff
 * nurse", "ca articleship") → the careers and O*NET occupations it most likely means.
 * Pure: build a `TitleIndex` once per catalog (and O*NET import), then call `resolveTitle`.
 *
 * Careers match on their own title (and its translations), their job titles and their
 * progression titles (title-matcher.ts scores them, typo-tolerant). When O*NET is imported, occupations match
 * on their titles, alternate and reported titles, and an occupation hit also counts for the
 * careers linked to it by `codes.onet`, at 80 % of its score, so a title only O*NET knows
 * still finds the career.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { derived } from '../catalog/snapshot.ts';
import { TitleMatcher, type TitleEntry } from '../text/title-matcher.ts';

export type CareerMatchKind = 'title' | 'jobTitle' | 'progression' | 'onet';
export type OccupationMatchKind = 'title' | 'alternate' | 'reported';

export interface CareerTitleMatch {
  slug: string;
  title: string;
  /** 0–100. */
  score: number;
  matchedTitle: string;
  matchedKind: CareerMatchKind;
}

export interface OccupationTitleMatch {
  code: string;
  title: string;
  score: number;
  matchedTitle: string;
  matchedKind: OccupationMatchKind;
  /** Catalog careers linked to this occupation. */
  careers: string[];
}

export interface TitleResolution {
  query: string;
  careers: CareerTitleMatch[];
  occupations: OccupationTitleMatch[];
}

/** What title resolution needs from O*NET (an `OccupationIndex` provides it). */
export interface OccupationTitleSource {
  search(query: string, limit: number): Array<{ code: string; title: string; score: number; matchedTitle: string; matchedKind: OccupationMatchKind }>;
}

export interface TitleIndex {
  careers: TitleMatcher<string>;
  titles: ReadonlyMap<string, string>;
  careersByCode: ReadonlyMap<string, readonly string[]>;
  occupations: OccupationTitleSource | null;
}

const KIND_WEIGHT = { title: 1, jobTitle: 0.95, progression: 0.9 } as const;
export const ONET_BRIDGE = 0.8;
/** Careers scoring under this share of the best match are dropped. */
export const RELATIVE_FLOOR = 0.6;

export function buildTitleIndex(profiles: readonly CareerProfile[], occupations: OccupationTitleSource | null = null): TitleIndex {
  const entries: Array<TitleEntry<string>> = [];
  const careersByCode = new Map<string, string[]>();
  for (const p of profiles) {
    entries.push({ text: p.title, target: p.slug, kind: 'title', weight: KIND_WEIGHT.title });
    // a translated title is the career's title in that language: "स्टाफ़ नर्स" typed in Devanagari finds Staff Nurse
    for (const translation of Object.values(p.translations ?? {})) {
      if (translation?.title) entries.push({ text: translation.title, target: p.slug, kind: 'title', weight: KIND_WEIGHT.title });
    }
    for (const j of p.jobTitles) entries.push({ text: j.title, target: p.slug, kind: 'jobTitle', weight: KIND_WEIGHT.jobTitle });
    for (const stage of p.progression) {
      for (const t of stage.titles) entries.push({ text: t, target: p.slug, kind: 'progression', weight: KIND_WEIGHT.progression });
    }
    if (p.codes?.onet) careersByCode.set(p.codes.onet, [...(careersByCode.get(p.codes.onet) ?? []), p.slug]);
  }
  return {
    careers: new TitleMatcher(entries),
    titles: new Map(profiles.map((p) => [p.slug, p.title])),
    careersByCode,
    occupations,
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function resolveTitle(index: TitleIndex, query: string, limit = 5): TitleResolution {
  const best = new Map<string, CareerTitleMatch>();
  const keep = (m: CareerTitleMatch) => {
    const had = best.get(m.slug);
    if (!had || m.score > had.score) best.set(m.slug, m);
  };
  for (const m of index.careers.match(query, limit * 2)) {
    const kind = m.kind === 'jobTitle' || m.kind === 'progression' ? m.kind : 'title';
    keep({ slug: m.target, title: index.titles.get(m.target)!, score: m.score, matchedTitle: m.title, matchedKind: kind });
  }
  const occupations = (index.occupations?.search(query, limit) ?? []).map((o) => ({
    ...o,
    careers: [...(index.careersByCode.get(o.code) ?? [])],
  }));
  for (const o of occupations) {
    for (const slug of o.careers) {
      keep({ slug, title: index.titles.get(slug)!, score: round1(o.score * ONET_BRIDGE), matchedTitle: o.matchedTitle, matchedKind: 'onet' });
    }
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1));
  // far below the best match, a career shares a word with the title, not its meaning ("Group D" is not "Group Captain")
  const floor = (ranked[0]?.score ?? 0) * RELATIVE_FLOOR;
  const careers = ranked.filter((c) => c.score >= floor).slice(0, limit);
  return { query, careers, occupations };
}

/** The title index of a snapshot: its careers, plus O*NET titles when O*NET is imported. */
export const titleIndexOf = derived((snapshot) => buildTitleIndex(snapshot.catalog.profiles, snapshot.occupations));
