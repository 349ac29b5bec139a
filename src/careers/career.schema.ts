/**
 * The career profile: one schema for the content files, the API response and the
 * page importer's output. Field names are the public contract of BRIEF.md; new fields
 * may be added, none renamed.
 */
import Type, { type Static } from 'typebox';
import { LocalNames, Pathway } from './pathway.schema.ts';
import { Translations } from './translation.schema.ts';

export const RATINGS = ['low', 'low-medium', 'medium', 'medium-high', 'high'] as const;
export const SKILL_LEVELS = ['beginner', 'beginner-intermediate', 'intermediate', 'intermediate-advanced', 'advanced'] as const;
export const FUTURE_SCOPES = ['limited', 'moderate', 'good', 'strong', 'excellent'] as const;
export const SEGMENTS = ['pan-india', 'metro', 'remote'] as const;
/** What a salary segment describes; `remote` only where the same job is done remotely. */
export const SEGMENT_KINDS = ['pan-india', 'metro', 'government', 'private', 'self-employed', 'abroad', 'remote'] as const;
export const BAND_LEVELS = ['entry', 'mid', 'senior'] as const;
export const TITLE_LEVELS = ['entry', 'junior', 'mid', 'developer', 'senior', 'specialist', 'leadership'] as const;

const literals = <const T extends string[]>(values: readonly [...T], description: string) => Type.Enum<T>(values, { description });

const Text = (description: string, maxLength = 2000) => Type.String({ minLength: 1, maxLength, description });
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description: 'URL slug, kebab-case' });

export const Rating = literals(RATINGS, 'A five-step rating from low to high');
export const SkillLevel = literals(SKILL_LEVELS, 'Level of mastery needed, possibly a range');
export const Segment = literals(
  SEGMENTS,
  "pan-india: all of India; metro: metro cities / product, SaaS or tech companies (or the field's premium employers); remote: remote, freelance or contract",
);
export const BandLevel = literals(BAND_LEVELS, 'Career level of a salary band');

export const SalaryBand = Type.Object(
  {
    level: BandLevel,
    minLpa: Type.Number({ minimum: 0, maximum: 1000, description: 'Lower bound, INR lakh per annum' }),
    maxLpa: Type.Union([Type.Number({ minimum: 0, maximum: 1000 }), Type.Null()], {
      description: 'Upper bound, INR lakh per annum; null means open-ended ("38.0 LPA+")',
    }),
  },
  { additionalProperties: false },
);

export const SalarySegment = Type.Object(
  {
    segment: Type.String({
      pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
      maxLength: 60,
      description: 'Stable kebab-case id of the segment within the career, e.g. "pan-india", "government", "private-hospitals"',
    }),
    kind: Type.Optional(literals(SEGMENT_KINDS, 'What the segment describes: pan-india, metro, government, private, self-employed, abroad or remote')),
    headline: Type.Optional(Type.Boolean({ description: 'True on exactly one segment: the pay most people in this career actually get' })),
    label: Text('Heading shown for the segment, e.g. "Metro / Product, SaaS or tech company"', 120),
    note: Text('What drives pay in this segment'),
    bands: Type.Array(SalaryBand, { minItems: 1, maxItems: 3 }),
  },
  { additionalProperties: false },
);

export const CareerSkill = Type.Object(
  {
    name: Text('Skill name; skills are shared across careers, matched case- and punctuation-insensitively', 120),
    type: Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 60, description: 'snake_case kind of skill, e.g. programming' }),
    importance: Rating,
    level: SkillLevel,
    usedFor: Text('What the skill is used for in this career'),
  },
  { additionalProperties: false },
);

export const EducationOption = Type.Object(
  {
    level: Text('Education level, e.g. Engineering, Graduate, Postgraduate, Class 12, Diploma, No degree', 60),
    degree: Text('Degree or route, e.g. "B.Tech / BE CSE or IT"', 120),
    fitScore: Type.Integer({ minimum: 0, maximum: 100, description: 'How well this route fits, out of 100' }),
    preferred: Type.Boolean({ description: 'Whether employers prefer this route' }),
    reason: Text('Why this route fits or does not'),
  },
  { additionalProperties: false },
);

export const RoadmapStep = Type.Object(
  {
    id: Type.Optional(
      Type.String({
        pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
        maxLength: 80,
        description: 'Stable id; saved progress hangs on it, so rewording or reordering keeps it',
      }),
    ),
    hours: Type.Optional(Type.Integer({ minimum: 1, maximum: 2000, description: 'Hours of study or practice the step takes' })),
    step: Type.Integer({ minimum: 1, maximum: 60, description: 'Month number, 1..n in order' }),
    title: Text('Step title', 160),
    goal: Text('What the learner should reach'),
    task: Text('What to do'),
    output: Text('What to have at the end', 300),
  },
  { additionalProperties: false },
);

export const CareerTask = Type.Object(
  {
    name: Text('Task', 200),
    frequency: Text('How often, e.g. daily/weekly', 60),
    output: Text('What the task produces'),
  },
  { additionalProperties: false },
);

export const CareerTool = Type.Object(
  {
    name: Text('Tool name, e.g. "PostgreSQL or MySQL"; tools are shared across careers', 120),
    category: Text('Kind of tool, e.g. relational database', 80),
    usedFor: Text('What the tool is used for'),
  },
  { additionalProperties: false },
);

export const JobTitle = Type.Object(
  {
    title: Text('Title as seen on job portals', 160),
    level: literals(TITLE_LEVELS, 'Seniority of the title'),
    note: Text('Short note', 300),
  },
  { additionalProperties: false },
);

export const SimilarCareer = Type.Object(
  {
    slug: Type.Union([Slug, Type.Null()], { description: 'Slug of the career in the catalog; null when it is not in the catalog' }),
    title: Text('Title of the similar career', 160),
    similarity: Type.Integer({ minimum: 0, maximum: 100, description: 'Similarity in percent' }),
    note: Text('How the two differ'),
  },
  { additionalProperties: false },
);

export const ProgressionStage = Type.Object(
  {
    stage: Text('Stage name, e.g. Entry, Senior Developer', 80),
    titles: Type.Array(Text('Typical title', 160), { minItems: 1, maxItems: 12 }),
    experience: Type.String({
      pattern: '^\\d{1,2}(-\\d{1,2})?\\+? years?$',
      description: 'Years of experience: "0-1 year", "2-5 years" or "10+ years"',
    }),
    payLevel: Type.Optional(
      Type.Enum(['entry', 'mid', 'senior'] as const, {
        description:
          'Which band of the headline salary segment people at this stage are usually paid in; leave out when none fits (a move to another kind of work)',
      }),
    ),
  },
  { additionalProperties: false },
);

export const Industry = Type.Object(
  {
    name: Text('Industry; industries are shared across careers', 120),
    hiringStrength: Rating,
  },
  { additionalProperties: false },
);

export const PortfolioProject = Type.Object(
  {
    title: Text('Project title', 160),
    type: Type.String({ pattern: '^[a-z][a-z0-9_]*$', maxLength: 60, description: 'snake_case kind of project' }),
    description: Text('What to build or do'),
    proofOutput: Text('The proof of work to show'),
  },
  { additionalProperties: false },
);

export const Risk = Type.Object({ title: Text('Risk', 160), description: Text('Why it matters') }, { additionalProperties: false });

export const Faq = Type.Object({ question: Text('Question', 300), answer: Text('Answer', 3000) }, { additionalProperties: false });

export const Source = Type.Object(
  {
    name: Text('Source the figures are based on, e.g. a public salary survey or a pay commission report', 300),
    url: Type.Optional(Type.String({ format: 'uri', maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const Provenance = Type.Object(
  {
    sources: Type.Array(Source, { minItems: 1, maxItems: 20 }),
    reviewedAt: Type.String({ format: 'date', description: 'Date of the last editorial review (YYYY-MM-DD)' }),
    reviewedBy: Text('Who last reviewed the profile', 120),
    revision: Type.Integer({ minimum: 1, description: 'Revision number, incremented on every published change' }),
  },
  { additionalProperties: false },
);

export const ReferenceCodes = Type.Object(
  {
    onet: Type.Optional(Type.String({ pattern: '^\\d{2}-\\d{4}\\.\\d{2}$', description: 'O*NET-SOC 2019 code' })),
    isco: Type.Optional(Type.String({ pattern: '^\\d{4}$', description: 'ISCO-08 unit group (NCO-2015 backbone)' })),
  },
  { additionalProperties: false },
);

export const CareerProfile = Type.Object(
  {
    slug: Slug,
    title: Text('Career title', 120),
    category: Text('Category, e.g. Software Development', 80),
    roleFamily: Text('Role family, e.g. Developer', 80),
    experience: Type.Object(
      {
        minYears: Type.Integer({ minimum: 0, maximum: 50 }),
        maxYears: Type.Union([Type.Integer({ minimum: 0, maximum: 50 }), Type.Null()], { description: 'null = open-ended' }),
      },
      { additionalProperties: false, description: 'Experience range the profile covers' },
    ),
    remote: literals(['low', 'medium', 'high'] as const, 'How remote-friendly the work is'),
    demand: literals(['low', 'medium', 'high'] as const, 'Hiring demand in India'),
    futureScope: literals(FUTURE_SCOPES, 'Outlook over the next years'),
    summary: Text('One-line summary', 400),
    description: Text('Longer description', 4000),
    mainRole: Text('Main responsibilities', 3000),
    bestFitFor: Text('Who the career fits', 3000),
    notBestFor: Text('Who should think twice', 3000),
    salary: Type.Array(SalarySegment, { minItems: 1, maxItems: 6 }),
    skills: Type.Array(CareerSkill, { minItems: 1, maxItems: 40 }),
    education: Type.Array(EducationOption, { minItems: 1, maxItems: 20 }),
    roadmap: Type.Array(RoadmapStep, { minItems: 1, maxItems: 36 }),
    tasks: Type.Array(CareerTask, { minItems: 1, maxItems: 30 }),
    tools: Type.Array(CareerTool, { minItems: 1, maxItems: 30 }),
    jobTitles: Type.Array(JobTitle, { minItems: 1, maxItems: 40 }),
    similarCareers: Type.Array(SimilarCareer, { maxItems: 20 }),
    progression: Type.Array(ProgressionStage, { minItems: 1, maxItems: 15 }),
    industries: Type.Array(Industry, { minItems: 1, maxItems: 30 }),
    portfolioProjects: Type.Array(PortfolioProject, { minItems: 1, maxItems: 20 }),
    risks: Type.Array(Risk, { minItems: 1, maxItems: 20 }),
    faqs: Type.Array(Faq, { minItems: 1, maxItems: 30 }),
    provenance: Provenance,
    codes: Type.Optional(ReferenceCodes),
    regulation: Type.Optional(
      Type.Object(
        {
          body: Text('Who regulates practice, e.g. "National Medical Commission and State Medical Councils"', 200),
          requirement: Text('What a person must hold to practise, e.g. "NMC / State Medical Council registration after MBBS and internship"', 400),
        },
        { additionalProperties: false, description: 'Set when the law requires a licence, registration or qualifying exam to practise' },
      ),
    ),
    pathways: Type.Optional(Type.Array(Pathway, { minItems: 1, maxItems: 16, description: 'Routes from each starting stage to the first job' })),
    localNames: Type.Optional(LocalNames),
    translations: Type.Optional(Translations),
  },
  { $id: 'CareerProfile', additionalProperties: false, description: 'A complete India career profile' },
);

export type CareerProfile = Static<typeof CareerProfile>;
export type SalarySegment = Static<typeof SalarySegment>;
export type SalaryBand = Static<typeof SalaryBand>;
export type Rating = Static<typeof Rating>;
