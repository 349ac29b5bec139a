/**
 * An entrance, recruitment or licensing exam and its eligibility as data
 * (content/exams.yaml). Career pathways refer to exams by id; matching reads these rules to
 * say "eligible", "not yet" or "ineligible", so every number here needs a source.
 */
import Type, { type Static } from 'typebox';
import { QUALIFICATIONS } from './pathway.schema.ts';

export const CATEGORIES = ['general', 'ews', 'obc', 'sc', 'st'] as const;
export type ReservationCategory = (typeof CATEGORIES)[number];

export const CLASS_12_SUBJECTS = ['physics', 'chemistry', 'biology', 'mathematics', 'english'] as const;

const Text = (description: string, maxLength = 2000) => Type.String({ minLength: 1, maxLength, description });

/** A value per reservation category (and PwD); a category left out gets the general value. */
const PerCategory = <T extends Type.TSchema>(value: T, description: string) =>
  Type.Object(
    {
      general: Type.Optional(value),
      ews: Type.Optional(value),
      obc: Type.Optional(value),
      sc: Type.Optional(value),
      st: Type.Optional(value),
      pwd: Type.Optional(value),
    },
    { additionalProperties: false, description },
  );

export const AgeRule = Type.Object(
  {
    min: Type.Optional(Type.Integer({ minimum: 10, maximum: 70, description: 'Minimum age in years' })),
    max: Type.Optional(Type.Integer({ minimum: 10, maximum: 70, description: 'Maximum age in years for the general category' })),
    asOn: Text('The date or rule the age is counted on, e.g. "1 August of the exam year"', 200),
    relaxationYears: Type.Optional(
      PerCategory(Type.Integer({ minimum: 0, maximum: 20 }), "Years added to the maximum age per category (PwD adds to the category's own)"),
    ),
  },
  { additionalProperties: false },
);

export const ExamEligibility = Type.Object(
  {
    qualification: Type.Enum([...QUALIFICATIONS], { description: 'Minimum qualification to sit the exam' }),
    finalYearMayApply: Type.Optional(Type.Boolean({ description: 'Students in the final year of that qualification may apply' })),
    class12Subjects: Type.Optional(
      Type.Array(Type.Enum([...CLASS_12_SUBJECTS]), { maxItems: 5, description: 'Class 12 subjects every candidate must have passed' }),
    ),
    minMarksPercent: Type.Optional(PerCategory(Type.Number({ minimum: 0, maximum: 100 }), 'Minimum aggregate marks in the qualifying exam, percent')),
    age: Type.Optional(AgeRule),
    attempts: Type.Optional(PerCategory(Type.Union([Type.Integer({ minimum: 1, maximum: 50 }), Type.Null()]), 'Attempts allowed; null = no limit')),
    nationality: Type.Optional(Text('Nationality rule', 400)),
    physical: Type.Optional(Text('Physical or medical standards', 600)),
    other: Type.Optional(Text('Any other rule (gender, marital status, domicile…)', 600)),
  },
  { additionalProperties: false },
);

/** One Plan B alternative: a career and what of the exam's preparation it reuses. */
export const PlanBOption = Type.Object(
  {
    career: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description: 'Slug of a catalog career' }),
    reuses: Text('What carries over, e.g. "the same PCB syllabus; admission on Class 12 marks or a state entrance"', 300),
  },
  { additionalProperties: false },
);

export const Exam = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description: 'Stable id, e.g. "neet-ug"' }),
    name: Text('Name as people write it, e.g. "NEET-UG"', 120),
    fullName: Text('Full name', 240),
    conductedBy: Text('Conducting body, e.g. "National Testing Agency (NTA)"', 200),
    frequency: Text('How often it is held, e.g. "once a year (May)"', 120),
    leadsTo: Text('What passing it gives, e.g. "admission to MBBS, BDS, BAMS, BHMS seats"', 400),
    eligibility: ExamEligibility,
    sources: Type.Array(
      Type.Object(
        {
          name: Text('Publication and section, e.g. "NTA NEET-UG 2025 Information Bulletin, section 5"', 300),
          url: Type.Optional(Type.String({ format: 'uri', maxLength: 500 })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 8 },
    ),
    checkedAt: Type.String({ format: 'date', description: 'When the rules were last checked against the source (YYYY-MM-DD)' }),
    planB: Type.Optional(
      Type.Array(PlanBOption, {
        maxItems: 12,
        description:
          "Plan B: careers that reuse this exam's preparation from the same starting stage, for a candidate who does not clear it. Required for competitive exams.",
      }),
    ),
    qualifying: Type.Optional(
      Type.Boolean({
        description: 'A pass-or-fail test (a licence, an eligibility certificate or a screening test) with no rank to miss: it needs no Plan B.',
      }),
    ),
  },
  { additionalProperties: false },
);

export const ExamFile = Type.Object(
  { exams: Type.Array(Exam, { minItems: 1, maxItems: 500 }) },
  { $id: 'ExamFile', additionalProperties: false, description: 'The exams that career pathways refer to' },
);

export type Exam = Static<typeof Exam>;
export type ExamEligibility = Static<typeof ExamEligibility>;
export type PlanBOption = Static<typeof PlanBOption>;
