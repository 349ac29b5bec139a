/**
 * The match request and result: one schema validates POST /api/v1/match, documents it in
 * OpenAPI, checks the /match page's query, and types the matcher's output.
 */
import Type, { type Static, type TSchema } from 'typebox';
import { SEGMENT_KINDS } from '../careers/career.schema.ts';
import { CATEGORIES } from '../careers/exam.schema.ts';
import { START_STAGES } from '../careers/pathway.schema.ts';
import { ELIGIBILITY_STATUSES } from '../pathways/eligibility.ts';
import { INTEREST_ANSWERS, INTEREST_KINDS, type InterestAnswer, type InterestId } from './interest-questions.ts';
import { PERSON_LEVELS } from './levels.ts';

const oneOf = <const T extends string[]>(values: readonly [...T], description: string) => Type.Enum<T>(values, { description });

/** `T | null` as one JSON Schema type list (`["integer", "null"]`) rather than an anyOf of two schemas. */
const orNull = <T extends TSchema>(schema: T, description?: string) =>
  Type.Unsafe<Static<T> | null>({ ...schema, type: [(schema as { type?: string }).type ?? 'object', 'null'], ...(description ? { description } : {}) });

export const MAX_SKILLS = 50;
export const REMOTE_PREFERENCES = ['any', 'prefer', 'only'] as const;
export const STEP_STATUSES = ['done', 'partial', 'todo'] as const;
export const PART_NAMES = ['skills', 'education', 'interests', 'preferences'] as const;
export type PartName = (typeof PART_NAMES)[number];

export const SkillInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 80, description: 'Skill as the person writes it: "js", "excel", "Python"' }),
    level: oneOf(PERSON_LEVELS, 'How well the person knows it'),
  },
  { additionalProperties: false },
);

export const InterestAnswers = Type.Object(Object.fromEntries(INTEREST_KINDS.map((k) => [k.id, Type.Optional(oneOf(INTEREST_ANSWERS, k.question))])), {
  additionalProperties: false,
  description: 'Answers to GET /api/v1/vocabularies/interests, by question id; skipped questions count as "maybe"',
});

export const Preferences = Type.Object(
  {
    remote: Type.Optional(oneOf(REMOTE_PREFERENCES, 'any (default), prefer remote work, or remote only')),
    segment: Type.Optional(
      oneOf(SEGMENT_KINDS, "Kind of salary segment to compare the target with; default each career's headline segment (the pay most people in it get)"),
    ),
    targetLpa: Type.Optional(Type.Number({ minimum: 0, maximum: 500, description: 'Target salary, INR lakh per annum' })),
    yearsExperience: Type.Optional(Type.Number({ minimum: 0, maximum: 50, description: 'Years of work experience' })),
    hoursPerWeek: Type.Optional(Type.Number({ minimum: 1, maximum: 100, description: 'Hours a week available for learning; default 10' })),
    currentCareer: Type.Optional(Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description: 'Slug of the current career, if any' })),
  },
  { additionalProperties: false },
);

export const MatchRequest = Type.Object(
  {
    degree: Type.Optional(
      Type.String({ minLength: 1, maxLength: 120, description: 'Degree or current education, free text; matched to GET /api/v1/vocabularies/degrees' }),
    ),
    skills: Type.Optional(Type.Array(SkillInput, { maxItems: MAX_SKILLS, description: `Up to ${MAX_SKILLS} skills` })),
    interests: Type.Optional(InterestAnswers),
    preferences: Type.Optional(Preferences),
    stage: Type.Optional(
      oneOf(START_STAGES, 'Where the person stands today (class, stream, degree field); default inferred from `degree` when it says, else unknown'),
    ),
    age: Type.Optional(Type.Integer({ minimum: 10, maximum: 70, description: 'Age in completed years, checked against exam age limits' })),
    category: Type.Optional(oneOf(CATEGORIES, 'Reservation category, for exam age relaxations; default general')),
    pwd: Type.Optional(Type.Boolean({ description: 'Person with benchmark disability: adds the PwD age relaxation' })),
    limit: Type.Optional(
      Type.Integer({
        minimum: 1,
        maximum: 100_000,
        description:
          'Return the best N careers, each explained; default 20; a number past the catalog size returns every career (total says how many were ranked)',
      }),
    ),
  },
  { $id: 'MatchRequest', additionalProperties: false, description: 'A person: degree, skills with levels, interests, preferences' },
);

export type MatchRequest = Omit<Static<typeof MatchRequest>, 'interests'> & { interests?: Partial<Record<InterestId, InterestAnswer>> };
export type Preferences = Static<typeof Preferences>;

const Part = Type.Object({
  score: orNull(Type.Integer({ minimum: 0, maximum: 100 }), 'null when the person gave nothing to rate it on'),
  weight: Type.Integer({ minimum: 0, maximum: 100, description: 'Share of the fit, in percent, after unrated parts are left out' }),
  reason: Type.String(),
});

const MissingSkill = Type.Object({
  name: Type.String(),
  importance: Type.String(),
  levelNeeded: Type.String(),
  yourLevel: orNull(Type.String()),
  from: orNull(Type.String(), 'The skill you gave that this level was inferred from, if any'),
  priority: Type.Number({ description: 'importance weight × levels missing; higher first' }),
});

const Months = Type.Object({ min: Type.Number(), max: Type.Number() }, { description: 'Months, shortest to longest typical' });

const Eligibility = Type.Object({
  status: oneOf(
    ELIGIBILITY_STATUSES,
    'eligible: only job search remains; not-yet: stages remain; ineligible: a hard rule cannot be met; unknown: we do not know your stage or have no route from it',
  ),
  reasons: Type.Array(Type.String(), { description: 'Why, in plain words' }),
  route: orNull(Type.Object({ id: Type.String(), title: Type.String() }), 'The pathway the answer follows: the shortest open one'),
});

const PersonalStep = Type.Object({
  id: Type.String({ description: 'Stable id: the pathway stage id or the career roadmap step id' }),
  kind: oneOf(['stage', 'skills'] as const, "stage: a pathway stage (exam, degree, licence…); skills: a step of the career's skills roadmap"),
  months: orNull(Months, 'For pathway stages: how long it takes'),
  step: Type.Integer(),
  title: Type.String(),
  status: oneOf(STEP_STATUSES, 'done: your skills cover it, skip it; partial: shortened; todo: full step'),
  coveredBy: Type.Array(Type.String(), { description: 'Your skills that cover (part of) the step' }),
  hours: orNull(Type.Integer(), 'Study hours for a skills step; null for a pathway stage (see months)'),
  startWeek: orNull(Type.Integer()),
  endWeek: orNull(Type.Integer()),
  note: Type.String(),
});

const PersonalRoadmap = Type.Object({
  monthsToFirstJob: orNull(Months, 'From where the person stands, through every remaining stage; null when eligibility is unknown or ineligible'),
  steps: Type.Array(PersonalStep, { description: 'From where the person stands: the remaining pathway stages, then the skills roadmap' }),
  totalHours: Type.Integer(),
  totalWeeks: Type.Integer(),
  summary: Type.String(),
});

const PlanB = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  afterExam: Type.Object({ id: Type.String(), name: Type.String() }, { description: 'The exam whose preparation this career reuses' }),
  reuses: Type.String({ description: 'What carries over, in plain words' }),
  eligibility: Type.Object({
    status: oneOf(ELIGIBILITY_STATUSES, 'This Plan B career judged for the person, as for any career'),
    reasons: Type.Array(Type.String()),
    monthsToFirstJob: orNull(Months, 'From where the person stands; null when unknown or ineligible'),
  }),
});

export const CareerMatch = Type.Object({
  rank: Type.Integer({ minimum: 1 }),
  slug: Type.String(),
  title: Type.String(),
  category: Type.String(),
  remote: Type.String(),
  fit: Type.Integer({ minimum: 0, maximum: 100 }),
  current: Type.Boolean({ description: 'The career the person named as their current one' }),
  parts: Type.Object({ skills: Part, education: Part, interests: Part, preferences: Part }),
  eligibility: Eligibility,
  missingSkills: Type.Array(MissingSkill),
  roadmap: PersonalRoadmap,
  planB: Type.Array(PlanB, {
    maxItems: 6,
    description:
      'For a career gated by a competitive exam still ahead of the person: careers that reuse the same preparation from the same stage, open ones first, soonest first. Empty when no such exam is ahead.',
  }),
});

export const MatchResult = Type.Object(
  {
    understood: Type.Object({
      degree: orNull(
        Type.Object({
          input: Type.String(),
          id: Type.String(),
          degree: Type.String(),
          level: Type.String(),
          how: oneOf(['exact', 'alias', 'nearest'] as const, 'How the text was matched'),
        }),
        'The vocabulary entry the degree was matched to; null when none was given',
      ),
      skills: Type.Array(Type.Object({ input: Type.String(), name: Type.String(), level: Type.String(), how: Type.String() })),
      unmatchedSkills: Type.Array(Type.Object({ input: Type.String(), suggestions: Type.Array(Type.String()) })),
      interestsAnswered: Type.Integer(),
      stage: orNull(
        Type.Object({ value: oneOf(START_STAGES, 'Where the person stands'), how: oneOf(['given', 'degree'] as const, 'Chosen, or read from the degree') }),
        'null when neither the request nor the degree says; eligibility is then unknown',
      ),
      stageCandidates: Type.Array(oneOf(START_STAGES, 'A stage'), {
        description: 'When the degree text could mean several stages ("12th pass"): the ones it could be, for the person to choose',
      }),
    }),
    weights: Type.Object({ skills: Type.Integer(), education: Type.Integer(), interests: Type.Integer(), preferences: Type.Integer() }),
    assumptions: Type.Object({ hoursPerWeek: Type.Number(), hoursPerRoadmapMonth: Type.Integer(), note: Type.String() }),
    total: Type.Integer({ description: 'Careers ranked (the whole catalog)' }),
    careers: Type.Array(CareerMatch),
  },
  { $id: 'MatchResult' },
);

export type CareerMatch = Static<typeof CareerMatch>;
export type MatchResult = Static<typeof MatchResult>;
export type MissingSkill = Static<typeof MissingSkill>;
export type PersonalRoadmap = Static<typeof PersonalRoadmap>;
export type PersonalStep = Static<typeof PersonalStep>;
