/**
 * How well careerpath understands the words Indian users type (issue 11), measured on the
 * data sets beside this file: finder precision@3 per language, the share of education
 * phrasings read as the right stage (and, for ambiguous ones, offered the right choices),
 * and the share of CV skill words resolved to the right catalog skill or honestly to none.
 */
import type { ContentReport } from '../src/content/content-check.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createCatalog } from '../src/catalog/career-catalog.ts';
import { createSnapshot } from '../src/catalog/snapshot.ts';
import { finderOf } from '../src/finder/finder-facts.ts';
import { runFinder } from '../src/finder/finder.ts';
import { parseEducation } from '../src/matching/education-parser.ts';
import { createSkillVocabulary } from '../src/matching/skill-vocabulary.ts';

const read = <T>(name: string): T => parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')) as T;

export interface LanguageFigures {
  /** Precision@3 by language (en, hi, hinglish) and overall. */
  finder: Record<string, { queries: number; precisionAt3: number }>;
  /** Education phrasings: share read as the right stage; for ambiguous ones, with the right candidates. */
  degrees: Record<string, { phrasings: number; accuracy: number }>;
  /** CV skill words: share resolved to the expected skill (or to none when none fits). */
  skills: Record<string, { words: number; accuracy: number; falseMatches: number }>;
}

const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** The content the figures are taken on: checkContentDir's report. */
type Content = Pick<ContentReport, 'profiles' | 'exams' | 'vocabularies'>;

export function finderFigures({ profiles, exams, vocabularies }: Content): LanguageFigures['finder'] {
  const finder = finderOf(createSnapshot(createCatalog(profiles, exams, vocabularies)));
  const queries = read<{ queries: Array<{ q: string; lang: string; expect: string[] }> }>('finder-queries.yaml').queries;
  const by = new Map<string, number[]>();
  for (const { q, lang, expect } of queries) {
    const top = runFinder(finder, { q, segment: 'headline', level: 'entry', sort: 'relevance', limit: 3 }).items.map((i) => i.slug);
    // no career fits: the right answer is none
    const p = expect.length === 0 ? (top.length === 0 ? 1 : 0) : top.filter((s) => expect.includes(s)).length / Math.min(3, expect.length);
    for (const key of [lang, 'all']) by.set(key, [...(by.get(key) ?? []), p]);
  }
  return Object.fromEntries([...by].map(([k, v]) => [k, { queries: v.length, precisionAt3: mean(v) }]));
}

export function degreeFigures(): LanguageFigures['degrees'] {
  const out: LanguageFigures['degrees'] = {};
  for (const [name, file] of [
    ['development set', 'degree-phrasings.yaml'],
    ['held-out set', 'degree-phrasings-holdout.yaml'],
  ] as const) {
    const set = read<{ phrasings: Array<{ text: string; stage: string | null; candidates?: string[] }> }>(file).phrasings;
    const right = set.map(({ text, stage, candidates }) => {
      const r = parseEducation(text);
      return r.stage === stage && (stage !== null || sameSet(r.candidates, candidates ?? [])) ? 1 : 0;
    });
    out[name] = { phrasings: set.length, accuracy: mean(right) };
  }
  return out;
}

/** The development set (the alias list was checked against it) and a held-out set written without seeing the alias list. */
export function skillFigures({ profiles, vocabularies }: Content): LanguageFigures['skills'] {
  const vocabulary = createSkillVocabulary(profiles, vocabularies.skills);
  const out: LanguageFigures['skills'] = {};
  for (const [name, file] of [
    ['development set', 'cv-skills.yaml'],
    ['held-out set', 'cv-skills-holdout.yaml'],
  ] as const) {
    const set = read<{ skills: Array<{ text: string; skill: string | null }> }>(file).skills;
    let falseMatches = 0;
    const right = set.map(({ text, skill }) => {
      const got = vocabulary.resolve(text).entry?.name ?? null;
      if (got !== null && got !== skill) falseMatches += 1;
      return got === skill ? 1 : 0;
    });
    out[name] = { words: set.length, accuracy: mean(right), falseMatches };
  }
  return out;
}
