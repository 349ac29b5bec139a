/**
 * Word-level text helpers shared by the vocabularies and the matcher: the shared tokeniser
 * with dotted names joined ("B.Tech" → "btech"), stop words of skill and degree names, the
 * light stem, and the typo budget. Pure functions, no state.
 */
import { editDistance } from '../text/edit-distance.ts';
import { words as splitWords } from '../text/normalize.ts';
import { lightStem } from '../text/stem.ts';

const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'basic',
  'basics',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'skill',
  'skills',
  'the',
  'to',
  'using',
  'with',
  'your',
  'fundamental',
  'fundamentals',
  'knowledge',
]);

/** Lower-case words (letters, digits, + and #), accents and punctuation removed; dots join ("B.Tech" → "btech"). */
export function words(text: string): string[] {
  return splitWords(text, { joinDots: true });
}

/** Distinctive, stemmed words: the unit every fuzzy comparison here works on. */
export function tokens(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(lightStem);
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
