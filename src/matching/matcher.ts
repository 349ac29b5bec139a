/**
 * The matcher: a person against every career in the catalog. Pure and deterministic:
 * the same catalog and request always give the same ranking, byte for byte.
 *
 * fit = Σ weight × part score over the parts the person gave input for, divided by the
 * sum of those weights (see docs/matching.md for the weights and why).
 */
import { derived } from '../catalog/snapshot.ts';
import type { CareerProfile } from '../careers/career.schema.ts';
import type { Exam } from '../careers/exam.schema.ts';
import { EMPTY_VOCABULARIES, type SkillWords } from '../careers/vocabulary-file.schema.ts';
import type { FieldError } from '../errors.ts';
import { eligibilityFor, type Eligibility } from '../pathways/eligibility.ts';
import { planBFor, planBGroups, type PlanBGroup } from '../pathways/plan-b.ts';
import { indexCatalog, type IndexedCareer } from './career-index.ts';
import { createDegreeVocabulary, type DegreeVocabulary } from './degree-vocabulary.ts';
import { PART_NAMES, type CareerMatch, type MatchRequest, type MatchResult, type PartName } from './match.schema.ts';
import { understand, type Person } from './person.ts';
import { assumptionNote, HOURS_PER_ROADMAP_MONTH, personalRoadmap } from './personal-roadmap.ts';
import { educationReason, educationScore, type RouteMemo } from './score-education.ts';
import { interestsReason, interestsScore } from './score-interests.ts';
import { preferencesReason, preferencesScore } from './score-preferences.ts';
import { missingSkills, skillCoverage, skillsReason, skillsScore } from './score-skills.ts';
import { createSkillVocabulary, type SkillVocabulary } from './skill-vocabulary.ts';

/** Skills first (what hiring tests and the roadmap builds on), then interests, education, preferences. */
/** Careers explained in an answer unless the request asks for more: each one carries its gaps and roadmap. */
export const DEFAULT_LIMIT = 20;

export const PART_WEIGHTS: Record<PartName, number> = { skills: 40, interests: 25, education: 20, preferences: 15 };

export interface Matcher {
  readonly degrees: DegreeVocabulary;
  readonly skills: SkillVocabulary;
  readonly size: number;
  match(request: MatchRequest): { result: MatchResult } | { errors: FieldError[] };
}

interface Scored {
  career: IndexedCareer;
  fit: number;
  eligibility: Eligibility;
  /** 0..100 unrounded, null when the person gave nothing to rate the part on. */
  scores: Record<PartName, number | null>;
  coverage: number[];
}

/** What one request needs besides the person: the current career's title, the route memo. */
interface Context {
  person: Person;
  exams: (id: string) => Exam | undefined;
  planB: (slug: string) => readonly PlanBGroup[];
  currentTitle: string | undefined;
  routes: RouteMemo;
}

/**
 * Careers the person cannot enter (a hard rule: age limit, Class 12 subjects, remote-only on
 * an on-site career) rank below every other; then best fit first; exact ties by demand,
 * then title, then slug (the index's tieRank), so the order never depends on input order.
 */
const blocked = (s: Scored) => (s.eligibility.status === 'ineligible' ? 1 : 0);
const soonest = (s: Scored) => s.eligibility.monthsToFirstJob?.min ?? Infinity;
/** At the same shown fit, the career whose pathway the person's own completed course is on comes first (a nursing graduate: Staff Nurse). */
const ownCourse = (s: Scored) => (s.eligibility.onCompletedCourse ? 1 : 0);
const byFit = (a: Scored, b: Scored) =>
  blocked(a) - blocked(b) ||
  Math.round(b.fit) - Math.round(a.fit) ||
  ownCourse(b) - ownCourse(a) ||
  b.fit - a.fit ||
  soonest(a) - soonest(b) ||
  a.career.tieRank - b.career.tieRank;

/** Numbers only: this runs for every career in the catalog, so it builds no text. */
function score(career: IndexedCareer, { person, routes, exams }: Context): Scored {
  const coverage = skillCoverage(career, person);
  const scores = {
    skills: skillsScore(career, person, coverage),
    education: educationScore(career, person, routes),
    interests: interestsScore(career, person),
    preferences: preferencesScore(career, person),
  };
  let sum = 0;
  let weight = 0;
  for (const name of PART_NAMES) {
    const s = scores[name];
    if (s === null) continue;
    sum += PART_WEIGHTS[name] * s;
    weight += PART_WEIGHTS[name];
  }
  return { career, fit: weight === 0 ? 0 : sum / weight, eligibility: eligibilityFor(career.profile, person.pathway, exams), scores, coverage };
}

/** Words, gaps and the roadmap: only for the careers the response shows. */
function present(s: Scored, rank: number, { person, currentTitle, exams, planB }: Context, weights: Record<PartName, number>): CareerMatch {
  const { career, coverage } = s;
  const p = career.profile;
  const part = (name: PartName, reason: string) => {
    const score = s.scores[name];
    return { score: score === null ? null : Math.round(score), weight: weights[name], reason };
  };
  return {
    rank,
    slug: p.slug,
    title: p.title,
    category: p.category,
    remote: p.remote,
    fit: Math.round(s.fit),
    current: p.slug === person.preferences.currentCareer,
    parts: {
      skills: part('skills', skillsReason(career, person, coverage)),
      education: part('education', educationReason(career, person)),
      interests: part('interests', interestsReason(career, person)),
      preferences: part('preferences', preferencesReason(career, person, currentTitle)),
    },
    eligibility: { status: s.eligibility.status, reasons: s.eligibility.reasons, route: s.eligibility.route },
    missingSkills: missingSkills(career, person, coverage),
    roadmap: personalRoadmap(career, person, coverage, s.eligibility),
    planB: planBFor(planB(p.slug), examsAhead(s.eligibility), person.pathway, exams),
  };
}

/** The exams still ahead on the person's route; null when we know no open route for them (then every Plan B applies). */
const examsAhead = (e: Eligibility) => (e.route ? e.stages.flatMap((stage) => (stage.exam ? [stage.exam] : [])) : null);

function effectiveWeights(first: Scored | undefined): Record<PartName, number> {
  const rated = (name: PartName) => first !== undefined && first.scores[name] !== null;
  const total = PART_NAMES.reduce((t, n) => t + (rated(n) ? PART_WEIGHTS[n] : 0), 0);
  const share = (n: PartName) => (rated(n) && total > 0 ? Math.round((100 * PART_WEIGHTS[n]) / total) : 0);
  return { skills: share('skills'), education: share('education'), interests: share('interests'), preferences: share('preferences') };
}

function nothingToRate(person: Person): FieldError | null {
  const p = person.preferences;
  const prefs = p.remote !== 'any' || p.targetLpa !== undefined || p.yearsExperience !== undefined || p.currentCareer !== undefined;
  // words that could mean several stages ("inter pass") are an answer too: the result asks which one
  const candidates = person.understood.stageCandidates.length > 0;
  if (person.degree || person.pathway.stage || candidates || person.skills.size > 0 || person.interests || prefs) return null;
  const unmatched = person.understood.unmatchedSkills.map((u) => u.input);
  const why = unmatched.length ? ` None of your skills (${unmatched.join(', ')}) is in the catalog.` : '';
  return { field: 'body', message: `give at least a degree or stage, one skill, one interest answer or one preference.${why}` };
}

export function createMatcher(profiles: readonly CareerProfile[], exams: readonly Exam[] = [], skillWords: SkillWords = EMPTY_VOCABULARIES.skills): Matcher {
  const examById = new Map(exams.map((e) => [e.id, e]));
  const careers = indexCatalog(profiles, skillWords);
  const bySlug = new Map(profiles.map((p) => [p.slug, p]));
  const degrees = createDegreeVocabulary(profiles);
  const skills = createSkillVocabulary(profiles, skillWords);
  const vocab = { degrees, skills, hasCareer: (slug: string) => bySlug.has(slug) };
  const exam = (id: string) => examById.get(id);
  const planB = new Map(profiles.map((p) => [p.slug, planBGroups(p, exam, (slug) => bySlug.get(slug))]));

  function match(request: MatchRequest): { result: MatchResult } | { errors: FieldError[] } {
    const understood = understand(request, vocab);
    if ('errors' in understood) return understood;
    const { person } = understood;
    const empty = nothingToRate(person);
    if (empty) return { errors: [empty] };
    const current = person.preferences.currentCareer;
    const context: Context = {
      person,
      exams: exam,
      planB: (slug) => planB.get(slug) ?? [],
      currentTitle: current === undefined ? undefined : bySlug.get(current)?.title,
      routes: new Map(),
    };
    const ranked = careers.map((c) => score(c, context)).sort(byFit);
    const weights = effectiveWeights(ranked[0]);
    const shown = ranked.slice(0, request.limit ?? DEFAULT_LIMIT);
    const hoursPerWeek = person.preferences.hoursPerWeek;
    return {
      result: {
        understood: person.understood,
        weights,
        assumptions: { hoursPerWeek, hoursPerRoadmapMonth: HOURS_PER_ROADMAP_MONTH, note: assumptionNote(hoursPerWeek) },
        total: ranked.length,
        careers: shown.map((s, i) => present(s, i + 1, context, weights)),
      },
    };
  }

  return { degrees, skills, size: careers.length, match };
}

/** One matcher per snapshot, shared by the API and the page. */
export const matcherOf = derived((snapshot) => createMatcher(snapshot.catalog.profiles, snapshot.catalog.exams, snapshot.catalog.vocabularies.skills));
