/**
 * Computed similarity between the curated careers: the engine over `careerProfile`s (their
 * skills, tools, tasks, titles, category and education, plus the linked O*NET
 * occupation's features when O*NET is imported). Every career's full ranking is computed
 * once per catalog (61 careers: a few milliseconds); explanations on first request.
 *
 * Scores are on the engine's scale (close careers ~55–70), not the hand-typed scale of
 * `similarCareers` (85–90): compare ranks, not numbers.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { derived } from '../catalog/snapshot.ts';
import { CAREER_BLOCKS, careerProfile } from './career-features.ts';
import { explainedScore, type MissingNote, type SharedNote } from './similarity-view.ts';
import { SimilarityIndex, type FeatureProfile, type SimilarItem } from './similarity.ts';

export interface ComputedSimilarCareer {
  slug: string;
  title: string;
  /** Engine score 0–100. */
  score: number;
  /** 1 = most similar. */
  rank: number;
  /** The hand-typed similarity when the career lists this one in `similarCareers`, else null. */
  curatedSimilarity: number | null;
  shared: SharedNote[];
  missing: MissingNote[];
}

/** Looks up a linked O*NET occupation's profile; absent when O*NET is not imported. */
export type OnetProfileLookup = (code: string) => FeatureProfile | undefined;

/** The careers' own skills and tools explain a score before the linked O*NET features do. */
const CURATED_BLOCKS = ['careerSkills', 'tools'] as const;

const idOf = (slug: string) => `career:${slug}`;
const slugOf = (id: string) => id.slice('career:'.length);

export class CareerSimilarity {
  /** How many careers were compared with their O*NET features (0 without O*NET). */
  readonly withOnet: number;
  private readonly bySlug: Map<string, CareerProfile>;
  private readonly engine: SimilarityIndex;
  private readonly rankings: Map<string, SimilarItem[]>;
  private readonly explained = new Map<string, ComputedSimilarCareer[]>();

  constructor(profiles: readonly CareerProfile[], onet?: OnetProfileLookup) {
    this.bySlug = new Map(profiles.map((p) => [p.slug, p]));
    let withOnet = 0;
    const features = profiles.map((p) => {
      const linked = p.codes?.onet ? onet?.(p.codes.onet) : undefined;
      if (linked) withOnet += 1;
      return careerProfile(p, linked);
    });
    this.withOnet = withOnet;
    this.engine = new SimilarityIndex(features, CAREER_BLOCKS);
    this.rankings = this.engine.allTopK(Math.max(0, profiles.length - 1));
  }

  has(slug: string): boolean {
    return this.bySlug.has(slug);
  }

  /** Every other career, most similar first (scores only; cheap). */
  ranking(slug: string): Array<{ slug: string; score: number }> {
    return (this.rankings.get(idOf(slug)) ?? []).map((x) => ({ slug: slugOf(x.id), score: x.score }));
  }

  /** The `limit` most similar careers with the features behind each score; undefined for an unknown slug. */
  similar(slug: string, limit: number): ComputedSimilarCareer[] | undefined {
    const career = this.bySlug.get(slug);
    if (!career) return undefined;
    const list = this.explained.get(slug) ?? [];
    const ranking = this.rankings.get(idOf(slug)) ?? [];
    for (let i = list.length; i < Math.min(limit, ranking.length); i += 1) {
      const item = ranking[i]!;
      const other = slugOf(item.id);
      list.push({
        slug: other,
        title: item.title,
        score: item.score,
        rank: i + 1,
        curatedSimilarity: career.similarCareers.find((s) => s.slug === other)?.similarity ?? null,
        ...explainedScore(this.engine.explain(idOf(slug), item.id), 8, CURATED_BLOCKS),
      });
    }
    this.explained.set(slug, list);
    return list.slice(0, limit);
  }
}

/** Computed similarity between a snapshot's careers, with their linked O*NET features when O*NET is imported. */
export const careerSimilarityOf = derived(
  ({ catalog, occupations }) => new CareerSimilarity(catalog.profiles, occupations ? (code) => occupations.profile(code) : undefined),
);
