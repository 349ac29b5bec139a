/**
 * Interface languages. English pages live at their plain paths, Hindi pages at the same
 * path under /hi; the language is carried in the URL only (no cookie, no Accept-Language
 * guessing), so a shared link opens in the language it was shared in.
 */
export const LOCALES = ['en', 'hi'] as const;
export type Locale = (typeof LOCALES)[number];

/** URL prefix of a language's pages: '' for English. */
export const localePrefix = (locale: Locale): string => (locale === 'en' ? '' : `/${locale}`);

/** The path of the same page in `locale`: '/careers/x' → '/hi/careers/x'; '/' → '/hi'. */
export function localePath(locale: Locale, path: string): string {
  const prefix = localePrefix(locale);
  if (!prefix) return path;
  return path === '/' ? prefix : path.startsWith('/?') ? `${prefix}${path.slice(1)}` : `${prefix}${path}`;
}

/** The language of a page URL, and its path with the language prefix removed. */
export function splitLocale(url: string): { locale: Locale; path: string } {
  for (const locale of LOCALES) {
    const prefix = localePrefix(locale);
    if (!prefix) continue;
    if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`)) {
      const rest = url.slice(prefix.length);
      return { locale, path: rest.startsWith('/') ? rest : `/${rest}` };
    }
  }
  return { locale: 'en', path: url };
}

/** BCP 47 tags for lang= and hreflang=. */
export const LANGUAGE_TAGS: Record<Locale, string> = { en: 'en-IN', hi: 'hi-IN' };
