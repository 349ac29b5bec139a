import Type, { type Static } from 'typebox';
import { FinderItem, FinderQuery, FinderResultFields } from '../finder/finder.schema.ts';

export const CareerSlugParams = Type.Object({
  slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description: 'Career slug, e.g. backend-developer' }),
});

/** A list item: slug, title, category, summary, demand, remote (the original contract), plus the finder's fields. */
export const CareerSummary = Type.Object(FinderItem.properties, { $id: 'CareerSummary' });

/** The list is the finder: search, filters, sort and cursor pagination (see finder.schema.ts). */
export const CareerListQuery = FinderQuery;

export const CareerList = Type.Object(
  {
    items: Type.Array(Type.Ref('CareerSummary')),
    ...FinderResultFields,
  },
  { $id: 'CareerList' },
);

export type CareerListQuery = Static<typeof CareerListQuery>;
