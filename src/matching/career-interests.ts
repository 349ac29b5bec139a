/**
 * A career's interest profile: how its work splits across the kinds of work in
 * interest-questions.ts, derived from its own content. Four sources each vote with the
 * signal words they contain; their votes are normalised and blended by SOURCE_WEIGHTS.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { INTEREST_KINDS } from './interest-questions.ts';
import { tokens, type Tokenizer } from './text.ts';
import { IMPORTANCE_WEIGHT } from './levels.ts';

/** Why these weights: the category names the field outright; skills are the most detailed
 * evidence of the daily work; tasks confirm it; the role family only hints (e.g. "Engineer"). */
export const SOURCE_WEIGHTS = { category: 0.3, skills: 0.35, tasks: 0.25, roleFamily: 0.1 } as const;

const DIMS = INTEREST_KINDS.length;

interface Signal {
  words: string[];
  dims: number[];
}

/** Signals indexed by their first word, longest first, so "machine learning" wins over "learning". */
const SIGNALS: Map<string, Signal[]> = (() => {
  const byPhrase = new Map<string, Signal>();
  INTEREST_KINDS.forEach((kind, dim) => {
    for (const phrase of kind.signals) {
      const words = tokens(phrase);
      const key = words.join(' ');
      const signal = byPhrase.get(key) ?? { words, dims: [] };
      if (!signal.dims.includes(dim)) signal.dims.push(dim);
      byPhrase.set(key, signal);
    }
  });
  const index = new Map<string, Signal[]>();
  for (const signal of byPhrase.values()) {
    const list = index.get(signal.words[0]!) ?? [];
    list.push(signal);
    index.set(signal.words[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
})();

/** Adds `weight` to every kind of work `text` signals; returns how many signals it found. */
function vote(text: string, weight: number, into: number[], tokenize: Tokenizer): number {
  const t = tokenize(text);
  let found = 0;
  for (let i = 0; i < t.length;) {
    const signal = (SIGNALS.get(t[i]!) ?? []).find((s) => s.words.every((w, k) => t[i + k] === w));
    if (!signal) {
      i++;
      continue;
    }
    for (const dim of signal.dims) into[dim]! += weight / signal.dims.length;
    found++;
    i += signal.words.length;
  }
  return found;
}

function normalised(votes: number[]): number[] | null {
  const total = votes.reduce((s, v) => s + v, 0);
  return total > 0 ? votes.map((v) => v / total) : null;
}

function sourceVotes(texts: Array<[string, number]>, tokenize: Tokenizer): number[] | null {
  const votes = new Array<number>(DIMS).fill(0);
  for (const [text, weight] of texts) vote(text, weight, votes, tokenize);
  return normalised(votes);
}

/** The career's share of each kind of work, in INTEREST_KINDS order; the shares sum to 1. */
export function interestProfile(p: CareerProfile, tokenize: Tokenizer = tokens): number[] {
  const sources: Array<[number[] | null, number]> = [
    [sourceVotes([[p.category, 1]], tokenize), SOURCE_WEIGHTS.category],
    [
      sourceVotes(
        p.skills.map((s) => [s.type.replace(/_/g, ' '), IMPORTANCE_WEIGHT[s.importance]]),
        tokenize,
      ),
      SOURCE_WEIGHTS.skills,
    ],
    [
      sourceVotes(
        p.tasks.map((t) => [t.name, 1]),
        tokenize,
      ),
      SOURCE_WEIGHTS.tasks,
    ],
    [sourceVotes([[p.roleFamily, 1]], tokenize), SOURCE_WEIGHTS.roleFamily],
  ];
  const blended = new Array<number>(DIMS).fill(0);
  let used = 0;
  for (const [shares, weight] of sources) {
    if (!shares) continue;
    shares.forEach((s, d) => (blended[d]! += s * weight));
    used += weight;
  }
  // a career whose content signals nothing is treated as an even mix: no answer can favour it
  return used > 0 ? blended.map((v) => v / used) : new Array<number>(DIMS).fill(1 / DIMS);
}
