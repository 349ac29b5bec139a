/**
 * Understanding a match request: free-text degree and skills resolved against the
 * vocabularies, implied skills added, interest answers turned into numbers. Returns the
 * person, or the fields it could not make sense of (the caller turns those into a 400).
 */
import type { FieldError } from '../errors.ts';
import type { DegreeEntry, DegreeFacts, DegreeVocabulary } from './degree-vocabulary.ts';
import { ANSWER_VALUE, INTEREST_KINDS } from './interest-questions.ts';
import { PERSON_LEVEL_VALUE, personLevelOf } from './levels.ts';
import type { MatchRequest, MatchResult, Preferences } from './match.schema.ts';
import type { SkillResolution, SkillVocabulary } from './skill-vocabulary.ts';
import type { PathwayPerson } from '../pathways/eligibility.ts';
import { stageFromDegree } from './person-stage.ts';
import { parseEducation } from './education-parser.ts';
import { textKey } from '../text/text-key.ts';

export interface KnownSkill {
  /** Level value on the 1..3 scale. */
  value: number;
  /** The skill as the person named it, or the one it was inferred from. */
  name: string;
  /** The typed skill this one was inferred from; null when the person gave it. */
  from: string | null;
}

export interface Person {
  degree: { entry: DegreeEntry; facts: DegreeFacts } | null;
  skills: Map<string, KnownSkill>;
  /** One value per kind of work (0 no, 0.5 maybe or skipped, 1 yes); null when all were skipped. */
  interests: number[] | null;
  preferences: Required<Pick<Preferences, 'remote' | 'hoursPerWeek'>> & Omit<Preferences, 'remote' | 'hoursPerWeek'>;
  understood: MatchResult['understood'];
  /** What eligibility needs: stage, age, category. */
  pathway: PathwayPerson;
}

export const DEFAULT_HOURS_PER_WEEK = 10;

export interface Vocabularies {
  degrees: DegreeVocabulary;
  skills: SkillVocabulary;
  hasCareer(slug: string): boolean;
}

/** The error for a degree no vocabulary entry is close to, with the nearest ones if any. */
export function unknownDegree(input: string, suggestions: string[]): FieldError {
  const hint = suggestions.length ? ` Nearest: ${suggestions.join('; ')}.` : ' Choose one from the list of degrees (GET /api/v1/vocabularies/degrees).';
  return { field: 'degree', message: `"${input}" is not close to any degree we know.${hint}` };
}

export function understand(request: MatchRequest, vocab: Vocabularies): { person: Person } | { errors: FieldError[] } {
  const errors: FieldError[] = [];
  let degree: Person['degree'] = null;
  let degreeUnderstood: MatchResult['understood']['degree'] = null;
  const parsed = request.degree ? parseEducation(request.degree) : null;
  if (request.degree !== undefined && request.degree.trim() !== '') {
    const r = vocab.degrees.resolve(request.degree);
    if (r.entry) {
      const entryStage = stageFromDegree(r.entry, vocab.degrees.facts(r.entry));
      // never let a nearest match change the stream the person wrote ("12th arts" is not Class 12 PCB)
      const conflicts = r.how === 'nearest' && parsed?.stage && entryStage && entryStage !== parsed.stage;
      if (!conflicts) {
        degree = { entry: r.entry, facts: vocab.degrees.facts(r.entry) };
        degreeUnderstood = { input: request.degree, id: r.entry.id, degree: r.entry.degree, level: r.entry.level, how: r.how };
      }
    } else if (!parsed?.stage && !parsed?.candidates.length) {
      errors.push(unknownDegree(request.degree, r.suggestions));
    }
  }
  const current = request.preferences?.currentCareer;
  if (current !== undefined && !vocab.hasCareer(current)) {
    errors.push({ field: 'preferences.currentCareer', message: `no career with slug "${current}"` });
  }
  if (errors.length) return { errors };

  const skills = new Map<string, KnownSkill>();
  const understoodSkills: MatchResult['understood']['skills'] = [];
  const unmatchedSkills: MatchResult['understood']['unmatchedSkills'] = [];
  const resolved = new Map<string, SkillResolution>();
  for (const typed of request.skills ?? []) {
    const r = resolved.get(typed.name) ?? vocab.skills.resolve(typed.name);
    resolved.set(typed.name, r);
    if (!r.entry) {
      unmatchedSkills.push({ input: typed.name, suggestions: r.suggestions });
      continue;
    }
    const value = PERSON_LEVEL_VALUE[typed.level];
    understoodSkills.push({ input: typed.name, name: r.entry.name, level: typed.level, how: r.how });
    const had = skills.get(r.entry.id);
    if (!had || had.from !== null || had.value < value) skills.set(r.entry.id, { value, name: r.entry.name, from: null });
  }
  // one step of inference only, from skills the person gave: predictable and easy to explain
  for (const [id, known] of [...skills]) {
    if (known.from !== null) continue;
    for (const { id: target, drop } of vocab.skills.implied(id)) {
      const value = known.value - drop;
      const had = skills.get(target);
      if (personLevelOf(value) === null || (had && had.value >= value)) continue;
      skills.set(target, { value, name: vocab.skills.get(target)?.name ?? target, from: known.name });
    }
  }

  const answers = request.interests ?? {};
  const answered = INTEREST_KINDS.filter((k) => answers[k.id] !== undefined).length;
  const interests = answered === 0 ? null : INTEREST_KINDS.map((k) => ANSWER_VALUE[answers[k.id] ?? 'maybe']);
  const p = request.preferences ?? {};
  // words that could mean several stages ("12th pass") are asked about, never narrowed by the degree list's nearest entry
  const inferred = parsed?.stage ?? (degree && !parsed?.candidates.length ? stageFromDegree(degree.entry, degree.facts) : null);
  const stage = request.stage ?? inferred;
  const stageUnderstood = request.stage ? { value: request.stage, how: 'given' as const } : inferred ? { value: inferred, how: 'degree' as const } : null;
  const pathway: PathwayPerson = {
    stage,
    age: request.age ?? null,
    category: request.category ?? 'general',
    pwd: request.pwd ?? false,
    working: (p.yearsExperience ?? 0) >= 1,
    remoteOnly: p.remote === 'only',
    completed: degree && degree.entry.level !== 'Class 12' && degree.entry.level !== 'Class 10' ? textKey(degree.entry.degree) : null,
  };
  return {
    person: {
      degree,
      skills,
      interests,
      preferences: { ...p, remote: p.remote ?? 'any', hoursPerWeek: p.hoursPerWeek ?? DEFAULT_HOURS_PER_WEEK },
      understood: {
        degree: degreeUnderstood,
        skills: understoodSkills,
        unmatchedSkills,
        interestsAnswered: answered,
        stage: stageUnderstood,
        stageCandidates: request.stage ? [] : (parsed?.candidates ?? []),
      },
      pathway,
    },
  };
}
