/** Translated career words of a catalog snapshot, computed once per snapshot and language (server side only). */
import { derived, type CatalogSnapshot } from '../catalog/snapshot.ts';
import type { Locale } from '../i18n/locale.ts';
import type { CareerProfile } from '../careers/career.schema.ts';
import type { CareerWords } from './content-words.tsx';

/** The translated words of `profiles` in `locale`; empty for English and for untranslated careers. */
export function careerWordsOf(profiles: ReadonlyArray<Pick<CareerProfile, 'slug' | 'translations'>>, locale: Locale): CareerWords {
  if (locale === 'en') return {};
  const words: Record<string, { title: string; summary: string }> = {};
  for (const p of profiles) {
    const t = p.translations?.[locale];
    if (t) words[p.slug] = { title: t.title, summary: t.summary };
  }
  return words;
}

const hindi = derived((snapshot) => careerWordsOf(snapshot.catalog.profiles, 'hi'));

export const snapshotWords = (snapshot: CatalogSnapshot, locale: Locale): CareerWords => (locale === 'hi' ? hindi(snapshot) : {});
