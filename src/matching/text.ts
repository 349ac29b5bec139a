/**
 * Word-level text helpers shared by the vocabularies and the matcher: tokens with a light
 * plural stem, and a bounded edit distance for typo tolerance. Pure functions, no state.
 */

const STOPWORDS = new Set([
  'a', 'an', 'and', 'as', 'at', 'basic', 'basics', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or',
  'skill', 'skills', 'the', 'to', 'using', 'with', 'your', 'fundamental', 'fundamentals', 'knowledge',
]);

/**
 * A light stem: "APIs" → "api", "databases" → "database", "accounting" → "account",
 * "modelling" → "model". Words ending in -ss, -us and longer ones in -is ("analysis") keep their s. Both sides of every
 * comparison are stemmed the same way, so an odd stem ("coding" → "cod") still matches itself.
 */
export function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) {
    const root = word.slice(0, -3);
    return /([bdglmnprt])\1$/.test(root) ? root.slice(0, -1) : root;
  }
  if (word.length > 3 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !/(ss|us)$/.test(word) && !(word.length > 4 && word.endsWith('is'))) return word.slice(0, -1);
  return word;
}

/** Lower-case words (letters, digits, + and #), accents and punctuation removed; dots join ("B.Tech" → "btech"). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/(\w)\.(?=\w)/g, '$1')
    .replace(/[^a-z0-9+#]+/g, ' ')
    .split(' ')
    .filter(Boolean);
}

/** Distinctive, stemmed words: the unit every fuzzy comparison here works on. */
export function tokens(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(stem);
}

export type Tokenizer = (text: string) => string[];

/** tokens(), memoised for one batch of work: indexing a catalog meets the same names again and again. */
export function tokenCache(): Tokenizer {
  const memo = new Map<string, string[]>();
  return (text) => {
    let t = memo.get(text);
    if (t === undefined) {
      t = tokens(text);
      memo.set(text, t);
    }
    return t;
  };
}

/** Three reusable rows for editDistance: it is called thousands of times per fuzzy lookup. */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal-string-alignment distance (a swap of two neighbours counts as one edit), giving up
 * once it exceeds `max`: returns `max + 1` then, so callers only compare against their budget.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length + 1 > rows[0]!.length) rows = rows.map(() => new Int32Array(b.length + 1));
  let [prev2, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) d = Math.min(d, prev2[j - 2]! + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length]!;
}

/** Typos forgiven in a word of this length: none below 4 letters ("sql", "git" must be exact), 1 up to 8, then 2. */
export function typoBudget(word: string): number {
  if (word.length < 4) return 0;
  return word.length <= 8 ? 1 : 2;
}

/** Whether `typed` is `known` give or take the typos its length allows. */
export function closeWord(typed: string, known: string): boolean {
  if (typed === known) return true;
  const budget = typoBudget(typed);
  return budget > 0 && editDistance(typed, known, budget) <= budget;
}
