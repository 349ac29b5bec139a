/**
 * Ranking metrics for comparing a system's top-k lists with a graded ground truth.
 * All functions take the ranked ids (best first) and the relevant ids with their gain.
 */

/** |top k ∩ relevant| / k. */
export function precisionAt(ranked: readonly string[], relevant: ReadonlySet<string> | ReadonlyMap<string, number>, k: number): number {
  let hits = 0;
  for (const id of ranked.slice(0, k)) if (relevant.has(id)) hits += 1;
  return hits / k;
}

/** |top k ∩ relevant| / |relevant|; 0 when nothing is relevant. */
export function recallAt(ranked: readonly string[], relevant: ReadonlySet<string> | ReadonlyMap<string, number>, k: number): number {
  if (relevant.size === 0) return 0;
  let hits = 0;
  for (const id of ranked.slice(0, k)) if (relevant.has(id)) hits += 1;
  return hits / relevant.size;
}

/**
 * nDCG@k with graded gains (gain / log2(rank + 1)), normalised by the ideal ordering of
 * all relevant items; 0 when nothing is relevant.
 */
export function ndcgAt(ranked: readonly string[], gains: ReadonlyMap<string, number>, k: number): number {
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    dcg += (gains.get(id) ?? 0) / Math.log2(i + 2);
  });
  const ideal = [...gains.values()].sort((a, b) => b - a).slice(0, k);
  const idcg = ideal.reduce((sum, g, i) => sum + g / Math.log2(i + 2), 0);
  return idcg > 0 ? dcg / idcg : 0;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
