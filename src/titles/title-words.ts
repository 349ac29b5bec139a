/**
 * Words of a job title, for matching what people type against titles: lower case, accents
 * dropped, `c++`/`c#`/`.net` kept as words, level numerals unified ("SDE-II" = "sde 2"),
 * filler words dropped. `titleStem` groups forms of one word ("nurses" = "nurse").
 * Pure functions only.
 */
import { porterStem } from '../occupations/porter-stem.ts';

const FILLER = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const ROMAN = new Map([['i', '1'], ['ii', '2'], ['iii', '3'], ['iv', '4']]);

const stems = new Map<string, string>();
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = /^\d+$/.test(word) ? word : porterStem(word);
    stems.set(word, s);
  }
  return s;
}

/** Porter stem of a title word ("nurses" → "nurs"); numbers unchanged. */
export function titleStem(word: string): string {
  return stem(word);
}

/** The title's words in order (repeats kept), unstemmed. */
export function titleWords(text: string): string[] {
  const normal = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/c\+\+/g, ' cpp ')
    .replace(/c#/g, ' csharp ')
    .replace(/\.net\b/g, ' dotnet ')
    .replace(/&/g, ' and ');
  const out: string[] = [];
  for (const raw of normal.split(/[^a-z0-9]+/)) {
    if (raw === '' || FILLER.has(raw)) continue;
    // "SDE2", "L3": letters glued to a level number count as two words.
    const glued = /^([a-z]{2,})(\d{1,2})$/.exec(raw);
    const parts = glued ? [glued[1]!, glued[2]!] : [raw];
    for (const w of parts) out.push(ROMAN.get(w) ?? w);
  }
  return out;
}

/** One bit per letter a–z present: words whose masks differ in more than 2 × d letters are more than d edits apart. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

export function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) n += 1;
  return n;
}

/**
 * Damerau–Levenshtein distance (adjacent transpositions count 1) when it is at most `max`,
 * else `max + 1`. Bounded: stops as soon as every cell of a row exceeds `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}
