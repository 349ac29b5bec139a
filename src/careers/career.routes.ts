/** GET /api/v1/careers/:slug: one published profile from the current snapshot. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { SnapshotStore } from '../catalog/snapshot.ts';
import { notFound } from '../errors.ts';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import { CareerSlugParams } from './career-api.schema.ts';
import { CareerProfile } from './career.schema.ts';

export const careerRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore }> = async (app, { store }) => {
  app.get(
    '/careers/:slug',
    {
      schema: {
        tags: ['careers'],
        summary: 'Get a career profile',
        description: 'The full profile: every section of the career page, with provenance.',
        params: CareerSlugParams,
        response: { 200: CareerProfile, ...NOT_MODIFIED, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { catalog } = store.current();
      const profile = catalog.get(request.params.slug);
      if (!profile) throw notFound(`no career with slug "${request.params.slug}"`);
      if (notModified(request, reply, catalog.etag(profile.slug)!)) return reply;
      return profile;
    },
  );
};
