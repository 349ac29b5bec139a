/**
 * Fuzzy lookup behind the skill vocabulary. Names (catalog skills and aliases) are indexed
 * by their distinct words — by the word itself, by its length and in sorted order — so a
 * typed word is compared only with words of a length it could be a typo of, prefixes are a
 * binary search, and a word that matches nothing ends the search at once. That keeps a
 * request of 50 nonsense skills nearly as cheap as one of 50 real ones.
 */
import { editDistance } from '../text/edit-distance.ts';
import { typoBudget } from './text.ts';

export interface Named<E> {
  words: string[];
  entry: E;
}

export interface Ranked {
  name: string;
  careers: number;
}

/** Words beyond these in one typed skill are ignored: no skill name is longer. */
export const MAX_TYPED_WORDS = 6;
/** Shorter (stemmed) words are matched exactly: one letter changed makes another word. */
const MIN_TYPO_WORD = 5;
/** Suggestions look at the first few typed words only: they are a hint, not a search. */
const SUGGESTION_WORDS = 3;

/**
 * exact: the same word; typo: within the typo budget of its length (see text.ts);
 * near (suggestions only): one edit even in a short word ("gti" → Git), or a prefix either way.
 */
export type Closeness = 'exact' | 'typo' | 'near';

export class WordIndex<E extends Ranked> {
  private readonly byWord = new Map<string, number[]>();
  private readonly byLength: string[][] = [];
  private readonly sorted: string[];

  constructor(private readonly names: ReadonlyArray<Named<E>>) {
    names.forEach((n, i) => {
      for (const w of new Set(n.words)) this.byWord.set(w, [...(this.byWord.get(w) ?? []), i]);
    });
    for (const w of this.byWord.keys()) (this.byLength[w.length] ??= []).push(w);
    this.sorted = [...this.byWord.keys()].sort();
  }

  private within(typed: string, budget: number, into: Set<string>) {
    for (let len = Math.max(1, typed.length - budget); len <= typed.length + budget; len++) {
      for (const w of this.byLength[len] ?? []) if (editDistance(typed, w, budget) <= budget) into.add(w);
    }
  }

  private prefixed(typed: string, into: Set<string>) {
    if (typed.length < 3) return;
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid]! < typed) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.sorted[i]!.startsWith(typed); i++) into.add(this.sorted[i]!);
    for (let len = MIN_TYPO_WORD; len < typed.length; len++) if (this.byWord.has(typed.slice(0, len))) into.add(typed.slice(0, len));
  }

  /** Indexes of the names holding a word this close to `typed`. */
  private holding(typed: string, closeness: Closeness): Set<number> {
    const words = new Set<string>();
    if (closeness === 'exact') words.add(typed);
    else if (closeness === 'typo') {
      // a typo needs a word long enough to carry one and the same first letter: "sing" is not "sign", "massage" not "passage"
      if (typed.length < MIN_TYPO_WORD) words.add(typed);
      else {
        const near = new Set<string>();
        this.within(typed, typoBudget(typed), near);
        for (const w of near) if (w[0] === typed[0]) words.add(w);
      }
    } else {
      // near: typos under the same rule as above, and words the typed one begins (or that begin it)
      const near = new Set<string>();
      if (typed.length >= 3) this.within(typed, Math.max(1, typoBudget(typed)), near);
      for (const w of near) if (w[0] === typed[0]) words.add(w);
      this.prefixed(typed, words);
    }
    const found = new Set<number>();
    for (const w of words) for (const i of this.byWord.get(w) ?? []) found.add(i);
    return found;
  }

  /**
   * The one entry whose name holds every typed word with the fewest extra words; 'ambiguous'
   * when another entry is as close and used by more than half as many careers — equally close
   * names are a question for the person, not a guess.
   */
  best(typed: string[], closeness: Closeness): E | 'ambiguous' | null {
    const words = typed.slice(0, MAX_TYPED_WORDS);
    let hits = new Set<number>();
    for (const [k, t] of words.entries()) {
      const holding = this.holding(t, closeness);
      hits = k === 0 ? holding : new Set([...hits].filter((i) => holding.has(i)));
      if (hits.size === 0) return null;
    }
    const ranked = [...hits]
      .map((i) => ({ entry: this.names[i]!.entry, extra: this.names[i]!.words.length - words.length }))
      .sort((a, b) => a.extra - b.extra || b.entry.careers - a.entry.careers || a.entry.name.localeCompare(b.entry.name));
    const first = ranked[0];
    if (!first) return null;
    const rival = ranked.find((h) => h.entry !== first.entry && h.extra === first.extra);
    return rival && rival.entry.careers * 2 > first.entry.careers ? 'ambiguous' : first.entry;
  }

  /** Up to three entries sharing the most of the first typed words (loosely), most used first. */
  suggestions(typed: string[]): string[] {
    const score = new Map<E, number>();
    for (const t of typed.slice(0, SUGGESTION_WORDS)) {
      const entries = new Set([...this.holding(t, 'near')].map((i) => this.names[i]!.entry));
      for (const e of entries) score.set(e, (score.get(e) ?? 0) + 1);
    }
    return [...score]
      .sort((a, b) => b[1] - a[1] || b[0].careers - a[0].careers || a[0].name.localeCompare(b[0].name))
      .slice(0, 3)
      .map(([e]) => e.name);
  }
}
