/**
 * A pure, source-agnostic similarity engine over feature profiles.
 *
 * A profile is a set of named blocks. A *vector* block maps feature keys to numbers
 * (skill → importance, token → count, tool → weight); a *scalar* block is one number
 * (job zone, education level). Each block is compared on its own, giving a similarity in
 * 0–1, and the score is the weighted mean of the block similarities over the blocks both
 * profiles have, times 100. Hence, by construction:
 * - score(a, a) = 100 for any profile with at least one non-empty block;
 * - score(a, b) = score(b, a), bit for bit (same products, same summation order);
 * - `explain(a, b).blocks` adds up to the score, block by block.
 *
 * Vector blocks are transformed once, when the index is built: optional mean-centring
 * (per feature, over the profiles that have the block) and IDF weighting, then L2
 * normalisation; block similarity is the cosine, floored at 0. The transforms depend on
 * the whole population, so an index is valid for exactly the profiles it was built from:
 * rebuild it whenever a profile is added, removed or changed.
 */
import { postingsOf, type BlockMatrix, buildBlockMatrix } from './similarity-block.ts';
import { clamp01, missingFeatures, scalarMatrix, scalarRow, scalarSimilarity, sharedFeatures, vectorMatrix, vectorRow } from './similarity-kernels.ts';

import type {
  BlockContribution,
  BlockSpec,
  FeatureProfile,
  FeatureVector,
  MissingFeature,
  ScalarBlockSpec,
  SharedFeature,
  SimilarItem,
  SimilarityExplanation,
  VectorBlockSpec,
} from './similarity-types.ts';

export type * from './similarity-types.ts';

type Block = { spec: VectorBlockSpec; matrix: BlockMatrix } | { spec: ScalarBlockSpec; values: Float64Array };

export class SimilarityIndex {
  readonly size: number;
  private readonly profiles: readonly FeatureProfile[];
  private readonly position = new Map<string, number>();
  private readonly blocks: Block[];
  /** Bit b set when the profile has block b (at most 31 blocks). */
  private readonly masks: Int32Array;
  /** Sum of the weights of the blocks in a mask, indexed by mask. */
  private readonly weightOfMask: Float64Array;
  private scratch?: { num: Float64Array; sims: Float64Array };

  constructor(profiles: readonly FeatureProfile[], specs: readonly BlockSpec[]) {
    if (specs.length > 31) throw new Error('at most 31 blocks');
    this.profiles = profiles;
    this.size = profiles.length;
    profiles.forEach((p, i) => {
      if (this.position.has(p.id)) throw new Error(`duplicate profile id ${p.id}`);
      this.position.set(p.id, i);
    });
    this.blocks = specs.map((spec) => {
      if (spec.weight < 0) throw new Error(`block ${spec.name}: negative weight`);
      if (spec.kind === 'scalar') {
        const values = Float64Array.from(profiles, (p) => {
          const v = p.blocks[spec.name];
          return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
        });
        return { spec, values };
      }
      const matrix = buildBlockMatrix(profiles, spec);
      postingsOf(matrix); // built now, so that the first lookup is as fast as the rest
      return { spec, matrix };
    });
    this.masks = Int32Array.from(profiles, (_, i) => this.blocks.reduce((mask, block, b) => (hasBlock(block, i) ? mask | (1 << b) : mask), 0));
    // A lookup table while it stays small (≤ 16 blocks); beyond that, summed per pair.
    this.weightOfMask = new Float64Array(specs.length <= 16 ? 2 ** specs.length : 0);
    for (let m = 0; m < this.weightOfMask.length; m += 1) this.weightOfMask[m] = this.maskWeight(m);
  }

  indexOf(id: string): number {
    const i = this.position.get(id);
    if (i === undefined) throw new Error(`unknown profile ${id}`);
    return i;
  }

  profile(id: string): FeatureProfile {
    return this.profiles[this.indexOf(id)]!;
  }

  ids(): string[] {
    return this.profiles.map((p) => p.id);
  }

  /** Similarity 0–100 (unrounded) of a and b. */
  score(a: string, b: string): number {
    const i = this.indexOf(a);
    const j = this.indexOf(b);
    let num = 0;
    this.blocks.forEach((block, k) => {
      if ((this.masks[i]! & this.masks[j]! & (1 << k)) !== 0) num += block.spec.weight * this.blockSimilarity(block, i, j);
    });
    const den = this.pairWeight(i, j);
    return den > 0 ? (100 * num) / den : 0;
  }

  /** Scores of `id` against every profile (index order), 0–100 unrounded. One row of the matrix. */
  row(id: string): Float64Array {
    return Float64Array.from(this.fillRow(this.indexOf(id)));
  }

  /** The k most similar other profiles, best first; ties broken by id for a stable order. */
  topK(id: string, k: number, filter?: (other: FeatureProfile) => boolean): SimilarItem[] {
    const i = this.indexOf(id);
    return this.rank(i, this.fillRow(i), k, filter);
  }

  /** Row i into a reused buffer (valid until the next call): lookups allocate almost nothing. */
  private fillRow(i: number): Float64Array {
    this.scratch ??= { num: new Float64Array(this.size), sims: new Float64Array(this.size) };
    const { num, sims } = this.scratch;
    num.fill(0);
    this.blocks.forEach((block, k) => {
      if ((this.masks[i]! & (1 << k)) === 0 || block.spec.weight === 0) return;
      sims.fill(0);
      if ('values' in block) scalarRow(block.values, block.spec.range, i, sims);
      else vectorRow(block.matrix, i, sims);
      for (let j = 0; j < this.size; j += 1) num[j]! += block.spec.weight * sims[j]!;
    });
    for (let j = 0; j < this.size; j += 1) {
      const den = this.pairWeight(i, j);
      num[j] = den > 0 ? (100 * num[j]!) / den : 0;
    }
    return num;
  }

  /**
   * The full score matrix (0–100, unrounded, row-major n × n, diagonal included). Each
   * block's upper triangle is computed from the feature postings and mirrored.
   */
  matrix(): Float64Array {
    const n = this.size;
    const num = new Float64Array(n * n);
    const sims = new Float64Array(n * n);
    this.blocks.forEach((block, b) => {
      if (block.spec.weight === 0) return;
      sims.fill(0);
      if ('values' in block) scalarMatrix(block.values, block.spec.range, sims);
      else vectorMatrix(block.matrix, sims);
      const w = block.spec.weight;
      for (let i = 0; i < n; i += 1) {
        if ((this.masks[i]! & (1 << b)) === 0) continue;
        const base = i * n;
        for (let j = 0; j < n; j += 1) num[base + j]! += w * sims[base + j]!;
      }
    });
    for (let i = 0; i < n; i += 1) {
      const base = i * n;
      for (let j = 0; j < n; j += 1) {
        const den = this.pairWeight(i, j);
        num[base + j] = den > 0 ? (100 * num[base + j]!) / den : 0;
      }
    }
    return num;
  }

  /** Top-k for every profile at once (id → list, in index order), from `matrix()`. */
  allTopK(k: number, filter?: (other: FeatureProfile) => boolean): Map<string, SimilarItem[]> {
    const n = this.size;
    const all = this.matrix();
    const out = new Map<string, SimilarItem[]>();
    for (let i = 0; i < n; i += 1) out.set(this.profiles[i]!.id, this.rank(i, all.subarray(i * n, (i + 1) * n), k, filter));
    return out;
  }

  /** The score of a and b, split by block, with the features that explain it. */
  explain(a: string, b: string, limit = 5): SimilarityExplanation {
    const i = this.indexOf(a);
    const j = this.indexOf(b);
    const den = this.pairWeight(i, j);
    const blocks: BlockContribution[] = [];
    const shared: SharedFeature[] = [];
    const missing: MissingFeature[] = [];
    this.blocks.forEach((block, k) => {
      if ((this.masks[i]! & this.masks[j]! & (1 << k)) === 0 || den === 0) return;
      const similarity = this.blockSimilarity(block, i, j);
      const weight = block.spec.weight / den;
      blocks.push({ name: block.spec.name, label: block.spec.label, weight, similarity, points: 100 * weight * similarity });
      if ('matrix' in block && block.spec.explain) {
        const fa = this.profiles[i]!.blocks[block.spec.name] as FeatureVector;
        const fb = this.profiles[j]!.blocks[block.spec.name] as FeatureVector;
        const label = (f: string) => labelOf(this.profiles[j]!, block.spec.name, f) ?? labelOf(this.profiles[i]!, block.spec.name, f) ?? f;
        shared.push(...sharedFeatures(block.spec, fa, fb, limit).map((x) => ({ ...x, feature: label(x.feature) })));
        missing.push(...missingFeatures(block.spec, fa, fb, limit).map((x) => ({ ...x, feature: label(x.feature) })));
      }
    });
    const score = blocks.reduce((sum, c) => sum + c.points, 0);
    return { a, b, score, blocks, shared, missing };
  }

  private blockSimilarity(block: Block, i: number, j: number): number {
    if ('values' in block) return scalarSimilarity(block.values[i]!, block.values[j]!, block.spec.range);
    const m = block.matrix;
    // Merge the two sorted rows: ascending feature order, as in vectorRow and vectorMatrix,
    // so a pair gets the same floating-point sum whichever way it is computed.
    let p = m.rowStart[i]!;
    let q = m.rowStart[j]!;
    const pEnd = m.rowStart[i + 1]!;
    const qEnd = m.rowStart[j + 1]!;
    let dot = 0;
    while (p < pEnd && q < qEnd) {
      const fp = m.cols[p]!;
      const fq = m.cols[q]!;
      if (fp === fq) {
        dot += m.vals[p]! * m.vals[q]!;
        p += 1;
        q += 1;
      } else if (fp < fq) p += 1;
      else q += 1;
    }
    return clamp01(dot);
  }

  private pairWeight(i: number, j: number): number {
    const mask = this.masks[i]! & this.masks[j]!;
    return mask < this.weightOfMask.length ? this.weightOfMask[mask]! : this.maskWeight(mask);
  }

  private maskWeight(mask: number): number {
    let w = 0;
    this.blocks.forEach((block, b) => {
      if ((mask & (1 << b)) !== 0) w += block.spec.weight;
    });
    return w;
  }

  /** Partial selection of the k best (score desc, then id asc); no full sort of n items. */
  private rank(i: number, row: Float64Array, k: number, filter?: (other: FeatureProfile) => boolean): SimilarItem[] {
    const ids = this.profiles;
    const better = (x: number, y: number) => row[x]! > row[y]! || (row[x] === row[y] && ids[x]!.id < ids[y]!.id);
    const top: number[] = [];
    for (let j = 0; j < this.size; j += 1) {
      if (j === i || k <= 0) continue;
      if (top.length === k && !better(j, top[k - 1]!)) continue;
      if (filter && !filter(ids[j]!)) continue;
      let pos = top.length < k ? top.push(j) - 1 : k - 1;
      top[pos] = j;
      while (pos > 0 && better(top[pos]!, top[pos - 1]!)) {
        [top[pos], top[pos - 1]] = [top[pos - 1]!, top[pos]!];
        pos -= 1;
      }
    }
    return top.map((j) => ({ id: ids[j]!.id, title: ids[j]!.title, score: round1(row[j]!) }));
  }
}

function hasBlock(block: Block, i: number): boolean {
  return 'values' in block ? !Number.isNaN(block.values[i]!) : block.matrix.norms[i]! > 0;
}

function labelOf(profile: FeatureProfile, block: string, key: string): string | undefined {
  const labels = profile.labels?.[block];
  return labels && Object.hasOwn(labels, key) ? labels[key] : undefined;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
