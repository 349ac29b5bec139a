import { foldText } from './normalize.ts';

/** "Finance & Accounting" → "finance-and-accounting": ASCII only, for URLs. */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
