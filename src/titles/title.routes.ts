/** GET /api/v1/titles?q=: a typed job title → the careers and occupations it means. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import { Query } from '../occupations/occupation-api.schema.ts';
import { ONET_ATTRIBUTION } from '../onet/onet-types.ts';
import type { SnapshotStore } from '../catalog/snapshot.ts';
import { nearestCategories } from './nearest-categories.ts';
import { resolveTitle, titleIndexOf } from './resolve-title.ts';

export const TitleQuery = Type.Object({
  q: Query,
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 5, description: 'Most careers and most occupations to return, 1 to 20 each' })),
});

const Matched = { score: Type.Number({ minimum: 0, maximum: 100 }), matchedTitle: Type.String({ description: 'The title that matched best' }) };

export const TitleResolution = Type.Object({
  query: Type.String(),
  onet: Type.Boolean({ description: 'Whether O*NET titles took part (O*NET imported)' }),
  careers: Type.Array(
    Type.Object({
      slug: Type.String(),
      title: Type.String(),
      ...Matched,
      matchedKind: Type.Enum(['title', 'jobTitle', 'progression', 'onet'] as const, {
        description: "Where the title came from: the career's title, its job titles, its progression, or an O*NET title of its linked occupation",
      }),
    }),
  ),
  occupations: Type.Array(
    Type.Object({
      code: Type.String(),
      title: Type.String(),
      ...Matched,
      matchedKind: Type.Enum(['title', 'alternate', 'reported'] as const),
      careers: Type.Array(Type.String(), { description: 'Slugs of catalog careers linked to the occupation' }),
    }),
  ),
  nearestCategories: Type.Array(Type.Object({ slug: Type.String(), name: Type.String() }), {
    description: 'When no career matches: the categories whose careers come nearest (sharing a word), to browse instead; empty otherwise',
  }),
  attribution: Type.Optional(Type.String()),
});

export const titleRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore }> = async (app, { store }) => {
  app.get(
    '/titles',
    {
      schema: {
        tags: ['titles'],
        summary: 'Resolve a job title to careers and occupations',
        description:
          'Maps a title as people type it ("sde 2", "java developer", "staff nurse", "ca articleship") to the best careers, ' +
          'by their titles, job titles and progression titles, and, when O*NET is imported, to occupations by their titles, ' +
          'alternate and reported titles. Typo-tolerant. Works without O*NET (then `occupations` is empty).',
        querystring: TitleQuery,
        response: { 200: TitleResolution, ...NOT_MODIFIED, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const { q, limit = 5 } = request.query;
      const snapshot = store.current();
      const titles = titleIndexOf(snapshot);
      const result = resolveTitle(titles, q, limit);
      if (notModified(request, reply, `"${snapshot.version}-titles-${encodeURIComponent(q)}-${limit}"`)) return reply;
      const onet = titles.occupations !== null;
      const nearest = result.careers.length === 0 ? nearestCategories(snapshot, q) : [];
      return { ...result, onet, nearestCategories: nearest, ...(onet ? { attribution: ONET_ATTRIBUTION } : {}) };
    },
  );
};
