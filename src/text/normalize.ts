/**
 * The one text normaliser and tokeniser. Every domain splits text into words here and then
 * applies its own rules (stop words, stems) on top.
 *
 * Normalising: Unicode NFKD, Latin accents dropped ("café" → "cafe"), recomposed as NFC,
 * lower case, `&` read as "and". Devanagari (and every other script) keeps its vowel signs
 * (matras), viramas and nuktas, so "डॉक्टर" stays one whole word.
 */

/** Combining marks of Latin letters only; other scripts' marks are part of their words. */
const LATIN_ACCENTS = /[\u0300-\u036f]/g;

export function foldText(text: string): string {
  return text.normalize('NFKD').replace(LATIN_ACCENTS, '').normalize('NFC').toLowerCase().replace(/&/g, ' and ');
}

// A word starts with a letter or digit, continues with letters, marks and digits, and may end in
// + or # ("c++", "c#"). With `joinDots`, a dot between two word characters is dropped ("b.tech" → "btech").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*[+#]*/gu;
const INNER_DOT = /([\p{L}\p{N}])\.(?=[\p{L}\p{N}])/gu;

export interface WordOptions {
  /** Read "B.Tech" as "btech" and "Node.js" as "nodejs" (degree and skill names), not as two words. */
  joinDots?: boolean;
}

/** The words of `text`, folded, in order, repeats kept. */
export function words(text: string, { joinDots = false }: WordOptions = {}): string[] {
  const folded = foldText(text);
  return (joinDots ? folded.replace(INNER_DOT, '$1') : folded).match(WORD) ?? [];
}

/** Whether a word is written in Devanagari (Hindi, Marathi, …). */
export function isDevanagari(word: string): boolean {
  return /[\u0900-\u097f]/.test(word);
}
