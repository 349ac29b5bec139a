/**
 * Measures similarity rankings against O*NET's Related Occupations (evaluation only; see
 * related-occupations.ts), the baseline the issue names, a deterministic tune/held-out
 * split, and the weight search used to set OCCUPATION_BLOCKS.
 */
import { createHash } from 'node:crypto';
import { mean, ndcgAt, precisionAt, recallAt } from './ranking-metrics.ts';
import { TIERS, type RelatedOccupation, type Tier } from './related-occupations.ts';
import { SimilarityIndex, type BlockSpec, type FeatureProfile } from './similarity.ts';
import type { OnetRelease } from '../onet/onet-types.ts';

export interface Metrics {
  p10: number;
  r20: number;
  ndcg20: number;
  /** Occupations averaged over. */
  n: number;
}

export interface EvalReport {
  overall: Metrics;
  tiers: Record<Tier, Metrics>;
}

/** Graded gains for the overall nDCG; per-tier nDCG uses gain 1 for that tier's items. */
export const TIER_GAIN: Record<Tier, number> = { 'Primary-Short': 3, 'Primary-Long': 2, Supplemental: 1 };

export type Half = 'tune' | 'held-out';

/** A fixed split of codes into halves: first byte of SHA-1(code), even = tune. */
export function halfOf(code: string): Half {
  return createHash('sha1').update(code).digest()[0]! % 2 === 0 ? 'tune' : 'held-out';
}

/**
 * Averages over the `codes` that have ground truth (per tier: that have items in the tier):
 * - overall: P@10 and R@20 against all 20 related occupations, nDCG@20 with TIER_GAIN;
 * - per tier T: P@10 = share of the top 10 that is in T (the tiers add up to the overall
 *   P@10), R@20 = share of T found in the top 20, nDCG@20 with T's items as relevant.
 */
export function evaluateRankings(
  rankings: ReadonlyMap<string, readonly string[]>,
  truth: ReadonlyMap<string, readonly RelatedOccupation[]>,
  codes: readonly string[],
): EvalReport {
  const measured = codes.filter((c) => truth.has(c));
  const metrics = (relevantOf: (code: string) => Map<string, number>): Metrics => {
    const p: number[] = [];
    const r: number[] = [];
    const g: number[] = [];
    for (const code of measured) {
      const ranked = rankings.get(code) ?? [];
      const relevant = relevantOf(code);
      if (relevant.size === 0) continue; // e.g. no related occupation in this tier
      p.push(precisionAt(ranked, relevant, 10));
      r.push(recallAt(ranked, relevant, 20));
      g.push(ndcgAt(ranked, relevant, 20));
    }
    return { p10: mean(p), r20: mean(r), ndcg20: mean(g), n: p.length };
  };
  const gainsOf = (code: string, tier?: Tier) =>
    new Map(
      truth
        .get(code)!
        .filter((x) => !tier || x.tier === tier)
        .map((x) => [x.relatedCode, tier ? 1 : TIER_GAIN[x.tier]] as const),
    );
  const tiers = Object.fromEntries(TIERS.map((t) => [t, metrics((c) => gainsOf(c, t))])) as Record<Tier, Metrics>;
  return { overall: metrics((c) => gainsOf(c)), tiers };
}

/** The baseline: one block of Skills + Knowledge importance, mean-centred, cosine. */
export const BASELINE_BLOCKS: readonly BlockSpec[] = [
  { kind: 'vector', name: 'importance', label: 'Skills and knowledge importance', weight: 1, centre: true },
];

export function baselineProfiles(release: OnetRelease): FeatureProfile[] {
  const byCode = new Map<string, Record<string, number>>();
  for (const r of release.ratings) {
    if (r.importance === null) continue;
    const v = byCode.get(r.code) ?? {};
    v[`${r.domain}: ${r.elementName}`] = r.importance;
    byCode.set(r.code, v);
  }
  const titles = new Map(release.occupations.map((o) => [o.code, o.title]));
  return [...byCode].map(([id, importance]) => ({ id, title: titles.get(id) ?? id, blocks: { importance } }));
}

/** id → the top-k ids, best first. */
export function rankAll(index: SimilarityIndex, k: number): Map<string, string[]> {
  return new Map([...index.allTopK(k)].map(([id, list]) => [id, list.map((x) => x.id)]));
}

export interface TuneOptions {
  /** Codes whose P@10 + R@20 is maximised. */
  codes: readonly string[];
  /** Lowest weight per block name (default 0), e.g. to keep a block in explanations. */
  floors?: Readonly<Record<string, number>>;
  steps?: readonly number[];
  log?: (line: string) => void;
}

/**
 * Coordinate ascent on block weights: from `specs`' weights, try ± each step on each
 * block, keep any change that raises mean P@10 + R@20 on `codes`, shrink the step when
 * none does. Each block's matrix is computed once, so a trial costs one weighted sum.
 */
export function tuneWeights(
  profiles: readonly FeatureProfile[],
  specs: readonly BlockSpec[],
  truth: ReadonlyMap<string, readonly RelatedOccupation[]>,
  options: TuneOptions,
): BlockSpec[] {
  const n = profiles.length;
  const mats = specs.map((spec) => new SimilarityIndex(profiles, [{ ...spec, weight: 1 }]).matrix());
  const present = mats.map((m) => Uint8Array.from({ length: n }, (_, i) => (m[i * n + i]! > 0 ? 1 : 0)));
  const position = new Map(profiles.map((p, i) => [p.id, i]));
  const rows = options.codes
    .filter((c) => truth.has(c) && position.has(c))
    .map((c) => ({ i: position.get(c)!, related: new Set(truth.get(c)!.map((r) => r.relatedCode)) }));
  const num = new Float64Array(n);
  const den = new Float64Array(n);
  const order = Array.from({ length: n }, (_, j) => j);

  const objective = (weights: readonly number[]): number => {
    let total = 0;
    for (const { i, related } of rows) {
      num.fill(0);
      den.fill(0);
      weights.forEach((w, b) => {
        if (w === 0 || present[b]![i] === 0) return;
        const m = mats[b]!;
        const p = present[b]!;
        for (let j = 0; j < n; j += 1) {
          if (p[j] === 0) continue;
          num[j]! += w * m[i * n + j]!;
          den[j]! += w;
        }
      });
      for (let j = 0; j < n; j += 1) num[j] = den[j]! > 0 ? num[j]! / den[j]! : 0;
      num[i] = -1;
      order.sort((x, y) => num[y]! - num[x]! || x - y);
      let hits10 = 0;
      let hits20 = 0;
      for (let r = 0; r < 20; r += 1) {
        if (related.has(profiles[order[r]!]!.id)) {
          hits20 += 1;
          if (r < 10) hits10 += 1;
        }
      }
      total += hits10 / 10 + hits20 / related.size;
    }
    return total / rows.length;
  };

  let weights = specs.map((s) => s.weight);
  let best = objective(weights);
  options.log?.(`start: P@10 + R@20 = ${best.toFixed(4)}`);
  for (const step of options.steps ?? [0.5, 0.25, 0.1, 0.05]) {
    for (let improved = true; improved;) {
      improved = false;
      for (let b = 0; b < specs.length; b += 1) {
        for (const delta of [step, -step]) {
          const trial = weights.slice();
          trial[b] = Math.max(options.floors?.[specs[b]!.name] ?? 0, Math.round((trial[b]! + delta) * 1000) / 1000);
          if (trial[b] === weights[b]) continue;
          const value = objective(trial);
          if (value > best + 1e-4) {
            best = value;
            weights = trial;
            improved = true;
            options.log?.(`${specs[b]!.name} → ${trial[b]}: ${value.toFixed(4)}`);
          }
        }
      }
    }
  }
  return specs.map((s, b) => ({ ...s, weight: weights[b]! }));
}
