/**
 * Content (career titles and summaries, category, skill and degree names, O*NET text) is shown
 * in the language it is written in. On a page in another language, English content is marked
 * lang="en" so a screen reader reads it with an English voice; where a career profile carries
 * a translation (`translations.hi`), its title and summary are shown instead.
 */
import type { Locale } from '../i18n/locale.ts';
import { useLocale } from './locale-context.tsx';

/** Translated titles and summaries of careers in one language, by slug. */
export type CareerWords = Readonly<Record<string, { title: string; summary: string }>>;

/** The lang attribute of English content on a page in `locale`: "en" on a Hindi page, none on an English one. */
export const englishIn = (locale: Locale): 'en' | undefined => (locale === 'en' ? undefined : 'en');

/** English content text, marked as English on a page in another language. */
export function En({ children }: { children: string }) {
  const lang = englishIn(useLocale());
  return lang ? <span lang={lang}>{children}</span> : <>{children}</>;
}

/** A career's title or summary as the page shows it: translated when the profile has it, else the English words marked as English. */
export function CareerText({ slug, english, words, part = 'title' }: { slug: string; english: string; words: CareerWords; part?: 'title' | 'summary' }) {
  const translated = words[slug]?.[part];
  return translated ? <>{translated}</> : <En>{english}</En>;
}

/** The same as plain text, for attributes, options and page titles. */
export const careerTitle = (words: CareerWords, slug: string, english: string): string => words[slug]?.title ?? english;
