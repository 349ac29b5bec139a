/**
 * Words of a job title, for matching what people type against titles: lower case, accents
 * dropped, `c++`/`c#`/`.net` kept as words, level numerals unified ("SDE-II" = "sde 2"),
 * filler words dropped. `titleStem` groups forms of one word ("nurses" = "nurse").
 * Pure functions only.
 */
import { memoize } from '../cache/lru.ts';
import { foldText } from './normalize.ts';
import { porterStem } from './porter-stem.ts';

const FILLER = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const ROMAN = new Map([
  ['i', '1'],
  ['ii', '2'],
  ['iii', '3'],
  ['iv', '4'],
]);

// Bounded: title resolution stems every word anyone searches for.
const stem = memoize((word: string) => (/^\d+$/.test(word) ? word : porterStem(word)), 20_000);

/** Porter stem of a title word ("nurses" → "nurs"); numbers unchanged. */
export function titleStem(word: string): string {
  return stem(word);
}

/** The title's words in order (repeats kept), unstemmed. */
export function titleWords(text: string): string[] {
  const normal = foldText(text)
    .replace(/c\+\+/g, ' cpp ')
    .replace(/c#/g, ' csharp ')
    .replace(/\.net\b/g, ' dotnet ');
  const out: string[] = [];
  for (const raw of normal.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (raw === '' || FILLER.has(raw)) continue;
    // "SDE2", "L3": letters glued to a level number count as two words.
    const glued = /^([a-z]{2,})(\d{1,2})$/.exec(raw);
    const parts = glued ? [glued[1]!, glued[2]!] : [raw];
    for (const w of parts) out.push(ROMAN.get(w) ?? w);
  }
  return out;
}
