/**
 * The interests part: the share of the career's work that is of kinds the person enjoys.
 * Each kind's share (the career's derived profile) counts fully for "yes", half for
 * "maybe" or a skipped question, and not at all for "no".
 */
import type { IndexedCareer } from './career-index.ts';
import { INTEREST_KINDS } from './interest-questions.ts';
import type { Person } from './person.ts';

/** A kind of work is one of the career's main ones when it is at least this share of it. */
const MAIN_SHARE = 0.2;

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** 0..100, or null when the person skipped every question. */
export function interestsScore(career: IndexedCareer, person: Person): number | null {
  const answers = person.interests;
  if (!answers) return null;
  let score = 0;
  for (let d = 0; d < answers.length; d++) score += career.interests[d]! * answers[d]!;
  return score * 100;
}

export function interestsReason(career: IndexedCareer, person: Person): string {
  const answers = person.interests;
  if (!answers) return 'Not rated: you skipped the interest questions.';
  const main = career.interests
    .map((share, d) => ({ share, d }))
    .sort((a, b) => b.share - a.share || a.d - b.d)
    .filter((x, i) => i === 0 || x.share >= MAIN_SHARE)
    .slice(0, 2);
  const label = (d: number) => INTEREST_KINDS[d]!.label;
  const liked = main.filter((x) => answers[x.d] === 1).map((x) => label(x.d));
  const disliked = main.filter((x) => answers[x.d] === 0).map((x) => label(x.d));
  const share = `${Math.round(interestsScore(career, person)!)}% of its work is the kind you enjoy`;
  if (liked.length && disliked.length) return `It mixes ${list(liked)}, which you enjoy, with ${list(disliked)}, which you do not (${share}).`;
  if (liked.length) return `Its main work is ${list(liked)}, which you said you would enjoy.`;
  if (disliked.length) return `Its main work is ${list(disliked)}, which you said is not for you.`;
  return `Its main work, ${list(main.map((x) => label(x.d)))}, is something you were unsure about or skipped.`;
}
