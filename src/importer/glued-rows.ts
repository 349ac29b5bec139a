/**
 * Table rows from a text dump lose their cell boundaries ("SQLdatabasehighintermediate-advanced…").
 * These parsers split them using what each column may hold: closed vocabularies, number
 * shapes, and the page's own separate cards where the page has them.
 */
import { RATINGS, SKILL_LEVELS } from '../careers/career.schema.ts';

const alternation = (values: readonly string[]) =>
  [...values]
    .sort((a, b) => b.length - a.length)
    .map((v) => v.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&'))
    .join('|');

const IMPORTANCE = alternation(RATINGS);
const LEVEL = alternation(SKILL_LEVELS);
const SKILL_TAIL = new RegExp(`^([a-z][a-z0-9_]*)(${IMPORTANCE})(${LEVEL})(\\S.*)$`);

export interface SkillRow {
  name: string;
  type: string;
  importance: string;
  level: string;
  usedFor: string;
}

/** The name's last word must be a whole word: Capitalised, an acronym, or a symbol-bearing token. */
const WHOLE_LAST_WORD = /(^|[\s(/-])([A-Z][a-z0-9]+|[A-Z0-9][A-Z0-9.+#]+|[A-Za-z]+[.+#][A-Za-z.+#]*|[0-9]+)\)?$/;

/**
 * `knownNames` are the skill cards' names on the same page; `knownTypes` the skill types
 * the catalog already uses. A row neither settles is split by shape, which can only guess
 * where a name ending in lower case meets a type.
 */
export function parseSkillRow(row: string, knownNames: string[], knownTypes: string[] = []): SkillRow | null {
  const known = knownNames
    .filter((n) => row.startsWith(n))
    .sort((a, b) => b.length - a.length)
    .map((name) => ({ name, tail: row.slice(name.length).match(SKILL_TAIL) }))
    .find((x) => x.tail);
  if (known?.tail) return toSkill(known.name, known.tail);
  const candidates: Array<{ name: string; tail: RegExpMatchArray }> = [];
  for (let i = 1; i < row.length; i += 1) {
    const name = row.slice(0, i);
    const tail = row.slice(i).match(SKILL_TAIL);
    if (tail && WHOLE_LAST_WORD.test(name)) candidates.push({ name, tail });
  }
  const lastWord = (name: string) =>
    name
      .split(/[\s-]+/)
      .pop()!
      .toLowerCase();
  const pick =
    candidates.find((c) => knownTypes.includes(c.tail[1]!)) ?? candidates.find((c) => c.tail[1]!.split('_').includes(lastWord(c.name))) ?? candidates[0];
  return pick ? toSkill(pick.name, pick.tail) : null;
}

function toSkill(name: string, m: RegExpMatchArray): SkillRow {
  return { name: name.trim(), type: m[1]!, importance: m[2]!, level: m[3]!, usedFor: m[4]!.trim() };
}

export interface EducationRow {
  level: string;
  degree: string;
  fitScore: number;
  preferred: boolean;
  reason: string;
}

export const EDUCATION_LEVELS = [
  'Class 10',
  'Class 12',
  'Diploma',
  'ITI',
  'Apprenticeship',
  'Training',
  'Certificate',
  'Graduate',
  'Engineering',
  'Professional',
  'Postgraduate',
  'Doctorate',
  'No degree',
];
const EDUCATION_TAIL = /^(.+?)(100|\d{1,2})\/100(Yes|No)(\S.*)$/;

export function parseEducationRow(row: string): EducationRow | null {
  const level =
    [...EDUCATION_LEVELS].sort((a, b) => b.length - a.length).find((l) => row.startsWith(l) && /^[A-Z0-9]/.test(row.slice(l.length))) ??
    row.match(/^(.*?[a-z)])(?=[A-Z])/)?.[1];
  if (!level) return null;
  const m = row.slice(level.length).match(EDUCATION_TAIL);
  if (!m) return null;
  return { level, degree: m[1]!.trim(), fitScore: Number(m[2]), preferred: m[3] === 'Yes', reason: m[4]!.trim() };
}

export interface ProgressionRow {
  stage: string;
  titles: string[];
  experience: string;
}

const EXPERIENCE_TAIL = /(\d+)(-\d{1,2})?(\+)? years?$/;

/**
 * "SDE-23-5 years" is "SDE-2" + "3-5 years": a title may end in a digit, so the years may
 * start one or two digits back. Take the longest reading whose range runs forward,
 * preferring one that leaves a known title in front of it.
 */
function experienceTail(row: string, knownTitles: string[]): string | null {
  const m = row.match(EXPERIENCE_TAIL);
  if (!m) return null;
  const rest = m[0].slice(m[1]!.length);
  const readings = [m[1]!.slice(-2), m[1]!.slice(-1)].filter((d, i, all) => all.indexOf(d) === i).map((d) => `${d}${rest}`);
  const forward = readings.filter((r) => {
    const [from, to] = r.match(/\d+/g)!.map(Number);
    return to === undefined || from! <= to;
  });
  const endsKnown = (r: string) => knownTitles.some((t) => row.slice(0, row.length - r.length).endsWith(t));
  return forward.find(endsKnown) ?? forward[0] ?? null;
}

export function parseProgressionRow(row: string, knownTitles: string[]): ProgressionRow | null {
  const experience = experienceTail(row, knownTitles);
  if (!experience) return null;
  const body = row.slice(0, row.length - experience.length);
  // where the stage may end and the titles begin: "…Lead|Senior…" (lower → upper),
  // "…ANM|Auxiliary…" (an acronym's last capital starts a word), "…Specialist|6G…" (lower → digit)
  const seams = [
    ...[...body.matchAll(/[a-z)](?=[A-Z])/g)].map((m) => m.index! + 1),
    ...[...body.matchAll(/[A-Z](?=[A-Z][a-z])/g)].map((m) => m.index! + 1),
    ...[...body.matchAll(/[a-z](?=\d)/g)].map((m) => m.index! + 1),
  ];
  const anywhere = [...body.matchAll(/\S(?=[A-Z0-9])/g)].map((m) => m.index! + 1);
  const titleSeam = [...seams, ...anywhere].find((i) => knownTitles.some((t) => body.slice(i).startsWith(t)));
  const cut = titleSeam ?? seams.sort((a, b) => a - b)[0];
  if (cut === undefined) return null;
  const titles = body
    .slice(cut)
    .split(/,\s*(?![^(]*\))/) // a comma inside brackets belongs to the title: "ANM (NHM, contractual)"
    .map((t) => t.trim())
    .filter(Boolean);
  return { stage: body.slice(0, cut).trim(), titles, experience };
}
