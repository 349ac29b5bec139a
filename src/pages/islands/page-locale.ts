import type { Locale } from '../../i18n/locale.ts';

/** The language of the page an island runs on, from <html lang> (set by the layout from the URL). */
export const pageLocale = (): Locale => (document.documentElement.lang.startsWith('hi') ? 'hi' : 'en');
