/**
 * Request and response schemas of the finder (GET /api/v1/careers). They validate requests,
 * shape responses and generate the OpenAPI document.
 */
import Type, { type Static } from 'typebox';
import { FUTURE_SCOPES } from '../careers/career.schema.ts';
import { DEFAULT_LIMIT, LEVEL_OPTIONS, SEGMENT_OPTIONS, SORTS, THREE_STEPS } from './finder-options.ts';

const many = <T extends Parameters<typeof Type.Array>[0]>(item: T, description: string) =>
  Type.Optional(Type.Array(item, { maxItems: 20, description: `${description} Repeat the parameter for several values; a career matches any of them.` }));
const Name = Type.String({ minLength: 1, maxLength: 160 });

export const FinderQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ maxLength: 200, description: 'Words to search for in titles, job titles, skills, tools and tasks; typos are tolerated' })),
    category: many(Name, 'Category name or slug, e.g. software-development.'),
    demand: many(Type.Enum(THREE_STEPS), 'Hiring demand.'),
    remote: many(Type.Enum(THREE_STEPS), 'Remote-friendliness.'),
    futureScope: many(Type.Enum(FUTURE_SCOPES), 'Outlook.'),
    experience: Type.Optional(Type.Integer({ minimum: 0, maximum: 50, description: 'Your years of experience: careers whose experience range includes it' })),
    minSalaryLpa: Type.Optional(
      Type.Number({
        minimum: 0,
        maximum: 1000,
        description: 'Salary floor in LPA: careers whose band for `segment` and `level` reaches it (an open-ended band always does)',
      }),
    ),
    segment: Type.Enum(SEGMENT_OPTIONS, {
      default: 'headline',
      description: 'Salary segment used by minSalaryLpa, sort=salary and the salary shown per item',
    }),
    level: Type.Enum(LEVEL_OPTIONS, { default: 'entry', description: 'Salary band level used by minSalaryLpa, sort=salary and the salary shown per item' }),
    degree: many(Name, 'Degree, matched ignoring case and punctuation: careers listing it with a fit score of 60 or more.'),
    skill: many(Name, 'Skill the career needs, matched ignoring case and punctuation.'),
    industry: many(Name, 'Industry hiring for the career, matched ignoring case and punctuation.'),
    sort: Type.Enum(SORTS, {
      default: 'relevance',
      description: 'relevance (title order without q), title, salary (for segment and level, highest first) or demand',
    }),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: DEFAULT_LIMIT, description: 'Page size, 1 to 100' }),
    cursor: Type.Optional(Type.String({ maxLength: 400, description: "Opaque cursor from a previous page's nextCursor, with the same other parameters" })),
  },
  { additionalProperties: false },
);
export type FinderQuery = Static<typeof FinderQuery>;

export const FinderSalary = Type.Object(
  {
    segment: Type.String({ description: 'Id of the segment the bands come from' }),
    label: Type.String(),
    bands: Type.Array(
      Type.Object({
        level: Type.Enum(LEVEL_OPTIONS),
        minLpa: Type.Number(),
        maxLpa: Type.Union([Type.Number(), Type.Null()]),
      }),
    ),
  },
  { description: 'The salary bands of the requested segment' },
);

/** One result. The first six fields are the original list contract; the rest were added for the finder. */
export const FinderItem = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  category: Type.String(),
  summary: Type.String(),
  demand: Type.String(),
  remote: Type.String(),
  futureScope: Type.String(),
  experience: Type.Object({ minYears: Type.Integer(), maxYears: Type.Union([Type.Integer(), Type.Null()]) }),
  salary: Type.Union([FinderSalary, Type.Null()], { description: 'Bands of the requested segment; null when the career has no figures for it' }),
});

export const FacetValue = Type.Object({
  value: Type.String({ description: 'Pass as the filter parameter' }),
  label: Type.String(),
  count: Type.Integer({ description: 'Careers matching q and every other active filter, with this value' }),
  selected: Type.Boolean(),
});

const facetList = (description: string) => Type.Array(FacetValue, { description });
export const Facets = Type.Object(
  {
    category: facetList('Every category'),
    demand: facetList('high, medium, low'),
    remote: facetList('high, medium, low'),
    futureScope: facetList('excellent … limited'),
    experience: facetList('Years of experience'),
    minSalaryLpa: facetList('Salary floors in LPA for the requested segment and level'),
    degree: facetList('Degrees with a fit score of 60 or more, most common first'),
    skill: facetList('The most common skills, plus any selected'),
    industry: facetList('The most common industries, plus any selected'),
  },
  { description: "Counts per filter value; each filter's counts apply q and all the other filters, not its own" },
);

export const FinderResultFields = {
  total: Type.Integer({ description: 'Careers matching, across all pages' }),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as cursor for the next page; null on the last page' }),
  sort: Type.Enum(SORTS, { description: 'The order applied' }),
  facets: Facets,
  suggestions: Type.Optional(
    Type.Object(
      {
        didYouMean: Type.Union([Type.String(), Type.Null()], { description: 'The query with misspelt words replaced, when that finds careers' }),
        categories: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() }), {
          maxItems: 3,
          description: 'Categories whose careers come nearest to the words asked, to browse instead',
        }),
      },
      { description: 'Only when a search finds nothing: where to go instead, so a search never ends empty-handed' },
    ),
  ),
};
export const FinderResult = Type.Object({ items: Type.Array(FinderItem), ...FinderResultFields });

export type FinderItem = Static<typeof FinderItem>;
export type FinderSalary = Static<typeof FinderSalary>;
export type FacetValue = Static<typeof FacetValue>;
export type Facets = Static<typeof Facets>;
export type FinderResult = Static<typeof FinderResult>;

/** A list item: slug, title, category, summary, demand, remote (the original contract), plus the finder's fields. */
export const CareerSummary = Type.Object(FinderItem.properties, { $id: 'CareerSummary' });

/** The careers list is the finder: search, filters, sort and cursor pagination. */
export const CareerList = Type.Object(
  {
    items: Type.Array(Type.Ref('CareerSummary')),
    ...FinderResultFields,
  },
  { $id: 'CareerList' },
);
