/**
 * Content (career titles and summaries, category, skill and degree names, O*NET text) is shown
 * in the language it is written in. On a page in another language, English content is marked
 * lang="en" so a screen reader reads it with an English voice; where a career profile carries
 * a translation (`translations.hi`), its title and summary are shown instead.
 */
import { English } from './mixed-language.tsx';

/** Translated titles and summaries of careers in one language, by slug. */
export type CareerWords = Readonly<Record<string, { title: string; summary: string }>>;

/** A career's title or summary as the page shows it: translated when the profile has it, else the English words marked as English. */
export function CareerText({ slug, english, words, part = 'title' }: { slug: string; english: string; words: CareerWords; part?: 'title' | 'summary' }) {
  const translated = words[slug]?.[part];
  return translated ? <>{translated}</> : <English>{english}</English>;
}

/** The same as plain text, for attributes, options and page titles. */
export const titleIn = (words: CareerWords, slug: string, english: string): string => words[slug]?.title ?? english;
