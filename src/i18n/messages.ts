/**
 * The message catalogue's shape. Each part of the interface keeps its strings in a
 * `<part>.messages.ts` beside its components as `defineMessages(en, hi)`: English is the
 * reference and its type is the contract, so a Hindi catalogue that misses a key, or gives
 * a function where English has a string, does not compile. Messages that take values are
 * functions, so word order is the translator's (Hindi puts the verb last).
 */
import type { Locale } from './locale.ts';

type Message = string | ((...args: never[]) => string) | readonly string[];
/** Messages, possibly grouped (labels of an enum, headings by section). */
type Entry = Message | { readonly [key: string]: Entry };
export type Catalogue = { readonly [key: string]: Entry };

/** Same keys, same kinds of value; the words are free. */
export type Translation<T extends Catalogue> = { readonly [K in keyof T]: T[K] extends string ? string : T[K] };

export type Messages<T extends Catalogue> = Readonly<Record<Locale, T>>;

export function defineMessages<T extends Catalogue>(en: T, hi: Translation<T>): Messages<T> {
  return { en, hi: hi as T };
}
