/**
 * The finder's full-text index: an inverted index held in memory, built from the published
 * catalog whenever a catalog is created, so search behaves the same on every database.
 *
 * Ranking: a query word scores `fieldWeight × idf × matchFactor` in a career, taking its best
 * field (a title hit outweighs a mention in a task) and its best spelling (exact beats a
 * prefix beats a typo). A career's score is the sum over query words, scaled by the share of
 * query words it matched, with bonuses when every word is in the title and when the query
 * is the whole title. Careers far below the best score are dropped as noise.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { editDistance, letterMask, popcount } from '../text/edit-distance.ts';
import { abbreviations, initials, terms } from './search-text.ts';

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

function docTerms(p: CareerProfile, termsOf: (text: string) => readonly string[], examName: (id: string) => string): Map<string, DocTerm> {
  const out = new Map<string, DocTerm>();
  for (const [field, text] of fieldTexts(p, examName)) {
    const w = fieldWeight(field);
    for (const term of termsOf(text)) {
      const e = out.get(term);
      if (e) {
        e.fields |= field;
        e.sum += w;
        if (w > e.max) e.max = w;
      } else out.set(term, { fields: field, sum: w, max: w });
    }
  }
  return out;
}

/** Repeats in other fields add a little, never more than half the best field. */
const termWeight = ({ sum, max }: DocTerm) => max + Math.min(0.25 * (sum - max), 0.5 * max);

export function buildSearchIndex(profiles: readonly CareerProfile[], examName: (id: string) => string = (id) => id.replace(/-/g, ' ')): SearchIndex {
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
    for (const [term, e] of docTerms(p, termsOf, examName)) {
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
  const sorted = [...postings.keys()].sort();
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

  /** Query words in order; a pair written apart ("front end") may also match the joined word. */
  function slots(query: string): Array<Map<string, number>> {
    const words = [...new Set(terms(query))].slice(0, MAX_QUERY_WORDS);
    return words.map((word, i) => {
      const alternatives = new Map<string, number>();
      expand(word, alternatives);
      for (const joined of [`${words[i - 1] ?? ''}${word}`, `${word}${words[i + 1] ?? ''}`]) {
        if (joined !== word && postings.has(joined)) alternatives.set(joined, EXACT);
      }
      return alternatives;
    });
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

  return { size: n, termCount: postings.size, search };
}
