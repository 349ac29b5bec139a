/**
 * The /match page's state lives only in its URL, so a result can be shared and nothing
 * personal is kept on the server. This maps the query (what the GET form sends) to the
 * form's state and to the API's MatchRequest, and back to one canonical URL.
 */
import { SEGMENT_KINDS } from '../../careers/career.schema.ts';
import type { CATEGORIES } from '../../careers/exam.schema.ts';
import type { StartStage } from '../../careers/pathway.schema.ts';
import { INTEREST_IDS, type InterestId } from '../../matching/interest-questions.ts';

export interface SkillRow {
  name: string;
  level: string;
}

/** What the form shows: exactly what the person typed or chose, as text. */
export interface MatchFormState {
  degree: string;
  stage: string;
  age: string;
  category: string;
  skills: SkillRow[];
  interests: Partial<Record<InterestId, string>>;
  remote: string;
  segment: string;
  target: string;
  years: string;
  hours: string;
  current: string;
}

export type RawQuery = Record<string, string | string[] | undefined>;

export const FORM_KEYS = [
  'degree',
  'stage',
  'age',
  'category',
  'skill',
  'level',
  'remote',
  'segment',
  'target',
  'years',
  'hours',
  'current',
  ...INTEREST_IDS,
] as const;

export const EMPTY_FORM: MatchFormState = {
  degree: '',
  stage: '',
  age: '',
  category: '',
  skills: [],
  interests: {},
  remote: 'any',
  segment: '',
  target: '',
  years: '',
  hours: '10',
  current: '',
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
const all = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** Whether the query holds a submitted form (any of its fields, even empty), not a first visit. */
export function isSubmitted(query: RawQuery): boolean {
  return FORM_KEYS.some((k) => query[k] !== undefined);
}

export function formFromQuery(query: RawQuery): MatchFormState {
  const names = all(query.skill);
  const levels = all(query.level);
  const skills = names.map((name, i) => ({ name: name.trim(), level: (levels[i] ?? 'intermediate').trim() })).filter((row) => row.name !== '');
  const interests: MatchFormState['interests'] = {};
  for (const id of INTEREST_IDS) {
    const answer = first(query[id]);
    if (answer) interests[id] = answer;
  }
  return {
    degree: first(query.degree),
    stage: first(query.stage),
    age: first(query.age),
    category: first(query.category),
    skills,
    interests,
    remote: first(query.remote) || 'any',
    segment: first(query.segment),
    target: first(query.target),
    years: first(query.years),
    hours: first(query.hours) || EMPTY_FORM.hours,
    current: first(query.current),
  };
}

/** A number when the text is one; otherwise the text itself, so validation names the field. */
const numberOr = (text: string): number | string => (text !== '' && Number.isFinite(Number(text)) ? Number(text) : text);

/** The API request for a form state. Values are passed through unchecked: the MatchRequest schema judges them. */
export function requestFromForm(form: MatchFormState): unknown {
  const preferences: Record<string, unknown> = { remote: form.remote, hoursPerWeek: numberOr(form.hours) };
  if (form.segment) preferences.segment = form.segment;
  if (form.target) preferences.targetLpa = numberOr(form.target);
  if (form.years) preferences.yearsExperience = numberOr(form.years);
  if (form.current) preferences.currentCareer = form.current;
  return {
    ...(form.degree ? { degree: form.degree } : {}),
    ...(form.stage ? { stage: form.stage } : {}),
    ...(form.age ? { age: numberOr(form.age) } : {}),
    ...(form.category ? { category: form.category } : {}),
    skills: form.skills,
    interests: form.interests,
    preferences,
    limit: 10,
  };
}

/** Which form control a request field belongs to, for inline error messages. */
export function formFieldOf(field: string): string {
  const skill = /^skills\[(\d+)\]/.exec(field);
  if (skill) return `skill-${skill[1]}`;
  const map: Record<string, string> = {
    degree: 'degree',
    stage: 'stage',
    age: 'age',
    category: 'category',
    skills: 'skill-0',
    'preferences.remote': 'remote',
    'preferences.segment': 'segment',
    'preferences.targetLpa': 'target',
    'preferences.yearsExperience': 'years',
    'preferences.hoursPerWeek': 'hours',
    'preferences.currentCareer': 'current',
  };
  const interest = /^interests\.(\w+)/.exec(field);
  if (interest) return `q-${interest[1]}`;
  return map[field] ?? 'degree';
}

/** A request field as the form names it, for the error summary: "skills[2].level" → "Skill 3". */
export function fieldLabel(field: string): string {
  const skill = /^skills\[(\d+)\]/.exec(field);
  if (skill) return `Skill ${Number(skill[1]) + 1}`;
  const labels: Record<string, string> = {
    degree: 'Degree',
    stage: 'Where you stand',
    age: 'Age',
    category: 'Category',
    skills: 'Skills',
    'preferences.remote': 'Remote work',
    'preferences.segment': 'Where you want to work',
    'preferences.targetLpa': 'Target salary',
    'preferences.yearsExperience': 'Years of experience',
    'preferences.hoursPerWeek': 'Hours a week',
    'preferences.currentCareer': 'Current career',
  };
  if (field.startsWith('interests')) return 'Interest questions';
  return labels[field] ?? 'Your answers';
}

/** The one URL of a form state: defaults left out, fields in a fixed order. */
export function matchUrl(form: MatchFormState): string {
  const params = new URLSearchParams();
  if (form.degree) params.append('degree', form.degree);
  if (form.stage) params.append('stage', form.stage);
  if (form.age) params.append('age', form.age);
  if (form.category) params.append('category', form.category);
  for (const s of form.skills) {
    params.append('skill', s.name);
    params.append('level', s.level);
  }
  for (const id of INTEREST_IDS) if (form.interests[id]) params.append(id, form.interests[id]!);
  if (form.remote !== 'any') params.append('remote', form.remote);
  if (form.segment) params.append('segment', form.segment);
  if (form.target) params.append('target', form.target);
  if (form.years) params.append('years', form.years);
  if (form.hours !== EMPTY_FORM.hours) params.append('hours', form.hours);
  if (form.current) params.append('current', form.current);
  const query = params.toString();
  return query ? `/match?${query}` : '/match';
}

export const SEGMENT_LABELS: Record<(typeof SEGMENT_KINDS)[number], string> = {
  'pan-india': 'Pan-India',
  metro: 'Metro cities / top employers',
  government: 'Government',
  private: 'Private employers',
  'self-employed': 'Self-employed / own practice',
  abroad: 'Abroad',
  remote: 'Remote work',
};

export const STAGE_LABELS: Record<StartStage, string> = {
  'class-10': 'Class 10 (studying or passed)',
  'class-12-science-pcm': 'Class 12 Science with Maths (PCM)',
  'class-12-science-pcb': 'Class 12 Science with Biology (PCB)',
  'class-12-commerce': 'Class 12 Commerce',
  'class-12-arts': 'Class 12 Arts / Humanities',
  'class-12-any': 'Class 12, stream not listed',
  iti: 'ITI certificate',
  diploma: 'Polytechnic diploma',
  'graduate-engineering': 'Graduate: engineering (B.Tech / BE)',
  'graduate-science': 'Graduate: science (B.Sc)',
  'graduate-computing': 'Graduate: computing (BCA / B.Sc CS)',
  'graduate-commerce': 'Graduate: commerce (B.Com / BBA)',
  'graduate-arts': 'Graduate: arts (BA)',
  'graduate-health': 'Graduate: health (MBBS, nursing, pharmacy…)',
  'graduate-law': 'Graduate: law (LLB)',
  'graduate-any': 'Graduate: another subject',
  postgraduate: 'Postgraduate',
  'working-professional': 'Working, education not listed above',
};

export const CATEGORY_LABELS: Record<(typeof CATEGORIES)[number], string> = {
  general: 'General',
  ews: 'EWS',
  obc: 'OBC (non-creamy layer)',
  sc: 'SC',
  st: 'ST',
};
