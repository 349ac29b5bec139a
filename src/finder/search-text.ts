/**
 * The finder's view of text: index terms (the shared tokeniser, minus stop words, plural
 * stems) and the abbreviations and initials that let "CA" find Chartered Accountant.
 * Pure functions only.
 */
import { words } from '../text/normalize.ts';
import { pluralStem } from '../text/stem.ts';

const STOPWORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'it',
  'of',
  'on',
  'or',
  'the',
  'their',
  'to',
  'via',
  'vs',
  'with',
  // how people ask, in Hinglish and Hindi: "daktar kaise bane", "10वीं के बाद नौकरी" — the question words carry no career
  'kaise',
  'kaisa',
  'bane',
  'banu',
  'banna',
  'bante',
  'ki',
  'ka',
  'ke',
  'ko',
  'me',
  'mein',
  'se',
  'hai',
  'hota',
  'kya',
  'wala',
  'wali',
  'naukri',
  'job',
  'jobs',
  'career',
  'kaam',
  'कैसे',
  'बने',
  'बनें',
  'बनना',
  'की',
  'का',
  'के',
  'को',
  'में',
  'से',
  'है',
  'क्या',
  'बाद',
  'नौकरी',
  'काम',
  'करियर',
]);

/** Index terms of a text: words minus stopwords, stemmed. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOPWORDS.has(w))
    .map(pluralStem);
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
