/**
 * The arithmetic behind SimilarityIndex: block similarity rows and matrices (scalar and
 * cosine via feature postings), and the shared / missing features that explain a score.
 */
import { postingsOf, type BlockMatrix } from './similarity-block.ts';
import type { FeatureVector, MissingFeature, SharedFeature, VectorBlockSpec } from './similarity-types.ts';

export function clamp01(x: number): number {
  return x <= 0 ? 0 : x >= 1 ? 1 : x;
}

export function scalarSimilarity(a: number, b: number, range: number): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return 0;
  return clamp01(1 - Math.abs(a - b) / range);
}

export function scalarRow(values: Float64Array, range: number, i: number, out: Float64Array): void {
  for (let j = 0; j < values.length; j += 1) out[j] = scalarSimilarity(values[i]!, values[j]!, range);
}

export function scalarMatrix(values: Float64Array, range: number, out: Float64Array): void {
  const n = values.length;
  for (let i = 0; i < n; i += 1) scalarRow(values, range, i, out.subarray(i * n, (i + 1) * n));
}

/** Cosines of row i against all rows, via the feature postings. */
export function vectorRow(m: BlockMatrix, i: number, out: Float64Array): void {
  const post = postingsOf(m);
  for (let p = m.rowStart[i]!; p < m.rowStart[i + 1]!; p += 1) {
    const f = m.cols[p]!;
    const x = m.vals[p]!;
    for (let q = post.start[f]!; q < post.start[f + 1]!; q += 1) {
      const j = post.rows[q]!;
      out[j]! += x * post.vals[q]!;
    }
  }
  for (let j = 0; j < out.length; j += 1) out[j] = clamp01(out[j]!);
}

/** All cosines: the upper triangle from the postings, mirrored; diagonal included. */
export function vectorMatrix(m: BlockMatrix, out: Float64Array): void {
  const n = m.norms.length;
  const post = postingsOf(m);
  // next[f]: position in f's postings of the first row not yet visited as "i".
  const next = Int32Array.from(post.start.subarray(0, post.start.length - 1));
  for (let i = 0; i < n; i += 1) {
    const base = i * n;
    for (let p = m.rowStart[i]!; p < m.rowStart[i + 1]!; p += 1) {
      const f = m.cols[p]!;
      const x = m.vals[p]!;
      const end = post.start[f + 1]!;
      for (let q = next[f]!; q < end; q += 1) out[base + post.rows[q]!]! += x * post.vals[q]!;
      next[f]! += 1;
    }
  }
  for (let i = 0; i < n; i += 1) {
    for (let j = i; j < n; j += 1) {
      const v = clamp01(out[i * n + j]!);
      out[i * n + j] = v;
      out[j * n + i] = v;
    }
  }
}

export function sharedFeatures(spec: VectorBlockSpec, a: FeatureVector, b: FeatureVector, limit: number): SharedFeature[] {
  const threshold = spec.threshold ?? 0;
  return Object.keys(a)
    .filter((f) => Object.hasOwn(b, f) && a[f]! > 0 && b[f]! > 0 && a[f]! >= threshold && b[f]! >= threshold)
    .sort((x, y) => Math.min(b[y]!, a[y]!) - Math.min(b[x]!, a[x]!) || (x < y ? -1 : 1))
    .slice(0, limit)
    .map((feature) => ({ block: spec.name, label: spec.label, feature, a: a[feature]!, b: b[feature]! }));
}

export function missingFeatures(spec: VectorBlockSpec, a: FeatureVector, b: FeatureVector, limit: number): MissingFeature[] {
  const threshold = spec.threshold ?? 0;
  const minGap = spec.explain === 'levels' ? (spec.minGap ?? 0.5) : 0;
  return Object.keys(b)
    .filter((f) => b[f]! >= threshold && b[f]! > 0)
    .map((feature) => {
      const has = Object.hasOwn(a, feature);
      const av = has ? a[feature]! : null;
      const gap = spec.explain === 'sets' ? (has ? 0 : b[feature]!) : b[feature]! - (av ?? 0);
      return { block: spec.name, label: spec.label, feature, a: av, b: b[feature]!, gap };
    })
    .filter((m) => m.gap > minGap)
    .sort((x, y) => y.gap - x.gap || (x.feature < y.feature ? -1 : 1))
    .slice(0, limit);
}
