/**
 * Bag-of-words tokens for comparing free text (task statements, job titles): lower-case
 * words, English stop words dropped, Porter-stemmed. Domain words shared by most
 * occupations ("work", "perform") are left in; IDF weighting in the index discounts them.
 */
import { memoize } from '../cache/lru.ts';
import { words } from './normalize.ts';
import { porterStem } from './porter-stem.ts';

const STOP_WORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each etc few for from further had has have
  having he her here hers him his how i if in into is it its itself just may me might more most must my no
  nor not of off on once only or other others our out over own same shall she should so some such such than
  that the their them then there these they this those through to too under until up upon very via was we
  were what when where which while who whom why will with within without would you your e g i e n/a`
    .split(/\s+/)
    .filter(Boolean),
);

// Bounded: an O*NET release has about 30,000 distinct words; text from requests adds more.
const stem = memoize(porterStem, 50_000);

/** The text's tokens in order (with repeats). Numbers are kept; single letters are not; "c++" counts as "c". */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of words(text)) {
    const word = raw.replace(/[+#]+$/, '');
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    out.push(stem(word));
  }
  return out;
}

/** A feature bag without a prototype, so tokens like "constructor" are plain keys. */
export function emptyBag(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

/** Adds `weight` per occurrence of each token (and, when `bigrams`, of each adjacent pair) to `bag`. */
export function addTokens(bag: Record<string, number>, text: string, weight = 1, bigrams = false): void {
  const list = tokens(text);
  list.forEach((t, i) => {
    bag[t] = (Object.hasOwn(bag, t) ? bag[t]! : 0) + weight;
    if (bigrams && i > 0) {
      const pair = `${list[i - 1]}_${t}`;
      bag[pair] = (Object.hasOwn(bag, pair) ? bag[pair]! : 0) + weight;
    }
  });
}
