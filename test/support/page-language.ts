/** Checks on a page's language: the <html lang> tag and the words inside <main>. */
import assert from 'node:assert/strict';
import { visibleText } from './html.ts';

/** Devanagari letters: Hindi words, never in an English interface string. */
export const DEVANAGARI = /[\u0900-\u097F]/;

/** The page's <main> element (the header and footer hold the language switch, in the other language). */
export function mainHtml(html: string): string {
  const main = /<main\b[\s\S]*<\/main>/.exec(html);
  assert.ok(main, 'the page has a <main>');
  return main[0];
}

/** The visible text of the page's <main>. */
export const mainText = (html: string): string => visibleText(mainHtml(html));

/** The page is served in `tag` (e.g. "hi-IN"). */
export function assertLang(html: string, tag: string): void {
  assert.match(html, new RegExp(`^<!doctype html><html lang="${tag}">`));
}
