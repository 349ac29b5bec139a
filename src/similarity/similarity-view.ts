/**
 * An engine explanation as API and pages show it: the features both sides have and the
 * ones the first would need, each named with its block's label ("Skills", "Technology").
 */
import type { SimilarityExplanation } from './similarity.ts';

export interface SharedNote {
  kind: string;
  name: string;
}

export interface MissingNote {
  kind: string;
  name: string;
  /** How much more the other side needs, on the block's scale (1 for a missing tool). */
  gap: number;
}

export interface ExplainedScore {
  shared: SharedNote[];
  missing: MissingNote[];
}

/** Blocks whose features repeat another block's (the level block of curated skills). */
const SHADOW_BLOCKS = new Set(['careerSkillLevels']);

/**
 * Round-robin over the blocks, so a long skill list does not crowd out technology; the
 * `first` blocks (e.g. a curated career's own skills and tools) go before all others.
 */
function interleave<T extends { block: string }>(items: T[], limit: number, first: readonly string[]): T[] {
  const out: T[] = [];
  for (const tier of [items.filter((i) => first.includes(i.block)), items.filter((i) => !first.includes(i.block))]) {
    const groups = new Map<string, T[]>();
    for (const item of tier) {
      const g = groups.get(item.block);
      if (g) g.push(item);
      else groups.set(item.block, [item]);
    }
    for (let round = 0; out.length < limit && [...groups.values()].some((g) => g.length > round); round += 1) {
      for (const g of groups.values()) if (g[round] && out.length < limit) out.push(g[round]!);
    }
  }
  return out;
}

/** Shared and missing features of an explanation, at most `limit` each, `first` blocks first. */
export function explainedScore(e: SimilarityExplanation, limit = 8, first: readonly string[] = []): ExplainedScore {
  const seen = new Set<string>();
  const fresh = (side: string, name: string) => {
    const key = `${side}\0${name.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const shared = interleave(
    e.shared.filter((f) => !SHADOW_BLOCKS.has(f.block) && fresh('shared', f.feature)),
    limit,
    first,
  );
  const missing = interleave(
    e.missing.filter((f) => !SHADOW_BLOCKS.has(f.block) && fresh('missing', f.feature)),
    limit,
    first,
  );
  return {
    shared: shared.map((f) => ({ kind: f.label, name: f.feature })),
    missing: missing.map((f) => ({ kind: f.label, name: f.feature, gap: Math.round(f.gap * 100) / 100 })),
  };
}
