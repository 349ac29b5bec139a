/**
 * Pathways: the routes from where a person stands (a starting stage) to a career's first job,
 * as ordered stages with durations, costs and, for exams, a reference to the exam's
 * eligibility data (content/exams.yaml). Stage and pathway ids are stable: saved progress
 * hangs on them, so an edit may reorder or reword stages but never reuse an id for another.
 */
import Type, { type Static } from 'typebox';

const Id = (description: string) => Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description });
const Text = (description: string, maxLength = 2000) => Type.String({ minLength: 1, maxLength, description });

/** Where a person can stand today. `*-any` values are wildcards a pathway may start from. */
export const START_STAGES = [
  'class-10',
  'class-12-science-pcm',
  'class-12-science-pcb',
  'class-12-commerce',
  'class-12-arts',
  'class-12-any',
  'iti',
  'diploma',
  'graduate-engineering',
  'graduate-science',
  'graduate-computing',
  'graduate-commerce',
  'graduate-arts',
  'graduate-health',
  'graduate-law',
  'graduate-any',
  'postgraduate',
  'working-professional',
] as const;
export type StartStage = (typeof START_STAGES)[number];

export const STAGE_KINDS = ['exam', 'degree', 'diploma', 'training', 'apprenticeship', 'licence', 'experience', 'skills', 'job-search'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

/** Qualification levels, lowest first; a degree or diploma stage `awards` one. */
export const QUALIFICATIONS = ['none', 'class-10', 'class-12', 'iti', 'diploma', 'graduate', 'postgraduate'] as const;
export type Qualification = (typeof QUALIFICATIONS)[number];

export const RangeMonths = Type.Object(
  {
    min: Type.Number({ minimum: 0, maximum: 240, description: 'Shortest typical duration, months' }),
    max: Type.Number({ minimum: 0, maximum: 240, description: 'Longest typical duration, months' }),
  },
  { additionalProperties: false, description: 'Duration range in months (min ≤ max)' },
);

export const RangeInr = Type.Object(
  {
    min: Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'Lowest typical total cost, ₹' }),
    max: Type.Integer({ minimum: 0, maximum: 100_000_000, description: 'Highest typical total cost, ₹' }),
  },
  { additionalProperties: false, description: 'Typical total cost of the stage in rupees (min ≤ max)' },
);

export const PathwayStage = Type.Object(
  {
    id: Id('Stable id of the stage within the career, e.g. "neet-ug" or "mbbs"'),
    kind: Type.Enum([...STAGE_KINDS], { description: 'What kind of stage this is' }),
    name: Text('Stage name as shown, e.g. "MBBS (4.5 years + 1-year internship)"', 160),
    months: RangeMonths,
    costInr: Type.Optional(RangeInr),
    exam: Type.Optional(Id('For kind "exam": the id of the exam in content/exams.yaml')),
    awards: Type.Optional(Type.Enum([...QUALIFICATIONS], { description: 'For degree/diploma/training stages: the qualification completed' })),
    roadmap: Type.Optional(Type.Boolean({ description: "True on the stage whose work is the career's month-by-month skills roadmap" })),
    note: Type.Optional(Text('What to know about this stage', 600)),
  },
  { additionalProperties: false },
);

export const Pathway = Type.Object(
  {
    id: Id('Stable id of the route, e.g. "after-12-pcb"'),
    from: Type.Array(Type.Enum([...START_STAGES]), {
      minItems: 1,
      maxItems: START_STAGES.length,
      description: 'Starting stages this route applies to',
    }),
    title: Text('One-line name of the route, e.g. "After Class 12 (PCB): NEET-UG, MBBS, NMC registration"', 200),
    stages: Type.Array(PathwayStage, { minItems: 1, maxItems: 20 }),
    note: Type.Optional(Text('Who takes this route and what to weigh', 800)),
  },
  { additionalProperties: false },
);

/** Names people type for the career besides its English titles: Hindi and romanised Hindi. */
export const LocalNames = Type.Object(
  {
    hi: Type.Array(Text('A Hindi name in Devanagari, e.g. "डॉक्टर"', 80), { minItems: 1, maxItems: 12 }),
    latin: Type.Array(Text('A romanised Hindi / Hinglish word people use, e.g. "daktar", "sarkari teacher"', 80), {
      maxItems: 20,
    }),
  },
  { additionalProperties: false },
);

export type PathwayStage = Static<typeof PathwayStage>;
export type Pathway = Static<typeof Pathway>;
export type LocalNames = Static<typeof LocalNames>;
