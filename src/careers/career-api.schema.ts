import Type, { type Static } from 'typebox';

export const CareerSlugParams = Type.Object({
  slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description: 'Career slug, e.g. backend-developer' }),
});

export const CareerSummary = Type.Object(
  {
    slug: Type.String(),
    title: Type.String(),
    category: Type.String(),
    summary: Type.String(),
    demand: Type.String(),
    remote: Type.String(),
  },
  { $id: 'CareerSummary' },
);

export const CareerListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Page size, 1 to 100' }),
    cursor: Type.Optional(Type.String({ maxLength: 200, description: 'Opaque cursor from a previous page\'s nextCursor' })),
  },
  { additionalProperties: false },
);

export const CareerList = Type.Object(
  {
    items: Type.Array(Type.Ref('CareerSummary')),
    total: Type.Integer({ description: 'Careers matching, across all pages' }),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as cursor for the next page; null on the last page' }),
  },
  { $id: 'CareerList' },
);

export type CareerListQuery = Static<typeof CareerListQuery>;
