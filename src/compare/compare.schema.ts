/** Request and response schemas of GET /api/v1/compare. */
import Type, { type Static } from 'typebox';
import { ProgressionStage, SalarySegment } from '../careers/career.schema.ts';
import { LEVEL_OPTIONS, SEGMENT_OPTIONS } from '../finder/finder-options.ts';

export const CompareQuery = Type.Object(
  {
    careers: Type.Optional(
      Type.Array(Type.String({ maxLength: 400 }), {
        maxItems: 8,
        description: 'Two to four career slugs, comma-separated (careers=a,b,c); repeating the parameter also works',
      }),
    ),
  },
  { additionalProperties: false },
);
export type CompareQuery = Static<typeof CompareQuery>;

const Lpa = Type.Number({ description: 'INR lakh per annum' });
const Band = Type.Union([Type.Object({ minLpa: Lpa, maxLpa: Type.Union([Lpa, Type.Null()]) }), Type.Null()], {
  description: 'null when the career has no figure for this segment and level',
});

export const CompareCareer = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  category: Type.String(),
  roleFamily: Type.String(),
  summary: Type.String(),
  demand: Type.String(),
  remote: Type.String(),
  futureScope: Type.String(),
  experience: Type.Object({ minYears: Type.Integer(), maxYears: Type.Union([Type.Integer(), Type.Null()]) }),
  salary: Type.Array(SalarySegment),
  progression: Type.Array(ProgressionStage),
});

export const Comparison = Type.Object(
  {
    careers: Type.Array(CompareCareer, { description: 'In the order requested' }),
    salary: Type.Array(
      Type.Object({
        segment: Type.Enum(SEGMENT_OPTIONS),
        label: Type.String(),
        levels: Type.Array(
          Type.Object({
            level: Type.Enum(LEVEL_OPTIONS),
            bands: Type.Array(Band, { description: 'One per career, in the order of careers' }),
          }),
        ),
      }),
      { description: 'Salary bands side by side, per segment and level' },
    ),
    education: Type.Array(
      Type.Object({
        degree: Type.String(),
        fitScores: Type.Array(Type.Union([Type.Integer(), Type.Null()]), { description: 'One per career; null when the career does not list the degree' }),
      }),
      { description: 'Every degree any of the careers lists, best fit first' },
    ),
    skills: Type.Object({
      shared: Type.Array(Type.String(), { description: 'Skills every one of the careers needs' }),
      partlyShared: Type.Array(Type.Object({ name: Type.String(), careers: Type.Array(Type.String()) }), {
        description: 'With three or four careers: skills some but not all of them need, with their slugs',
      }),
      distinct: Type.Array(Type.Object({ slug: Type.String(), skills: Type.Array(Type.String()) }), {
        description: 'Per career, the skills only it needs',
      }),
    }),
    similarity: Type.Array(
      Type.Object({
        careers: Type.Array(Type.String(), { minItems: 2, maxItems: 2 }),
        score: Type.Integer({
          minimum: 0,
          maximum: 100,
          description: 'Percent: 100 × (0.60 × skill overlap + 0.25 × tool overlap + 0.15 × same category), overlaps as Jaccard',
        }),
        sharedSkills: Type.Integer(),
        sharedTools: Type.Integer(),
        sameCategory: Type.Boolean(),
      }),
      { description: 'Every pair of careers' },
    ),
  },
  { $id: 'Comparison', description: 'Two to four careers side by side' },
);
export type Comparison = Static<typeof Comparison>;
export type CompareCareer = Static<typeof CompareCareer>;
