/**
 * Request and response schemas of the occupation API and of computed career similarity.
 * They validate requests, shape responses and generate the OpenAPI document.
 */
import Type from 'typebox';
import { SimilarCareer } from '../careers/career.schema.ts';

export const OnetCodeParams = Type.Object({
  code: Type.String({ pattern: '^\\d{2}-\\d{4}\\.\\d{2}$', description: 'O*NET-SOC 2019 code, e.g. 15-1252.00' }),
});

export const Query = Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'A job title as people type it; typos are tolerated' });

export const OccupationSearchQuery = Type.Object({
  q: Query,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'Most occupations to return, 1 to 50' })),
});

export const SimilarLimitQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 10, description: 'Most similar items to return, 1 to 20' })),
});

const Attribution = Type.String({ description: 'The O*NET attribution (CC BY 4.0) that must accompany this data' });
const Score = Type.Number({ minimum: 0, maximum: 100, description: 'Similarity engine score, 0–100 (docs/similarity.md); close pairs score ~40–80' });
const Shared = Type.Array(Type.Object({ kind: Type.String({ description: 'Kind of feature, e.g. Skills, Technology' }), name: Type.String() }), {
  description: 'Features both sides have (at least medium importance, or both use the tool)',
});
const Missing = Type.Array(
  Type.Object({ kind: Type.String(), name: Type.String(), gap: Type.Number({ description: "How much more the other side needs, on the feature's scale" }) }),
  { description: "What the first side would need to add for the other's work, biggest gap first" },
);

export const OccupationHit = Type.Object({
  code: Type.String(),
  title: Type.String(),
  score: Type.Number({ minimum: 0, maximum: 100, description: 'How well the query matches, 0–100' }),
  matchedTitle: Type.String({ description: 'The title that matched best' }),
  matchedKind: Type.Enum(['title', 'alternate', 'reported'] as const),
});

export const OccupationSearchResult = Type.Object({ query: Type.String(), items: Type.Array(OccupationHit), attribution: Attribution });

const Rated = Type.Object({ name: Type.String(), importance: Type.Number(), level: Type.Union([Type.Number(), Type.Null()]) });
const CareerLink = Type.Object({ slug: Type.String(), title: Type.String() });

export const OccupationDetail = Type.Object({
  code: Type.String(),
  title: Type.String(),
  description: Type.String(),
  jobZone: Type.Union([Type.Integer({ minimum: 1, maximum: 5 }), Type.Null()], { description: '1 (little preparation) to 5 (extensive)' }),
  reportedTitles: Type.Array(Type.String(), { description: 'Titles incumbents report using' }),
  alternateTitles: Type.Array(Type.String()),
  technology: Type.Array(Type.Object({ example: Type.String(), category: Type.String(), hot: Type.Boolean(), inDemand: Type.Boolean() })),
  tasks: Type.Array(Type.Object({ statement: Type.String(), type: Type.Union([Type.Enum(['Core', 'Supplemental'] as const), Type.Null()]) })),
  skills: Type.Array(Rated, { description: 'Importance 1–5, level 0–7, most important first' }),
  knowledge: Type.Array(Rated),
  interests: Type.Array(Type.Object({ name: Type.String(), value: Type.Number() }), { description: 'RIASEC, 1–7, strongest first' }),
  careers: Type.Array(CareerLink, { description: 'Curated careers in the catalog linked to this occupation' }),
  attribution: Attribution,
});

export const SimilarOccupations = Type.Object({
  code: Type.String(),
  title: Type.String(),
  items: Type.Array(Type.Object({ code: Type.String(), title: Type.String(), score: Score, shared: Shared, missing: Missing })),
  attribution: Attribution,
});

export const ComputedSimilarCareers = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  onet: Type.Boolean({ description: 'Whether O*NET features of linked occupations took part (O*NET imported)' }),
  curated: Type.Array(SimilarCareer, { description: "The editors' similarCareers, as on the profile" }),
  computed: Type.Array(
    Type.Object({
      slug: Type.String(),
      title: Type.String(),
      score: Score,
      rank: Type.Integer({ minimum: 1 }),
      curatedSimilarity: Type.Union([Type.Integer(), Type.Null()], { description: "The editors' similarity for this career, when they list it" }),
      shared: Shared,
      missing: Missing,
    }),
  ),
  attribution: Type.Optional(Attribution),
});
