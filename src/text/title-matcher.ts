/**
 * Typo-tolerant matching of a typed job title against a list of titles, each pointing at a
 * target (a career slug, an O*NET code). Pure and in memory; built once per data version.
 *
 * Scoring of one title for a query, 0–1:
 *
 *     kindWeight × queryCover × (0.6 + 0.4 × titleCover)
 *
 * - each query word finds its best spelling among the title's words: the same word 1,
 *   another form of it ("nurses" for "nurse", ≥ 4 letters) 0.9, a longer word it begins
 *   (≥ 3 letters) 0.8, one typo 0.75 (≥ 4 letters), two typos 0.55 (≥ 8 letters); words written apart or together ("front end", "fullstack")
 *   are joined or split when the titles spell them the other way;
 * - queryCover = Σ match × idf / Σ idf over the query words (a word no title holds counts
 *   with the largest idf, so "java nurse" does not fully match "Staff Nurse");
 * - titleCover = idf share of the title's words that were matched, so "Staff Nurse"
 *   beats "Staff Nurse Anesthetist" for "staff nurse";
 * - kindWeight ranks the sources (a career's own title above a progression title, an
 *   occupation's title above its alternate titles).
 *
 * A title matched by numbers alone ("2" in "sde 2") does not count. A target scores its best
 * title; targets below 30 (of 100), or below 40 % of the best one, are dropped as noise.
 */
import { editDistance, letterMask, popcount } from './edit-distance.ts';
import { titleStem, titleWords } from './title-words.ts';

export interface TitleEntry<T> {
  text: string;
  target: T;
  kind: string;
  /** 0–1, see kindWeight above. */
  weight: number;
}

export interface TitleMatch<T> {
  target: T;
  /** 0–100, one decimal. */
  score: number;
  /** The title that matched best, and where it came from. */
  title: string;
  kind: string;
}

const EXACT = 1;
const SAME_STEM = 0.9;
const PREFIX = 0.8;
const TYPO_1 = 0.75;
const TYPO_2 = 0.55;
const NOISE = 0.4;
const MIN_SCORE = 0.3;
const MAX_QUERY_WORDS = 8;
const MAX_PREFIX_TERMS = 300;

const isNumber = (w: string) => /^\d+$/.test(w);

export class TitleMatcher<T> {
  readonly size: number;
  private readonly entries: readonly TitleEntry<T>[];
  /** Word ids of each entry (unique). */
  private readonly entryWords: Int32Array[];
  private readonly entryWeight: Float64Array;
  private readonly words: string[] = [];
  private readonly wordId = new Map<string, number>();
  private readonly masks: Int32Array;
  private readonly idf: Float64Array;
  private readonly postings: Int32Array[];
  private readonly maxIdf: number;
  /** Stem → ids of the words with that stem. */
  private readonly stems = new Map<string, number[]>();
  /** Word ids by length, for the typo scan. */
  private readonly byLength = new Map<number, number[]>();
  /** Word ids in code-unit order of their word, for the prefix scan. */
  private readonly sorted: Int32Array;

  constructor(entries: readonly TitleEntry<T>[]) {
    this.entries = entries;
    this.size = entries.length;
    const lists: number[][] = [];
    this.entryWords = entries.map((e, i) => {
      const ids = [...new Set(titleWords(e.text))].map((w) => {
        let id = this.wordId.get(w);
        if (id === undefined) {
          id = this.words.push(w) - 1;
          this.wordId.set(w, id);
          lists.push([]);
        }
        lists[id]!.push(i);
        return id;
      });
      return Int32Array.from(ids);
    });
    this.postings = lists.map((l) => Int32Array.from(l));
    const n = Math.max(entries.length, 1);
    this.idf = Float64Array.from(lists, (l) => Math.log(1 + n / l.length));
    this.maxIdf = Math.log(1 + n);
    this.entryWeight = Float64Array.from(this.entryWords, (ids) => ids.reduce((sum, id) => sum + this.idf[id]!, 0));
    this.masks = Int32Array.from(this.words.map(letterMask));
    this.words.forEach((w, id) => {
      push(this.stems, titleStem(w), id);
      push(this.byLength, w.length, id);
    });
    this.sorted = Int32Array.from(this.words.map((_, id) => id).sort((a, b) => (this.words[a]! < this.words[b]! ? -1 : 1)));
  }

  /** The best `limit` targets for `query`, best first; empty when nothing matches. */
  match(query: string, limit: number): TitleMatch<T>[] {
    const queryWords = [...new Set(this.respace(titleWords(query)))].slice(0, MAX_QUERY_WORDS);
    if (queryWords.length === 0 || this.size === 0 || limit <= 0) return [];
    const alternatives = queryWords.map((w) => this.spellings(w));
    // A query word weighs as much as the word it most likely stands for (its best spelling,
    // the commoner on a tie); a word no title holds gets the largest idf.
    const weights = alternatives.map((alt) => {
      let best: [number, number] | null = null;
      for (const [id, factor] of alt) {
        if (!best || factor > best[1] || (factor === best[1] && this.idf[id]! < this.idf[best[0]]!)) best = [id, factor];
      }
      return best ? this.idf[best[0]]! : this.maxIdf;
    });
    const total = weights.reduce((sum, w) => sum + w, 0);

    const cover = new Map<number, number>();
    const matched = new Map<number, number>();
    const hasWord = new Set<number>();
    alternatives.forEach((alt, q) => {
      const best = new Map<number, [number, number]>();
      for (const [id, factor] of alt) {
        for (const e of this.postings[id]!) {
          const had = best.get(e);
          if (!had || had[0] < factor) best.set(e, [factor, id]);
        }
      }
      for (const [e, [factor, id]] of best) {
        cover.set(e, (cover.get(e) ?? 0) + (factor * weights[q]!) / total);
        matched.set(e, (matched.get(e) ?? 0) + this.idf[id]!);
        if (!isNumber(queryWords[q]!)) hasWord.add(e);
      }
    });

    const byTarget = new Map<T, { score: number; entry: number }>();
    for (const [e, queryCover] of cover) {
      if (!hasWord.has(e)) continue;
      const titleCover = this.entryWeight[e]! > 0 ? Math.min(1, matched.get(e)! / this.entryWeight[e]!) : 0;
      const entry = this.entries[e]!;
      const score = entry.weight * queryCover * (0.6 + 0.4 * titleCover);
      const had = byTarget.get(entry.target);
      if (!had || score > had.score || (score === had.score && e < had.entry)) byTarget.set(entry.target, { score, entry: e });
    }
    const ranked = [...byTarget.entries()].sort((a, b) => b[1].score - a[1].score || a[1].entry - b[1].entry);
    const top = ranked[0]?.[1].score ?? 0;
    return ranked
      .filter(([, m]) => m.score >= NOISE * top && m.score >= MIN_SCORE)
      .slice(0, limit)
      .map(([target, m]) => {
        const entry = this.entries[m.entry]!;
        return { target, score: Math.round(m.score * 1000) / 10, title: entry.text, kind: entry.kind };
      });
  }

  /**
   * "front end" → "frontend" and "fullstack" → "full stack", whichever the titles use: two
   * query words are joined when the titles hold the joined word; a word the titles do not
   * hold is split when they hold both halves.
   */
  private respace(words: string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < words.length; i += 1) {
      const w = words[i]!;
      const next = words[i + 1];
      if (next !== undefined && this.wordId.has(w + next)) {
        out.push(w + next);
        i += 1;
      } else if (!this.wordId.has(w) && w.length >= 5) {
        let split: string[] = [w];
        for (let k = 2; k <= w.length - 2; k += 1) {
          if (this.wordId.has(w.slice(0, k)) && this.wordId.has(w.slice(k))) {
            split = [w.slice(0, k), w.slice(k)];
            break;
          }
        }
        out.push(...split);
      } else out.push(w);
    }
    return out;
  }

  /** Words of the titles a query word may stand for (word id → match factor). */
  private spellings(word: string): Map<number, number> {
    const out = new Map<number, number>();
    const keep = (id: number, factor: number) => {
      if ((out.get(id) ?? 0) < factor) out.set(id, factor);
    };
    const exact = this.wordId.get(word);
    if (exact !== undefined) keep(exact, EXACT);
    if (isNumber(word)) return out;
    if (word.length >= 4) for (const id of this.stems.get(titleStem(word)) ?? []) if (this.words[id]!.length >= 4) keep(id, SAME_STEM);
    if (word.length >= 3) {
      let lo = 0;
      let hi = this.sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.words[this.sorted[mid]!]! < word) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo, seen = 0; i < this.sorted.length && seen < MAX_PREFIX_TERMS; i += 1, seen += 1) {
        const id = this.sorted[i]!;
        if (!this.words[id]!.startsWith(word)) break;
        if (id !== exact) keep(id, PREFIX);
      }
    }
    if (word.length < 4) return out;
    const max = word.length >= 8 ? 2 : 1;
    const mask = letterMask(word);
    for (let len = Math.max(4, word.length - max); len <= word.length + max; len += 1) {
      for (const id of this.byLength.get(len) ?? []) {
        if (popcount(mask ^ this.masks[id]!) > 2 * max) continue;
        const candidate = this.words[id]!;
        if (isNumber(candidate)) continue;
        const d = editDistance(word, candidate, max);
        if (d > 0 && d <= max) keep(id, d === 1 ? TYPO_1 : TYPO_2);
      }
    }
    return out;
  }
}

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
