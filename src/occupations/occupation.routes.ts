/**
 * O*NET occupations: title search, one occupation, and its most similar occupations. They
 * work only when O*NET has been imported (`npm run import:onet`); otherwise every route
 * answers a 404 problem saying so, after validating the request as usual.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { derived, type SnapshotStore } from '../catalog/snapshot.ts';
import { notFound } from '../errors.ts';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import { requireOnet } from './api-query.ts';
import {
  OccupationDetail,
  OccupationSearchQuery,
  OccupationSearchResult,
  OnetCodeParams,
  SimilarLimitQuery,
  SimilarOccupations,
} from './occupation-api.schema.ts';
import type { OccupationIndex } from './occupation-index.ts';
import { ONET_ATTRIBUTION } from '../onet/onet-types.ts';

/** Catalog careers per O*NET code, for the "careers linked to it" list. */
const linkedCareersOf = derived(({ catalog }) => {
  const linked = new Map<string, Array<{ slug: string; title: string }>>();
  for (const p of catalog.profiles) {
    if (p.codes?.onet) linked.set(p.codes.onet, [...(linked.get(p.codes.onet) ?? []), { slug: p.slug, title: p.title }]);
  }
  return linked;
});

export const occupationRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore }> = async (app, { store }) => {
  const tag = (key: string) => `"onet-${store.current().version}-${key}"`;
  const occupation = (index: OccupationIndex, code: string) => {
    const view = index.get(code);
    if (!view) throw notFound(`no O*NET occupation with code "${code}"`);
    return view;
  };

  app.get(
    '/occupations',
    {
      schema: {
        tags: ['occupations'],
        summary: 'Search O*NET occupations by title',
        description:
          'Typo-tolerant search over occupation titles and their alternate and reported titles. ' +
          '404 when O*NET reference data is not imported on this server.',
        querystring: OccupationSearchQuery,
        response: { 200: OccupationSearchResult, ...NOT_MODIFIED, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const index = requireOnet(store.current().occupations);
      const { q, limit = 10 } = request.query;
      const items = index.search(q, limit);
      if (notModified(request, reply, tag(`q:${encodeURIComponent(q)}:${limit}`))) return reply;
      return { query: q, items, attribution: ONET_ATTRIBUTION };
    },
  );

  app.get(
    '/occupations/:code',
    {
      schema: {
        tags: ['occupations'],
        summary: 'Get an O*NET occupation',
        description: 'Description, job zone, titles, technology, tasks, skill and knowledge ratings, interests, and the catalog careers linked to it.',
        params: OnetCodeParams,
        response: { 200: OccupationDetail, ...NOT_MODIFIED, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const index = requireOnet(store.current().occupations);
      const view = occupation(index, request.params.code);
      if (notModified(request, reply, tag(view.code))) return reply;
      return { ...view, careers: linkedCareersOf(store.current()).get(view.code) ?? [], attribution: ONET_ATTRIBUTION };
    },
  );

  app.get(
    '/occupations/:code/similar',
    {
      schema: {
        tags: ['occupations'],
        summary: 'Occupations most similar to one occupation',
        description:
          'Computed by the similarity engine (docs/similarity.md) from tasks, titles, knowledge, skills, technology, interests, ' +
          'occupation group and job zone, with the shared and missing features behind each score. Empty for occupations ' +
          'without tasks or ratings ("All Other" codes).',
        params: OnetCodeParams,
        querystring: SimilarLimitQuery,
        response: { 200: SimilarOccupations, ...NOT_MODIFIED, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const index = requireOnet(store.current().occupations);
      const view = occupation(index, request.params.code);
      const { limit = 10 } = request.query;
      const items = index.similar(view.code, limit) ?? [];
      if (notModified(request, reply, tag(`${view.code}:similar:${limit}`))) return reply;
      return { code: view.code, title: view.title, items, attribution: ONET_ATTRIBUTION };
    },
  );
};
