/**
 * Pieces for pages that mix the interface language with English content: career data,
 * skill names and the matcher's sentences are English until translated, and a screen reader
 * must know to read them as English (lang="en") on a Hindi page.
 */
import { toChildArray, type ComponentChildren } from 'preact';
import type { CareerTranslation } from '../careers/translation.schema.ts';
import type { Locale } from '../i18n/locale.ts';
import { useLocale } from './locale-context.tsx';

/** lang for an element holding English text: "en" on pages in another language, none on English pages. */
export const englishLang = (locale: Locale): 'en' | undefined => (locale === 'en' ? undefined : 'en');

/** English text on a page of any language: bare on English pages, in a span lang="en" elsewhere. */
export function English({ children }: { children: ComponentChildren }) {
  const lang = englishLang(useLocale());
  return lang ? <span lang={lang}>{children}</span> : <>{children}</>;
}

/**
 * A message with slots `{}` filled in order by the children, so a translated sentence puts a
 * link or a name (often English, with its own lang) where its word order wants it:
 * 'Save {}' / '{} सहेजें'.
 */
export function Fill({ text, children }: { text: string; children: ComponentChildren }) {
  const slots = toChildArray(children);
  const pieces = text.split('{}');
  return (
    <>
      {pieces.map((piece, i) => (
        <>
          {piece}
          {i < pieces.length - 1 ? slots[i] : null}
        </>
      ))}
    </>
  );
}

type Translated = { translations?: { hi?: Pick<CareerTranslation, 'title'> | undefined } | undefined } | undefined;

/** A career's title in `locale`: the profile's translated title when it has one, else the English title with lang "en" (none on English pages). */
export function careerTitle(locale: Locale, title: string, profile: Translated): { text: string; lang: 'en' | undefined } {
  const translated = locale === 'hi' ? profile?.translations?.hi?.title : undefined;
  return translated ? { text: translated, lang: undefined } : { text: title, lang: englishLang(locale) };
}

/** A career's title in the page's language; the English title, marked lang="en", when the profile is not translated. */
export function CareerName({ title, profile }: { title: string; profile: Translated }) {
  const { text, lang } = careerTitle(useLocale(), title, profile);
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}

type Named = { name: string; names?: Readonly<Partial<Record<'hi', string>>> | undefined } | undefined;

/** A category's name in `locale`: its translated name (content/vocabularies/categories.yaml) when there is one, else the English name with lang "en". */
export function categoryName(locale: Locale, english: string, category: Named): { text: string; lang: 'en' | undefined } {
  const translated = locale === 'hi' ? category?.names?.hi : undefined;
  return translated ? { text: translated, lang: undefined } : { text: english, lang: englishLang(locale) };
}

/** A category's name in the page's language; the English name, marked lang="en", when it has no translation. */
export function CategoryName({ english, category }: { english: string; category: Named }) {
  const { text, lang } = categoryName(useLocale(), english, category);
  return lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}
