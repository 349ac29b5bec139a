import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFound } from '../errors.ts';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { finderFor } from '../finder/finder-facts.ts';
import type { TitleIndex } from '../titles/resolve-title.ts';
import { queryHygiene, queryTag } from '../http/query-hygiene.ts';
import { runFinder } from '../finder/finder.ts';
import { ResponseCache, sendJson } from '../finder/response-cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import type { CareerCatalog } from './career-catalog.ts';
import { CareerList, CareerListQuery, CareerSlugParams } from './career-api.schema.ts';
import { CareerProfile } from './career.schema.ts';

export interface CareerRoutesOptions {
  catalog: CareerCatalog;
  titles?: TitleIndex;
}

export const careerRoutes: FastifyPluginAsyncTypebox<CareerRoutesOptions> = async (app, { catalog, titles }) => {
  const finder = finderFor(catalog, titles);
  const responses = new ResponseCache(500);

  app.get(
    '/api/v1/careers',
    {
      schema: {
        tags: ['careers', 'finder'],
        summary: 'Find careers',
        description:
          'The finder: typo-tolerant search (`q`) over titles, job titles, skills, tools and tasks; filters with facet counts; ' +
          'sort; cursor pagination. Without parameters, every career in title order. Empty parameters count as not given; ' +
          'an unknown parameter or value is a 400 naming it.',
        querystring: CareerListQuery,
        response: { 200: CareerList, ...NOT_MODIFIED, ...problemResponses(400) },
      },
      preValidation: queryHygiene(Object.keys(CareerListQuery.properties), 'refuse'),
    },
    async (request, reply) => {
      const key = queryTag(request.query);
      const body = responses.get(key, () => reply.serialize(runFinder(finder, request.query)));
      if (notModified(request, reply, `"${catalog.version}-${key}"`)) return reply;
      return sendJson(reply, body);
    },
  );

  app.get(
    '/api/v1/careers/:slug',
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
      const profile = catalog.get(request.params.slug);
      if (!profile) throw notFound(`no career with slug "${request.params.slug}"`);
      if (notModified(request, reply, catalog.etag(profile.slug)!)) return reply;
      return profile;
    },
  );
};
