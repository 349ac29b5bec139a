/**
 * The finder's full-text index: an inverted index held in memory, built from the published
 * catalog whenever a catalog is created, so search behaves the same on every database.
 *
 * Ranking: a query word scores `fieldWeight × idf × matchFactor` in a career, taking its best
 * field (a title hit outweighs a mention in a task) and its best spelling (exact beats a
 * prefix beats a typo). A career's score is the sum over query words, scaled by the share of
 * query words it matched, with bonuses when every word is in the title and when the query
 * is the whole title. Careers far below the best score are dropped as noise.
 *
 * Synonyms (content/vocabularies/synonyms.yaml): a career whose field text holds any phrase
 * of a group also holds the group's own term in that field, and a query phrase from a group
 * is one query word that matches that term (or itself), so "sarkari" finds what
 * "government" finds with the same weights, and "work from home" counts as one word.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { editDistance, letterMask, popcount } from '../text/edit-distance.ts';
import { abbreviations, initials, terms } from './search-text.ts';
import { words } from '../text/normalize.ts';
import { pluralStem } from '../text/stem.ts';

export const FIELDS = { title: 1, alias: 2, jobTitle: 4, skill: 8, tool: 16, task: 32, category: 64, local: 128, exam: 256, text: 512 } as const;
const WEIGHTS: ReadonlyArray<readonly [number, number]> = [
  [FIELDS.title, 10],
  [FIELDS.alias, 9],
  [FIELDS.local, 9],
  [FIELDS.exam, 7],
  [FIELDS.jobTitle, 6],
  [FIELDS.skill, 3],
  [FIELDS.tool, 3],
  [FIELDS.category, 2],
  [FIELDS.task, 1],
  [FIELDS.text, 0.5],
];
const TITLE_LIKE = FIELDS.title | FIELDS.alias;
/** Fields where a typo match alone is too weak to show a career for a one-word query ("upsets" is not "upsc"). */
const LOW_FIELDS = FIELDS.tool | FIELDS.task | FIELDS.text | FIELDS.category;
const fieldWeight = (field: number) => WEIGHTS.find(([f]) => f === field)![1];

const EXACT = 1;
const PREFIX_SHORT = 0.55;
const PREFIX_LONG = 0.8;
const TYPO_1 = 0.7;
const TYPO_2 = 0.5;
const ALL_IN_TITLE_BONUS = 1.5;
const WHOLE_TITLE_BONUS = 1.5;
const NOISE_FLOOR = 0.08;
const MAX_QUERY_WORDS = 8;
const MAX_PREFIX_TERMS = 200;

export interface SearchHit {
  doc: number;
  score: number;
}

export interface SearchIndex {
  readonly size: number;
  readonly termCount: number;
  /** Hits best first (ties in catalog order), or null when the query holds no searchable word. */
  search(query: string): SearchHit[] | null;
  /**
   * "Did you mean": the query with each word the index lacks replaced by the nearest word a
   * career is named by (title, local name, job title, exam), when that query finds careers;
   * null when no word needed replacing or no replacement finds anything.
   */
  suggest(query: string): string | null;
}

interface Posting {
  docs: Int32Array;
  weights: Float32Array;
  fields: Uint16Array;
  idf: number;
}

interface DocTerm {
  fields: number;
  sum: number;
  max: number;
}

/** The text of a career, field by field, plus aliases derived from the data itself. */
function fieldTexts(p: CareerProfile, examName: (id: string) => string): Array<[number, string]> {
  const texts: Array<[number, string]> = [[FIELDS.title, p.title]];
  const titleTerms = terms(p.title);
  // "Full Stack" also answers "fullstack", "Sub-Inspector" also "subinspector".
  for (let i = 0; i + 1 < titleTerms.length; i++) texts.push([FIELDS.alias, `${titleTerms[i]}${titleTerms[i + 1]}`]);
  // Initials count as an alias only when the profile itself writes them as an abbreviation:
  // "CA" for Chartered Accountant (its job titles say "CA Articleship Trainee"), never for Cloud Architect.
  const abbr = initials(p.title);
  const evidence = [
    p.summary,
    p.description,
    ...p.jobTitles.map((j) => j.title),
    ...p.education.map((e) => e.degree),
    ...p.progression.flatMap((s) => s.titles),
  ];
  if (abbr.length >= 2 && abbreviations(evidence.join(' ')).has(abbr)) texts.push([FIELDS.alias, abbr]);
  for (const j of p.jobTitles) texts.push([FIELDS.jobTitle, j.title]);
  for (const s of p.skills) texts.push([FIELDS.skill, s.name]);
  for (const t of p.tools) texts.push([FIELDS.tool, t.name]);
  for (const t of p.tasks) texts.push([FIELDS.task, t.name]);
  texts.push([FIELDS.category, `${p.category} ${p.roleFamily}`]);
  // the profile's own remote rating, as a word people search by ("remote", and its synonyms)
  if (p.remote === 'high') texts.push([FIELDS.category, 'remote']);
  // what people type for it: Hindi names and Hinglish words, the exams and courses of its pathways
  for (const name of [...(p.localNames?.hi ?? []), ...(p.localNames?.latin ?? [])]) texts.push([FIELDS.local, name]);
  for (const route of p.pathways ?? []) {
    for (const stage of route.stages) {
      if (stage.kind === 'exam' || stage.kind === 'degree' || stage.kind === 'diploma' || stage.kind === 'licence') texts.push([FIELDS.exam, stage.name]);
      if (stage.exam) texts.push([FIELDS.exam, examName(stage.exam)]);
    }
  }
  for (const e of p.education) texts.push([FIELDS.exam, e.degree]);
  for (const text of [p.summary, p.description, ...p.faqs.map((f) => f.question)]) texts.push([FIELDS.text, text]);
  return texts;
}

/** A synonym group's own index term: no word the tokenizer makes starts with "~". */
const groupTerm = (group: number) => `~${group}`;
const isGroupTerm = (term: string) => term.startsWith('~');

/** Synonym phrases as index terms, by their first term, longest first. */
type Phrases = ReadonlyMap<string, ReadonlyArray<{ terms: readonly string[]; group: number }>>;

function compilePhrases(groups: readonly (readonly string[])[]): Phrases {
  const byFirst = new Map<string, Array<{ terms: readonly string[]; group: number }>>();
  groups.forEach((group, g) => {
    for (const phrase of group) {
      const t = terms(phrase);
      if (t.length === 0) continue;
      byFirst.set(t[0]!, [...(byFirst.get(t[0]!) ?? []), { terms: t, group: g }]);
    }
  });
  for (const list of byFirst.values()) list.sort((a, b) => b.terms.length - a.terms.length);
  return byFirst;
}

/** The longest synonym phrase starting at `at`, or null. */
function phraseAt(seq: readonly string[], at: number, phrases: Phrases): { length: number; group: number } | null {
  for (const { terms: t, group } of phrases.get(seq[at]!) ?? []) {
    if (t.every((term, k) => seq[at + k] === term)) return { length: t.length, group };
  }
  return null;
}

function docTerms(p: CareerProfile, termsOf: (text: string) => readonly string[], examName: (id: string) => string, phrases: Phrases): Map<string, DocTerm> {
  const out = new Map<string, DocTerm>();
  const add = (term: string, field: number, w: number) => {
    const e = out.get(term);
    if (e) {
      e.fields |= field;
      e.sum += w;
      if (w > e.max) e.max = w;
    } else out.set(term, { fields: field, sum: w, max: w });
  };
  for (const [field, text] of fieldTexts(p, examName)) {
    const w = fieldWeight(field);
    const seq = termsOf(text);
    for (let i = 0; i < seq.length; i++) {
      add(seq[i]!, field, w);
      if (phrases.size === 0) continue;
      const hit = phraseAt(seq, i, phrases);
      if (hit) add(groupTerm(hit.group), field, w);
    }
  }
  return out;
}

/** Repeats in other fields add a little, never more than half the best field. */
const termWeight = ({ sum, max }: DocTerm) => max + Math.min(0.25 * (sum - max), 0.5 * max);

export interface SearchIndexOptions {
  /** What an exam id in a pathway is called: its name and full name. */
  examName?: (id: string) => string;
  /** Synonym groups (content/vocabularies/synonyms.yaml). */
  synonyms?: readonly (readonly string[])[];
}

export function buildSearchIndex(profiles: readonly CareerProfile[], options: SearchIndexOptions = {}): SearchIndex {
  const examName = options.examName ?? ((id: string) => id.replace(/-/g, ' '));
  const phrases = compilePhrases(options.synonyms ?? []);
  const n = profiles.length;
  // Skill, tool and task names repeat across careers: tokenise each distinct text once.
  const seen = new Map<string, readonly string[]>();
  const termsOf = (text: string) => {
    let t = seen.get(text);
    if (!t) {
      t = terms(text);
      seen.set(text, t);
    }
    return t;
  };
  const lists = new Map<string, { docs: number[]; weights: number[]; fields: number[] }>();
  const titleSize = new Int32Array(n);
  profiles.forEach((p, doc) => {
    titleSize[doc] = new Set(termsOf(p.title)).size;
    for (const [term, e] of docTerms(p, termsOf, examName, phrases)) {
      let list = lists.get(term);
      if (!list) {
        list = { docs: [], weights: [], fields: [] };
        lists.set(term, list);
      }
      list.docs.push(doc);
      list.weights.push(termWeight(e));
      list.fields.push(e.fields);
    }
  });
  const postings = new Map<string, Posting>();
  for (const [term, list] of lists) {
    postings.set(term, {
      docs: Int32Array.from(list.docs),
      weights: Float32Array.from(list.weights),
      fields: Uint16Array.from(list.fields),
      idf: Math.log(1 + n / list.docs.length),
    });
  }
  // group terms are matched through the query's phrases only, never as prefixes or typos
  const sorted = [...postings.keys()].filter((t) => !isGroupTerm(t)).sort();
  const byLength = [...sorted].sort((a, b) => a.length - b.length);
  const masks = Int32Array.from(byLength, letterMask);
  const lengthStart = new Int32Array(66).fill(byLength.length);
  for (let i = byLength.length - 1; i >= 0; i--) lengthStart[Math.min(byLength[i]!.length, 64)] = i;
  for (let l = 64; l >= 0; l--) lengthStart[l] = Math.min(lengthStart[l]!, lengthStart[l + 1]!);

  /** Spellings in the index that a query word may stand for, each with its match factor. */
  function expand(word: string, out: Map<string, number>) {
    const keep = (term: string, factor: number) => {
      if ((out.get(term) ?? 0) < factor) out.set(term, factor);
    };
    if (postings.has(word)) keep(word, EXACT);
    // a short word that is itself indexed means itself: "ca" is not "carpenter"
    if (word.length >= 2 && !(word.length <= 3 && postings.has(word))) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < word) lo = mid + 1;
        else hi = mid;
      }
      const factor = word.length >= 4 ? PREFIX_LONG : PREFIX_SHORT;
      for (let i = lo, seen = 0; i < sorted.length && seen < MAX_PREFIX_TERMS && sorted[i]!.startsWith(word); i++, seen++) {
        if (sorted[i] !== word) keep(sorted[i]!, factor);
      }
    }
    // typos only for words of five letters or more, and never where the word itself is indexed:
    // "upsc" must not become "upsets", nor "neet" "next"
    if (word.length <= 4 || /^\d+$/.test(word) || postings.has(word)) return;
    const max = word.length >= 8 ? 2 : 1;
    const mask = letterMask(word);
    const from = lengthStart[Math.max(word.length - max, 0)]!;
    const to = lengthStart[Math.min(word.length + max + 1, 64)]!;
    for (let i = from; i < to; i++) {
      if (popcount(mask ^ masks[i]!) > 2 * max) continue;
      const term = byLength[i]!;
      const d = editDistance(word, term, max);
      if (d > 0 && d <= max) keep(term, d === 1 ? TYPO_1 : TYPO_2);
    }
  }

  /**
   * Query words in order, each a slot of spellings it may match; a pair written apart
   * ("front end") may also match the joined word; a synonym phrase is one slot that matches
   * its group's term, and its own spelling when it is one word.
   */
  function slots(query: string): Array<Map<string, number>> {
    const seq = terms(query);
    const out: Array<Map<string, number>> = [];
    const seen = new Set<string>();
    for (let i = 0; i < seq.length && out.length < MAX_QUERY_WORDS; i++) {
      const word = seq[i]!;
      const found = phrases.size > 0 ? phraseAt(seq, i, phrases) : null;
      // a phrase no career holds is read word by word
      const hit = found && postings.has(groupTerm(found.group)) ? found : null;
      const key = hit ? groupTerm(hit.group) : word;
      if (seen.has(key)) {
        if (hit) i += hit.length - 1;
        continue;
      }
      seen.add(key);
      const alternatives = new Map<string, number>();
      if (hit) alternatives.set(key, EXACT);
      if (!hit || hit.length === 1) {
        expand(word, alternatives);
        for (const joined of [`${seq[i - 1] ?? ''}${word}`, `${word}${seq[i + 1] ?? ''}`]) {
          if (joined !== word && postings.has(joined)) alternatives.set(joined, EXACT);
        }
      }
      if (hit) i += hit.length - 1;
      out.push(alternatives);
    }
    return out;
  }

  const best = new Float64Array(n);
  const bestFields = new Uint16Array(n);

  function search(query: string): SearchHit[] | null {
    const querySlots = slots(query);
    if (querySlots.length === 0) return null;
    const total = new Float64Array(n);
    const matched = new Uint8Array(n);
    const inTitle = new Uint8Array(n);
    for (const alternatives of querySlots) {
      const touched: number[] = [];
      for (const [term, factor] of alternatives) {
        const posting = postings.get(term)!;
        const { docs, weights, fields, idf } = posting;
        const typo = factor < PREFIX_SHORT;
        for (let k = 0; k < docs.length; k++) {
          const doc = docs[k]!;
          // a typo in a low-weight field needs another query word to back it
          if (typo && querySlots.length === 1 && (fields[k]! & ~LOW_FIELDS) === 0) continue;
          const s = factor * idf * weights[k]!;
          if (best[doc] === 0) touched.push(doc);
          if (s > best[doc]!) {
            best[doc] = s;
            bestFields[doc] = fields[k]!;
          }
        }
      }
      for (const doc of touched) {
        total[doc]! += best[doc]!;
        matched[doc]! += 1;
        if (bestFields[doc]! & TITLE_LIKE) inTitle[doc]! += 1;
        best[doc] = 0;
        bestFields[doc] = 0;
      }
    }
    const q = querySlots.length;
    const hits: SearchHit[] = [];
    let top = 0;
    for (let doc = 0; doc < n; doc++) {
      if (matched[doc] === 0) continue;
      const coverage = matched[doc]! / q;
      let score = total[doc]! * coverage * coverage;
      // every word in the title: a bonus, larger the more of the title the query is ("nurse" is more of "Staff Nurse" than of "Auxiliary Nurse Midwife")
      if (inTitle[doc] === q) score *= ALL_IN_TITLE_BONUS * (0.5 + 0.5 * Math.min(1, q / Math.max(1, titleSize[doc]!)));
      if (inTitle[doc] === q && q >= titleSize[doc]!) score *= WHOLE_TITLE_BONUS;
      hits.push({ doc, score });
      if (score > top) top = score;
    }
    return hits.filter((h) => h.score >= top * NOISE_FLOOR).sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  // words careers are named by: the only words worth suggesting
  const NAMED = FIELDS.title | FIELDS.alias | FIELDS.local | FIELDS.jobTitle | FIELDS.exam;
  const named = sorted.filter((term) => postings.get(term)!.fields.some((f) => (f & NAMED) !== 0));

  function nearestNamed(word: string): string | null {
    const max = word.length >= 5 ? 2 : 1;
    // closest first; then a word that starts the same way (people rarely misspell the first letter); then the commoner word
    const rank = (term: string, d: number) => d * 2 + (term[0] === word[0] ? 0 : 1);
    let best: { term: string; rank: number; docs: number } | null = null;
    for (const term of named) {
      if (Math.abs(term.length - word.length) > max) continue;
      const d = editDistance(word, term, max);
      if (d === 0 || d > max) continue;
      const docs = postings.get(term)!.docs.length;
      const r = rank(term, d);
      if (!best || r < best.rank || (r === best.rank && docs > best.docs)) best = { term, rank: r, docs };
    }
    return best?.term ?? null;
  }

  function suggest(query: string): string | null {
    const asked = words(query);
    if (asked.length === 0 || asked.length > MAX_QUERY_WORDS) return null;
    let changed = false;
    const fixed = asked.map((word) => {
      if (word.length < 3 || /^\d+$/.test(word) || postings.has(pluralStem(word))) return word;
      const near = nearestNamed(pluralStem(word));
      if (near === null) return word;
      changed = true;
      return near;
    });
    if (!changed) return null;
    const suggestion = fixed.join(' ');
    return (search(suggestion) ?? []).length > 0 ? suggestion : null;
  }

  return { size: n, termCount: postings.size, search, suggest };
}
