/**
 * The similarity engine's data types, apart from its code so the engine, its block matrices
 * and its kernels can share them without importing one another.
 */

export interface VectorBlockSpec {
  kind: 'vector';
  /** Key in `FeatureProfile.blocks`. */
  name: string;
  /** Shown in explanations, e.g. "Skills". */
  label: string;
  weight: number;
  /**
   * Subtract each feature's mean over the profiles that have the block (a missing
   * feature counts as 0). For ratings every occupation has, so that what makes an
   * occupation distinctive drives the cosine, not what all occupations share.
   */
  centre?: boolean;
  /**
   * Multiply by ln(1 + N / df): rare tokens and tools say more than common ones, and a
   * feature every profile has still counts a little (plain ln(N / df) would zero it).
   */
  idf?: boolean;
  /** Drop features present in more than this share of the block's profiles (0–1). */
  maxDf?: number;
  /** Drop features present in fewer than this many profiles (they cannot match anyone). */
  minDf?: number;
  /** Raise raw values to this power before the other transforms (e.g. 0.5 damps counts). */
  power?: number;
  /**
   * How `explain` lists features: 'levels' compares rated values (shared = both at least
   * `threshold`, missing = b − a > `minGap`); 'sets' compares presence (missing = in b,
   * not in a). Unset: the block only contributes points.
   */
  explain?: 'levels' | 'sets';
  threshold?: number;
  minGap?: number;
}

/** A vector block's features: key → raw value (≥ 0 for IDF blocks). */
export type FeatureVector = Readonly<Record<string, number>>;

export interface FeatureProfile {
  id: string;
  title: string;
  /** Block name → features; absent or empty blocks are "not known" and do not count. */
  blocks: Readonly<Record<string, FeatureVector | number | undefined>>;
  /** Display names for normalised feature keys (block → key → label), for explanations. */
  labels?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export interface ScalarBlockSpec {
  kind: 'scalar';
  name: string;
  label: string;
  weight: number;
  /** Similarity = max(0, 1 − |a − b| / range). */
  range: number;
}

export type BlockSpec = VectorBlockSpec | ScalarBlockSpec;

export interface SimilarItem {
  id: string;
  title: string;
  /** 0–100, one decimal. */
  score: number;
}

export interface BlockContribution {
  name: string;
  label: string;
  /** This block's share of the total weight for this pair, 0–1. */
  weight: number;
  /** 0–1. */
  similarity: number;
  /** weight × similarity × 100; the contributions add up to the score. */
  points: number;
}

export interface SharedFeature {
  block: string;
  label: string;
  feature: string;
  a: number;
  b: number;
}

export interface MissingFeature {
  block: string;
  label: string;
  feature: string;
  /** a's raw value, null when a does not have the feature at all. */
  a: number | null;
  b: number;
  /** How much more b needs than a has, on the block's raw scale. */
  gap: number;
}

export interface SimilarityExplanation {
  a: string;
  b: string;
  score: number;
  blocks: BlockContribution[];
  /** Features strong in both, best first (at most `limit` per block). */
  shared: SharedFeature[];
  /** What a would need to add to do b's work, biggest gap first (at most `limit` per block). */
  missing: MissingFeature[];
}
