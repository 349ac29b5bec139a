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
import { topK } from './top-k.ts';

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
  /** Target number of each entry (targets numbered in order of first appearance). */
  private readonly entryTarget: Int32Array;
  /** Each entry's kind weight (entries[e].weight), unboxed for the scoring loop. */
  private readonly kindWeight: Float64Array;
  private readonly scratch: Scratch;

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
    const targetNumber = new Map<T, number>();
    this.entryTarget = Int32Array.from(entries, (e) => {
      let t = targetNumber.get(e.target);
      if (t === undefined) targetNumber.set(e.target, (t = targetNumber.size));
      return t;
    });
    this.kindWeight = Float64Array.from(entries, (e) => e.weight);
    this.scratch = new Scratch(entries.length, targetNumber.size);
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

    const scratch = this.scratch;
    const targets: number[] = [];
    try {
      // per entry, over the query words: Σ best spelling factor × word weight, and Σ idf of the words matched
      alternatives.forEach((alt, q) => {
        let reached = 0;
        for (const [id, factor] of alt) {
          for (const e of this.postings[id]!) {
            if (scratch.wordFactor[e] === 0) scratch.wordTouched[reached++] = e;
            if (scratch.wordFactor[e]! < factor) {
              scratch.wordFactor[e] = factor;
              scratch.wordId[e] = id;
            }
          }
        }
        const counts = !isNumber(queryWords[q]!);
        for (let i = 0; i < reached; i++) {
          const e = scratch.wordTouched[i]!;
          if (scratch.seen[e] === 0) {
            scratch.seen[e] = 1;
            scratch.touched[scratch.count++] = e;
          }
          scratch.cover[e]! += (scratch.wordFactor[e]! * weights[q]!) / total;
          scratch.matched[e]! += this.idf[scratch.wordId[e]!]!;
          if (counts) scratch.hasWord[e] = 1;
          scratch.wordFactor[e] = 0;
        }
      });

      // each target's best entry: highest score, then the earlier entry
      for (let i = 0; i < scratch.count; i++) {
        const e = scratch.touched[i]!;
        if (scratch.hasWord[e] === 0) continue;
        const titleCover = this.entryWeight[e]! > 0 ? Math.min(1, scratch.matched[e]! / this.entryWeight[e]!) : 0;
        const score = this.kindWeight[e]! * scratch.cover[e]! * (0.6 + 0.4 * titleCover);
        const t = this.entryTarget[e]!;
        if (scratch.targetEntry[t] === -1) targets.push(t);
        else if (score < scratch.targetScore[t]! || (score === scratch.targetScore[t] && e > scratch.targetEntry[t]!)) continue;
        scratch.targetScore[t] = score;
        scratch.targetEntry[t] = e;
      }
      const { targetScore: score, targetEntry: entry } = scratch;
      const ranked = topK(targets, limit, (a, b) => score[a]! > score[b]! || (score[a] === score[b] && entry[a]! < entry[b]!));
      // ranked best first: its first is the top score (none when limit is 0, and then nothing is returned)
      const top = ranked.length > 0 ? score[ranked[0]!]! : 0;
      return ranked
        .filter((t) => scratch.targetScore[t]! >= NOISE * top && scratch.targetScore[t]! >= MIN_SCORE)
        .map((t) => {
          const entry = this.entries[scratch.targetEntry[t]!]!;
          return { target: entry.target, score: Math.round(scratch.targetScore[t]! * 1000) / 10, title: entry.text, kind: entry.kind };
        });
    } finally {
      scratch.reset(targets);
    }
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

/**
 * Working arrays of one match, sized to the entries and targets and reused by every call
 * (a match runs to the end synchronously, so calls never overlap): a query that touches
 * 30,000 of 230,000 titles allocates no map and clears only what it touched.
 */
class Scratch {
  readonly cover: Float64Array;
  readonly matched: Float64Array;
  readonly hasWord: Uint8Array;
  readonly seen: Uint8Array;
  /** The best factor and word id of the current query word, per entry. */
  readonly wordFactor: Float64Array;
  readonly wordId: Int32Array;
  readonly targetScore: Float64Array;
  /** -1: target not reached yet. */
  readonly targetEntry: Int32Array;
  /** Entries the match reached (the first `count`), and those the current query word reached. */
  readonly touched: Int32Array;
  count = 0;
  readonly wordTouched: Int32Array;

  constructor(entries: number, targets: number) {
    this.cover = new Float64Array(entries);
    this.matched = new Float64Array(entries);
    this.hasWord = new Uint8Array(entries);
    this.seen = new Uint8Array(entries);
    this.wordFactor = new Float64Array(entries);
    this.wordId = new Int32Array(entries);
    this.targetScore = new Float64Array(targets);
    this.targetEntry = new Int32Array(targets).fill(-1);
    this.touched = new Int32Array(entries);
    this.wordTouched = new Int32Array(entries);
  }

  reset(targets: readonly number[]): void {
    for (let i = 0; i < this.count; i++) {
      const e = this.touched[i]!;
      this.cover[e] = 0;
      this.matched[e] = 0;
      this.hasWord[e] = 0;
      this.seen[e] = 0;
    }
    this.count = 0;
    for (const t of targets) this.targetEntry[t] = -1;
  }
}

function push<K>(map: Map<K, number[]>, key: K, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
