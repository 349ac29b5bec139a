/**
 * Curated careers as similarity feature profiles, so one engine compares careers with
 * careers and with O*NET occupations. Task and title text go into the same `tasks` and
 * `titles` blocks as O*NET's (same tokenizer), so a career and an occupation are
 * comparable even without a code link; a career that carries an O*NET code also gets
 * that occupation's blocks (ratings, technology, interests, SOC group, job zone).
 *
 * The career-only block weights are reasoned, not tuned: there is no expert ground truth
 * for curated careers (docs/similarity.md).
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { RATINGS, SKILL_LEVELS } from '../careers/career.schema.ts';
import { textKey } from '../text/text-key.ts';
import { OCCUPATION_BLOCKS } from './onet-features.ts';
import type { BlockSpec, FeatureProfile, FeatureVector } from './similarity.ts';
import { addTokens, emptyBag } from '../text/text-tokens.ts';

export const CAREER_BLOCKS: readonly BlockSpec[] = [
  ...OCCUPATION_BLOCKS,
  // The curated skills are the most specific statement of what the work needs.
  { kind: 'vector', name: 'careerSkills', label: 'Skills', weight: 2, idf: true, explain: 'levels', threshold: 3, minGap: 1 },
  { kind: 'vector', name: 'careerSkillLevels', label: 'Skill level', weight: 0.5, idf: true, explain: 'levels', threshold: 3, minGap: 1 },
  { kind: 'vector', name: 'tools', label: 'Tools', weight: 0.75, idf: true, explain: 'sets' },
  { kind: 'vector', name: 'category', label: 'Category', weight: 0.5 },
  // RL scale 1–12 like O*NET's education, so the two are comparable.
  { kind: 'scalar', name: 'educationLevel', label: 'Education', weight: 0.2, range: 11 },
];

/** Free-text education level → O*NET RL category (1–12); null when unknown. */
export function educationCategory(level: string): number | null {
  const l = level.toLowerCase();
  if (/doctor|ph\.?d/.test(l)) return 11;
  if (/professional/.test(l)) return 10;
  if (/post ?grad|master/.test(l)) return 8;
  if (/grad|engineer|bachelor|degree/.test(l) && !/no degree/.test(l)) return 6;
  if (/diploma/.test(l)) return 5;
  if (/certificate/.test(l)) return 3;
  if (/class 12|12th|higher secondary/.test(l)) return 2;
  if (/no degree|class 10|10th/.test(l)) return 1;
  return null;
}

/**
 * One career's profile. `onet` is the linked occupation's profile, if any: its blocks are
 * added, and for text blocks both sources' tokens are summed.
 */
export function careerProfile(career: CareerProfile, onet?: FeatureProfile): FeatureProfile {
  const blocks: Record<string, Record<string, number> | number> = {};
  const labels: Record<string, Record<string, string>> = {};
  const put = (block: string, name: string, value: number) => {
    const key = textKey(name);
    if (!key) return;
    const b = (blocks[block] ??= emptyBag()) as Record<string, number>;
    b[key] = Math.max(Object.hasOwn(b, key) ? b[key]! : 0, value);
    (labels[block] ??= {})[key] ??= name;
  };
  for (const s of career.skills) {
    put('careerSkills', s.name, RATINGS.indexOf(s.importance) + 1);
    put('careerSkillLevels', s.name, SKILL_LEVELS.indexOf(s.level) + 1);
  }
  for (const t of career.tools) put('tools', t.name, 1);
  put('category', career.category, 1);

  const tasks = emptyBag();
  for (const t of career.tasks) addTokens(tasks, `${t.name}. ${t.output}`);
  blocks.tasks = tasks;
  const titles = emptyBag();
  addTokens(titles, career.title, 3);
  for (const t of career.jobTitles) addTokens(titles, t.title);
  blocks.titles = titles;

  const preferred = [...career.education].sort((a, b) => Number(b.preferred) - Number(a.preferred) || b.fitScore - a.fitScore)[0];
  const education = preferred ? educationCategory(preferred.level) : null;
  if (education !== null) blocks.educationLevel = education;

  for (const [name, value] of Object.entries(onet?.blocks ?? {})) {
    if (value === undefined) continue;
    const own = blocks[name];
    if (typeof own === 'object' && typeof value === 'object') blocks[name] = sumBags(own, value);
    else if (own === undefined) blocks[name] = typeof value === 'number' ? value : { ...value };
  }
  return { id: `career:${career.slug}`, title: career.title, blocks, labels };
}

function sumBags(a: FeatureVector, b: FeatureVector): Record<string, number> {
  const out = emptyBag();
  for (const [k, v] of Object.entries(a)) out[k] = v;
  for (const [k, v] of Object.entries(b)) out[k] = (Object.hasOwn(out, k) ? out[k]! : 0) + v;
  return out;
}
