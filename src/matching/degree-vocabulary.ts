/**
 * The degree vocabulary: every degree the catalog's education options name, each with its
 * usual level. Free text resolves to one entry: exact name, a known alias, or the entry
 * sharing the most words (typos forgiven). Text sharing nothing with any entry is unknown.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { slugify } from '../text/slugify.ts';
import { textKey } from '../text/text-key.ts';
import { degreeTags, levelRank, type DegreeFacts } from './degree-tags.ts';

export type { DegreeFacts };
import { closeWord, words } from './text.ts';

export interface DegreeEntry {
  id: string;
  degree: string;
  level: string;
  /** How many careers list it as a route. */
  careers: number;
}

export type DegreeResolution =
  { input: string; entry: DegreeEntry; how: 'exact' | 'alias' | 'nearest' } | { input: string; entry: null; suggestions: string[] };

export interface DegreeVocabulary {
  readonly entries: readonly DegreeEntry[];
  resolve(input: string): DegreeResolution;
  facts(entry: DegreeEntry): DegreeFacts;
}

/** Common ways of writing a degree → the catalog's name for it. */
export const DEGREE_ALIASES: Record<string, string> = {
  engineering: 'B.Tech / BE',
  'bachelor of engineering': 'B.Tech / BE',
  'bachelor of technology': 'B.Tech / BE',
  'master of technology': 'M.Tech / ME',
  'bachelor of commerce': 'B.Com',
  'master of commerce': 'M.Com',
  'bachelor of arts': 'BA',
  'bachelor of science': 'B.Sc',
  'bachelor of computer applications': 'BCA',
  'master of computer applications': 'MCA',
  'bachelor of business administration': 'BBA',
  'master of business administration': 'MBA',
  'computer science engineering': 'B.Tech / BE CSE or IT',
  'class 12': 'Class 12 (Any stream)',
  '12th': 'Class 12 (Any stream)',
  '12th pass': 'Class 12 (Any stream)',
  hsc: 'Class 12 (Any stream)',
  puc: 'Class 12 (Any stream)',
  bipc: 'Class 12 (Science PCB)',
  mpc: 'Class 12 (Science PCM)',
  'class 10': 'No degree',
  '10th': 'No degree',
  sslc: 'No degree',
  matriculation: 'No degree',
  none: 'No degree',
  'chartered accountant': 'CA',
  'company secretary': 'CS (ICSI)',
  diploma: 'Diploma (Polytechnic)',
  graduate: 'B.Com / B.A. / Other Graduate',
  'any graduate': 'B.Com / B.A. / Other Graduate',
  bhm: 'Hotel Management (BHM)',
  bjmc: 'Mass Communication / Journalism',
  pgdm: 'MBA',
  ma: 'M.Sc / MA',
  msc: 'M.Sc / MA',
};

/** Different spellings of one idea, so "BE" meets "B.Tech" and "12th biology" meets "Class 12 (Science PCB)". */
const SAME: Record<string, string[]> = {
  be: ['btech'],
  me: ['mtech'],
  '12th': ['class', '12'],
  xii: ['class', '12'],
  hsc: ['class', '12'],
  biology: ['pcb'],
  bio: ['pcb'],
  maths: ['pcm'],
  math: ['pcm'],
  bachelor: ['graduate'],
  bachelors: ['graduate'],
  computer: ['cse'],
  cs: ['cse'],
  masters: ['postgraduate'],
};
const IGNORED = new Set(['in', 'of', 'and', 'or', 'the', 'a', 'science']);

function degreeWords(text: string): string[] {
  const out = words(text)
    .flatMap((w) => SAME[w] ?? [w])
    .filter((w) => !IGNORED.has(w));
  return [...new Set(out)];
}

/**
 * Half "how much of what they typed it explains", half "how much of the entry they typed";
 * a word matched only with a typo counts 0.75, so "M.Tech" is nearer "M.Tech / ME" than "B.Tech / BE".
 */
function overlapScore(typed: string[], entry: string[]): number {
  if (typed.length === 0 || entry.length === 0) return 0;
  const shared = typed.reduce((sum, t) => sum + (entry.includes(t) ? 1 : entry.some((e) => closeWord(t, e)) ? 0.75 : 0), 0);
  return (shared / typed.length + shared / entry.length) / 2;
}

export function createDegreeVocabulary(profiles: readonly CareerProfile[]): DegreeVocabulary {
  const found = new Map<string, { degree: string; levels: Map<string, number>; careers: Set<string> }>();
  for (const p of profiles) {
    for (const e of p.education) {
      const key = textKey(e.degree);
      const seen = found.get(key) ?? { degree: e.degree, levels: new Map(), careers: new Set() };
      seen.levels.set(e.level, (seen.levels.get(e.level) ?? 0) + 1);
      seen.careers.add(p.slug);
      found.set(key, seen);
    }
  }
  const byKey = new Map<string, DegreeEntry>();
  for (const [key, seen] of found) {
    const level = [...seen.levels].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    byKey.set(key, { id: slugify(seen.degree), degree: seen.degree, level, careers: seen.careers.size });
  }
  const entries = [...byKey.values()].sort((a, b) => levelRank(a.level) - levelRank(b.level) || a.degree.localeCompare(b.degree, 'en'));
  const aliases = new Map<string, DegreeEntry>();
  for (const [alias, target] of Object.entries(DEGREE_ALIASES)) {
    const entry = byKey.get(textKey(target));
    if (entry) aliases.set(textKey(alias), entry);
  }
  const entryWords = new Map(entries.map((e) => [e, degreeWords(e.degree)]));
  const facts = new Map(entries.map((e) => [e, { key: textKey(e.degree), rank: levelRank(e.level), tags: degreeTags(e.degree) }]));

  function resolve(input: string): DegreeResolution {
    const key = textKey(input);
    const exact = byKey.get(key);
    if (exact) return { input, entry: exact, how: 'exact' };
    const alias = aliases.get(key);
    if (alias) return { input, entry: alias, how: 'alias' };
    const misspelt = [...aliases].find(([k]) => closeWord(key, k));
    if (misspelt) return { input, entry: misspelt[1], how: 'alias' };
    const typed = degreeWords(input);
    const ranked = entries
      .map((entry) => ({ entry, score: overlapScore(typed, entryWords.get(entry)!) }))
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score || b.entry.careers - a.entry.careers || a.entry.degree.localeCompare(b.entry.degree));
    const top = ranked[0];
    if (top && top.score >= 0.5) return { input, entry: top.entry, how: 'nearest' };
    return { input, entry: null, suggestions: ranked.slice(0, 3).map((r) => r.entry.degree) };
  }

  return { entries, resolve, facts: (entry) => facts.get(entry)! };
}
