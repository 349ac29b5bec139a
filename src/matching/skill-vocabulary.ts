/**
 * The skill vocabulary: every skill name in the catalog (one entry per textKey), plus the
 * aliases people type. Free text resolves in four passes, strictest first: exact name,
 * alias, every typed word inside one skill's name, the same with typos forgiven. A typed
 * skill that resolves nowhere (or to several skills equally) comes back with suggestions.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { textKey } from '../text/text-key.ts';
import type { SkillWords } from '../careers/vocabulary-file.schema.ts';
import { WordIndex } from './skill-search.ts';
import { tokens, words as wordsOf } from './text.ts';

export interface SkillEntry {
  id: string;
  name: string;
  /** How many careers list it: the tie-breaker between equally close names. */
  careers: number;
}

export type SkillMatchHow = 'exact' | 'alias' | 'partial' | 'typo';

export type SkillResolution = { input: string; entry: SkillEntry; how: SkillMatchHow } | { input: string; entry: null; suggestions: string[] };

export interface SkillVocabulary {
  readonly entries: readonly SkillEntry[];
  resolve(input: string): SkillResolution;
  get(id: string): SkillEntry | undefined;
  /** Skills that having `id` gives partial credit for, with the levels lost on the way. */
  implied(id: string): ReadonlyArray<{ id: string; drop: number }>;
  /** Alias or implication targets missing from the catalog (content drift). */
  readonly danglingAliases: readonly string[];
}

/**
 * `words` is content/vocabularies/skills.yaml: aliases and implications name catalog skills by
 * their exact names; an entry whose skill no career lists is ignored and reported in
 * `danglingAliases` (content:check warns, a test keeps the repository's list empty).
 */
/** Longer free text is a sentence about many things, not a skill name. */
const MAX_PHRASE_INPUT = 8;
const MAX_PHRASE_WORDS = 5;

export function createSkillVocabulary(profiles: readonly CareerProfile[], words: SkillWords): SkillVocabulary {
  const filler = new Set(words.fillerWords);
  const significant = (text: string) => tokens(text).filter((w) => !filler.has(w));
  const byId = new Map<string, SkillEntry>();
  for (const p of profiles) {
    for (const s of p.skills) {
      const id = textKey(s.name);
      const entry = byId.get(id) ?? { id, name: s.name, careers: 0 };
      entry.careers++;
      byId.set(id, entry);
    }
  }
  const entries = [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const dangling: string[] = [];
  const known = (name: string) => {
    const entry = byId.get(textKey(name));
    if (!entry) dangling.push(name);
    return entry;
  };
  const aliasById = new Map<string, SkillEntry>();
  for (const [alias, target] of Object.entries(words.aliases)) {
    const entry = known(target);
    if (entry) aliasById.set(textKey(alias), entry);
  }
  const implies = new Map<string, Array<{ id: string; drop: number }>>();
  for (const [from, list] of Object.entries(words.implies)) {
    const source = byId.get(textKey(from));
    const targets = list.flatMap(({ skill, drop }) => {
      const entry = known(skill);
      return entry ? [{ id: entry.id, drop }] : [];
    });
    if (source) implies.set(source.id, targets);
  }
  const index = new WordIndex(
    [
      ...entries.map((entry) => ({ words: significant(entry.name), entry })),
      ...Object.entries(words.aliases).flatMap(([alias, target]) => {
        const entry = byId.get(textKey(target));
        return entry ? [{ words: significant(alias), entry }] : [];
      }),
    ].filter((c) => c.words.length > 0),
  );

  /**
   * A skill name or alias written inside longer text, as whole words: "TIG welding stainless
   * steel" holds "TIG welding", "Tally ERP9 with GST" holds "Tally ERP9". The longest phrase
   * wins; two different skills named by phrases of that length are not a match. A one-word
   * phrase needs four letters ("erp" inside a sentence says too little).
   */
  function containedPhrase(input: string): SkillResolution | null {
    const typed = wordsOf(input);
    if (typed.length < 2 || typed.length > MAX_PHRASE_INPUT) return null;
    for (let length = Math.min(MAX_PHRASE_WORDS, typed.length - 1); length >= 1; length--) {
      const hits = new Map<string, SkillEntry>();
      for (let at = 0; at + length <= typed.length; at++) {
        const key = textKey(typed.slice(at, at + length).join(' '));
        if (length === 1 && key.length < 4) continue;
        const entry = byId.get(key) ?? aliasById.get(key);
        if (entry) hits.set(entry.id, entry);
      }
      if (hits.size === 1) return { input, entry: [...hits.values()][0]!, how: 'alias' };
      if (hits.size > 1) return null;
    }
    return null;
  }

  function resolve(input: string): SkillResolution {
    const direct = (key: string): SkillResolution | null => {
      const exact = byId.get(key);
      if (exact) return { input, entry: exact, how: 'exact' };
      const alias = aliasById.get(key);
      return alias ? { input, entry: alias, how: 'alias' } : null;
    };
    const found =
      direct(textKey(input)) ??
      direct(
        textKey(
          wordsOf(input)
            .filter((w) => !filler.has(w))
            .join(' '),
        ),
      );
    if (found) return found;
    const inside = containedPhrase(input);
    if (inside) return inside;
    // one-letter words ("c") say too little to pick a skill by
    const typed = significant(input).filter((w) => w.length > 1);
    if (typed.length === 0) return { input, entry: null, suggestions: [] };
    const partial = index.best(typed, 'exact');
    if (partial === 'ambiguous') return { input, entry: null, suggestions: index.suggestions(typed) };
    if (partial) return { input, entry: partial, how: 'partial' };
    const typo = index.best(typed, 'typo');
    if (typo && typo !== 'ambiguous') return { input, entry: typo, how: 'typo' };
    return { input, entry: null, suggestions: index.suggestions(typed) };
  }

  return {
    entries,
    resolve,
    get: (id) => byId.get(id),
    implied: (id) => implies.get(id) ?? [],
    danglingAliases: [...new Set(dangling)],
  };
}
