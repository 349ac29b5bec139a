/**
 * The page's language, given to every component by renderPage. Components read their strings
 * with `useMessages(catalogue)` and build links with `useHref()`, so one component serves
 * both /careers/x and /hi/careers/x.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { localePath, type Locale } from '../i18n/locale.ts';
import type { Catalogue, Messages } from '../i18n/messages.ts';

export const LocaleContext = createContext<Locale>('en');

export const useLocale = (): Locale => useContext(LocaleContext);

export function useMessages<T extends Catalogue>(messages: Messages<T>): T {
  return messages[useContext(LocaleContext)];
}

/** Links to site pages in the page's language: href('/finder?q=x') → '/hi/finder?q=x' on a Hindi page. */
export function useHref(): (path: string) => string {
  const locale = useContext(LocaleContext);
  return (path) => localePath(locale, path);
}
