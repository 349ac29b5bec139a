/**
 * The imported O*NET release, held in memory for the API and the pages: occupation views,
 * a title matcher (titles, alternate and reported titles) and the similarity engine with
 * every occupation's top 20 precomputed. Immutable: it is valid for exactly the import it
 * was built from (`version` = that import's fingerprint) and is rebuilt at start-up, so a
 * new `import:onet` takes effect when the server restarts.
 */
import { TitleMatcher, type TitleEntry } from '../text/title-matcher.ts';
import { loadStoredRelease } from '../onet/occupation-load.ts';
import { occupationViews, type OccupationView } from './occupation-view.ts';
import { hasWorkData, OCCUPATION_BLOCKS, occupationProfiles } from '../similarity/onet-features.ts';
import type { OnetRelease } from '../onet/onet-types.ts';
import { explainedScore, type MissingNote, type SharedNote } from '../similarity/similarity-view.ts';
import { SimilarityIndex, type FeatureProfile, type SimilarItem } from '../similarity/similarity.ts';
import type { Db } from '../db/database.ts';

/** The most similar occupations kept per occupation; the API's `limit` is capped here. */
export const SIMILAR_MAX = 20;

export interface SimilarOccupation {
  code: string;
  title: string;
  /** Engine score 0–100 (see docs/similarity.md). */
  score: number;
  shared: SharedNote[];
  missing: MissingNote[];
}

export interface OccupationHit {
  code: string;
  title: string;
  /** 0–100. */
  score: number;
  /** The title that matched: the occupation's own, an alternate or a reported title. */
  matchedTitle: string;
  matchedKind: 'title' | 'alternate' | 'reported';
}

const KIND_WEIGHT = { title: 1, reported: 0.95, alternate: 0.9 } as const;

export class OccupationIndex {
  readonly version: string;
  readonly importedAt: string;
  readonly size: number;
  readonly titles: TitleMatcher<string>;
  private readonly views: Map<string, OccupationView>;
  private readonly profiles: Map<string, FeatureProfile>;
  private readonly engine: SimilarityIndex;
  private readonly top: Map<string, SimilarItem[]>;
  private readonly explained = new Map<string, SimilarOccupation[]>();

  constructor(release: OnetRelease, version: string, importedAt: string) {
    this.version = version;
    this.importedAt = importedAt;
    this.size = release.occupations.length;
    this.views = occupationViews(release);
    const profiles = occupationProfiles(release);
    this.profiles = new Map(profiles.map((p) => [p.id, p]));
    this.engine = new SimilarityIndex(profiles.filter(hasWorkData), OCCUPATION_BLOCKS);
    this.top = this.engine.allTopK(SIMILAR_MAX);
    const entries: Array<TitleEntry<string>> = [
      ...release.occupations.map((o) => ({ text: o.title, target: o.code, kind: 'title', weight: KIND_WEIGHT.title })),
      ...release.reportedTitles.map((t) => ({ text: t.title, target: t.code, kind: 'reported', weight: KIND_WEIGHT.reported })),
      ...release.alternateTitles.map((t) => ({ text: t.title, target: t.code, kind: 'alternate', weight: KIND_WEIGHT.alternate })),
    ];
    this.titles = new TitleMatcher(entries);
  }

  /** Every occupation code, in the release's order. */
  codes(): string[] {
    return [...this.views.keys()];
  }

  get(code: string): OccupationView | undefined {
    return this.views.get(code);
  }

  title(code: string): string | undefined {
    return this.views.get(code)?.title;
  }

  /** The occupation's feature profile (for curated careers linked to it). */
  profile(code: string): FeatureProfile | undefined {
    return this.profiles.get(code);
  }

  /**
   * The `limit` (≤ 20) most similar occupations with the features that explain each score;
   * undefined for an unknown code, empty for a code without tasks or ratings.
   */
  similar(code: string, limit: number): SimilarOccupation[] | undefined {
    if (!this.views.has(code)) return undefined;
    let list = this.explained.get(code);
    if (!list) {
      list = (this.top.get(code) ?? []).map((item) => ({
        code: item.id,
        title: item.title,
        score: item.score,
        ...explainedScore(this.engine.explain(code, item.id)),
      }));
      this.explained.set(code, list);
    }
    return list.slice(0, Math.min(limit, SIMILAR_MAX));
  }

  /** Occupations whose title, alternate or reported titles match `query`, typo-tolerant. */
  search(query: string, limit: number): OccupationHit[] {
    return this.titles.match(query, limit).map((m) => ({
      code: m.target,
      title: this.title(m.target)!,
      score: m.score,
      matchedTitle: m.title,
      matchedKind: m.kind === 'reported' ? 'reported' : m.kind === 'alternate' ? 'alternate' : 'title',
    }));
  }
}

/** The index of the imported release, or null when O*NET has not been imported. */
export async function loadOccupationIndex(db: Db): Promise<OccupationIndex | null> {
  const stored = await loadStoredRelease(db);
  return stored ? new OccupationIndex(stored.release, stored.state.fingerprint, stored.state.importedAt) : null;
}
