/**
 * One vector block of a similarity index: the profiles' features as a sparse row matrix
 * (CSR) after the block's transforms, each row L2-normalised, plus feature postings
 * (CSC) for row and all-pairs queries.
 */
import type { FeatureProfile, FeatureVector, VectorBlockSpec } from './similarity-types.ts';

export interface BlockMatrix {
  /** Row i's entries are rowStart[i] .. rowStart[i + 1] - 1, features ascending. */
  rowStart: Int32Array;
  cols: Int32Array;
  vals: Float64Array;
  /** 1 for rows with a non-zero vector, 0 for rows without the block. */
  norms: Float64Array;
  features: string[];
  postings?: Postings;
}

export interface Postings {
  start: Int32Array;
  rows: Int32Array;
  vals: Float64Array;
}

export function buildBlockMatrix(profiles: readonly FeatureProfile[], spec: VectorBlockSpec): BlockMatrix {
  const vectors = profiles.map((p) => {
    const v = p.blocks[spec.name];
    return typeof v === 'object' && v !== null && Object.keys(v).length > 0 ? v : null;
  });
  const present = vectors.filter((v): v is FeatureVector => v !== null);
  const df = new Map<string, number>();
  for (const v of present) {
    for (const [f, x] of Object.entries(v)) if (x !== 0) df.set(f, (df.get(f) ?? 0) + 1);
  }
  const maxDf = (spec.maxDf ?? 1) * present.length;
  const features = [...df.keys()].filter((f) => df.get(f)! >= (spec.minDf ?? 1) && df.get(f)! <= maxDf).sort();
  const column = new Map(features.map((f, i) => [f, i]));
  const power = spec.power ?? 1;
  const value = (x: number) => (power === 1 ? x : Math.sign(x) * Math.abs(x) ** power);

  const mean = new Float64Array(features.length);
  if (spec.centre && present.length > 0) {
    for (const v of present)
      for (const [f, x] of Object.entries(v)) {
        const c = column.get(f);
        if (c !== undefined) mean[c]! += value(x);
      }
    for (let c = 0; c < mean.length; c += 1) mean[c]! /= present.length;
  }
  const idf = Float64Array.from(features, (f) => (spec.idf ? Math.log(1 + present.length / df.get(f)!) : 1));

  const rowStart = new Int32Array(profiles.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  const norms = new Float64Array(profiles.length);
  // Centring makes every feature non-zero, so centred rows are built densely (their
  // vocabularies are small: rating elements); other rows stay sparse (token vocabularies).
  const dense = spec.centre ? new Float64Array(features.length) : null;
  vectors.forEach((v, i) => {
    rowStart[i] = cols.length;
    if (v === null) return;
    let entries: Array<[number, number]> = [];
    for (const [f, x] of Object.entries(v)) {
      const c = column.get(f);
      if (c !== undefined && x !== 0) entries.push([c, value(x)]);
    }
    if (entries.length === 0) return;
    if (dense) {
      dense.fill(0);
      for (const [c, x] of entries) dense[c] = x;
      entries = Array.from(dense, (x, c) => [c, x - mean[c]!] as [number, number]);
    } else entries.sort((a, b) => a[0] - b[0]);
    let norm = 0;
    for (const e of entries) {
      e[1] *= idf[e[0]]!;
      norm += e[1] * e[1];
    }
    if (norm <= 1e-12) return;
    const scale = 1 / Math.sqrt(norm);
    for (const [c, x] of entries) {
      if (x === 0) continue;
      cols.push(c);
      vals.push(x * scale);
    }
    norms[i] = 1;
  });
  rowStart[profiles.length] = cols.length;
  return { rowStart, cols: Int32Array.from(cols), vals: Float64Array.from(vals), norms, features };
}

/** Feature → rows holding it (rows ascending), built on first call and kept on the matrix. */
export function postingsOf(m: BlockMatrix): Postings {
  if (m.postings) return m.postings;
  const nf = m.features.length;
  const start = new Int32Array(nf + 1);
  for (let p = 0; p < m.cols.length; p += 1) start[m.cols[p]! + 1]! += 1;
  for (let f = 0; f < nf; f += 1) start[f + 1]! += start[f]!;
  const fill = Int32Array.from(start.subarray(0, nf));
  const rows = new Int32Array(m.cols.length);
  const vals = new Float64Array(m.cols.length);
  const n = m.norms.length;
  for (let i = 0; i < n; i += 1) {
    for (let p = m.rowStart[i]!; p < m.rowStart[i + 1]!; p += 1) {
      const f = m.cols[p]!;
      rows[fill[f]!] = i;
      vals[fill[f]!] = m.vals[p]!;
      fill[f]! += 1;
    }
  }
  m.postings = { start, rows, vals };
  return m.postings;
}
