/**
 * The /match page's state lives only in its URL, so a result can be shared and nothing
 * personal is kept on the server. This maps the query (what the GET form sends) to the
 * form's state and to the API's MatchRequest, and back to one canonical URL.
 */
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

/** Form control ids of the plain request fields (skills and interests are numbered or named, see formFieldOf). */
const FIELD_IDS = {
  degree: 'degree',
  stage: 'stage',
  age: 'age',
  category: 'category',
  'preferences.remote': 'remote',
  'preferences.segment': 'segment',
  'preferences.targetLpa': 'target',
  'preferences.yearsExperience': 'years',
  'preferences.hoursPerWeek': 'hours',
  'preferences.currentCareer': 'current',
} as const;

/** What a request field is, for its label and its message: a plain field's control id, a skill row's name or level, any interest. */
export type FieldKey = (typeof FIELD_IDS)[keyof typeof FIELD_IDS] | 'skill' | 'level' | 'skills' | 'interests' | 'other';

/** "skills[2].level" → { key: 'level', index: 2 }; "preferences.hoursPerWeek" → { key: 'hours', index: 0 }. */
export function fieldKeyOf(field: string): { key: FieldKey; index: number } {
  const skill = /^skills\[(\d+)\](?:\.(name|level))?/.exec(field);
  if (skill) return { key: skill[2] === 'level' ? 'level' : 'skill', index: Number(skill[1]) };
  if (field === 'skills') return { key: 'skills', index: 0 };
  if (field.startsWith('interests')) return { key: 'interests', index: 0 };
  return { key: FIELD_IDS[field as keyof typeof FIELD_IDS] ?? 'other', index: 0 };
}

/** Which form control a request field belongs to, for inline error messages. */
export function formFieldOf(field: string): string {
  const skill = /^skills\[(\d+)\]/.exec(field);
  if (skill) return `skill-${skill[1]}`;
  if (field === 'skills') return 'skill-0';
  const interest = /^interests\.(\w+)/.exec(field);
  if (interest) return `q-${interest[1]}`;
  return FIELD_IDS[field as keyof typeof FIELD_IDS] ?? 'degree';
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
