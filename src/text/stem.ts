/**
 * Light English stemmers for short texts (titles, skills, degrees). Both sides of every
 * comparison are stemmed the same way, so an odd stem ("coding" → "cod") still matches
 * itself. Longer free text (task statements) uses the Porter stemmer (porter-stem.ts).
 * Words in other scripts are returned unchanged.
 */

/** Plurals only: "analysts" → "analyst", "processes" → "process", "salaries" → "salary"; "analysis" and "status" stay, "apis" → "api". */
export function pluralStem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:ss|x|ch|sh|z)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us)$/.test(word) && !(word.length > 4 && word.endsWith('is'))) return word.slice(0, -1);
  return word;
}

/** Plurals and -ing: "APIs" → "api", "accounting" → "account", "modelling" → "model". */
export function lightStem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) {
    const root = word.slice(0, -3);
    return /([bdglmnprt])\1$/.test(root) ? root.slice(0, -1) : root;
  }
  return pluralStem(word);
}
