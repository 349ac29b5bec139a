/** Computed similar careers, beside the editors' `similarCareers`. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CareerSlugParams } from '../careers/career-api.schema.ts';
import type { SnapshotStore } from '../catalog/snapshot.ts';
import { careerSimilarityOf } from '../similarity/career-similarity.ts';
import { notFound } from '../errors.ts';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import { ComputedSimilarCareers, SimilarLimitQuery } from './occupation-api.schema.ts';
import { ONET_ATTRIBUTION } from '../onet/onet-types.ts';

export const careerSimilarRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore }> = async (app, { store }) => {
  app.get(
    '/careers/:slug/similar',
    {
      schema: {
        tags: ['careers'],
        summary: 'Similar careers, computed and curated',
        description:
          'The careers the similarity engine finds closest (skills with importance and level, tools, tasks, titles, category, ' +
          "education, and the linked O*NET occupation's features when O*NET is imported), with the shared and missing " +
          "features behind each score, next to the editors' `similarCareers`. Engine scores run lower than the editors' " +
          'percentages (close careers ~55–70): compare ranks, not numbers.',
        params: CareerSlugParams,
        querystring: SimilarLimitQuery,
        response: { 200: ComputedSimilarCareers, ...NOT_MODIFIED, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const snapshot = store.current();
      const similarity = careerSimilarityOf(snapshot);
      const profile = snapshot.catalog.get(request.params.slug);
      if (!profile) throw notFound(`no career with slug "${request.params.slug}"`);
      const { limit = 10 } = request.query;
      const computed = similarity.similar(profile.slug, limit)!;
      if (notModified(request, reply, `"${snapshot.version}-similar-${profile.slug}-${limit}"`)) return reply;
      const onet = similarity.withOnet > 0;
      return {
        slug: profile.slug,
        title: profile.title,
        onet,
        curated: profile.similarCareers,
        computed,
        ...(onet ? { attribution: ONET_ATTRIBUTION } : {}),
      };
    },
  );
};
