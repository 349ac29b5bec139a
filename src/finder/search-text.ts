/**
 * Text handling for the finder's search index: one tokenizer for documents and queries, a
 * light plural stemmer, and a bounded edit distance for typo tolerance. Pure functions only.
 */

const STOPWORDS = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'of', 'on', 'or',
  'the', 'their', 'to', 'via', 'vs', 'with',
]);

/** "analysts" → "analyst", "processes" → "process", "salaries" → "salary"; "analysis" and "status" stay. */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|ch|sh|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Lower-case words without accents; `&` reads as "and"; "c++" and "c#" keep their sign. */
export function words(text: string): string[] {
  const normal = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ');
  return normal.match(/[a-z0-9]+[+#]*/g) ?? [];
}

/** Index terms of a text: words minus stopwords, stemmed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);
}

/**
 * Upper-case abbreviations written in the text itself ("CA", "MBBS", "UI/UX" gives "UI" and
 * "UX"): the evidence that a title's initials are a real abbreviation of it.
 */
export function abbreviations(text: string): Set<string> {
  return new Set((text.match(/\b[A-Z]{2,6}\b/g) ?? []).map((a) => a.toLowerCase()));
}

/** Initials of a title's words: "Chartered Accountant" → "ca". Parenthesised parts are skipped. */
export function initials(title: string): string {
  return words(title.replace(/\([^)]*\)/g, ' '))
    .filter((w) => !STOPWORDS.has(w))
    .map((w) => w[0])
    .join('');
}

/** One bit per letter a–z that occurs: a cheap necessary test before computing an edit distance. */
export function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    if (c >= 0 && c < 26) mask |= 1 << c;
  }
  return mask;
}

export function popcount(n: number): number {
  let x = n - ((n >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

const rowA = new Int32Array(64);
const rowB = new Int32Array(64);
const rowC = new Int32Array(64);

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours), or
 * `max + 1` as soon as it is known to exceed `max`. Words longer than 62 letters never match.
 */
export function editDistance(a: string, b: string, max: number): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n > 62 || m > 62) return max + 1;
  let prev2 = rowC;
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m]! <= max ? prev[m]! : max + 1;
}
