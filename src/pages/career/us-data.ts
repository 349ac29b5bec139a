/**
 * Which O*NET (US) facts an India career page may show. O*NET describes the US labour
 * market: its alternate titles for a linked occupation include jobs that are not this career
 * in India ("CEO" for an IAS officer, "CPA" for a chartered accountant), and its "hot" and "in
 * demand" flags are US hiring signals. The rule: a US title is shown only when every
 * distinctive word of it is a word of the profile's own titles (its title, job titles,
 * progression titles): "Software Engineer" for a backend developer, never "Certified Public
 * Accountant" for a chartered accountant,
 * and a technology only when the profile itself names it among its tools or skills; the page
 * labels the whole section as US data and drops the US demand flags.
 */
import type { CareerProfile } from '../../careers/career.schema.ts';
import { terms } from '../../finder/search-text.ts';
import { textKey } from '../../text/text-key.ts';

/** Words too general to tie two titles together. */
const GENERIC = new Set([
  'manager',
  'officer',
  'assistant',
  'senior',
  'junior',
  'chief',
  'head',
  'lead',
  'executive',
  'specialist',
  'worker',
  'staff',
  'associate',
]);

function ownWords(p: CareerProfile): Set<string> {
  const titles = [p.title, ...p.jobTitles.map((j) => j.title), ...p.progression.flatMap((s) => s.titles)];
  return new Set(titles.flatMap((t) => terms(t)).filter((w) => w.length > 2 && !GENERIC.has(w)));
}

export function relevantUsTitles(p: CareerProfile, titles: readonly string[]): string[] {
  const own = ownWords(p);
  const seen = new Set([p.title, ...p.jobTitles.map((j) => j.title)].map((t) => t.toLowerCase()));
  return titles.filter((t) => {
    const words = terms(t).filter((w) => w.length > 2 && !GENERIC.has(w));
    return !seen.has(t.toLowerCase()) && words.length > 0 && words.every((w) => own.has(w));
  });
}

export function relevantUsTechnology(p: CareerProfile, examples: readonly string[]): string[] {
  const named = [...p.tools.map((t) => t.name), ...p.skills.map((s) => s.name)].map(textKey);
  return examples.filter((e) => {
    const key = textKey(e);
    return key.length >= 3 && named.some((n) => n.includes(key) || key.includes(n));
  });
}
