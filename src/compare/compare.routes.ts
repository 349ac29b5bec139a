import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { CareerCatalog } from '../careers/career-catalog.ts';
import { queryHygiene } from '../http/query-hygiene.ts';
import { ResponseCache, sendJson } from '../finder/response-cache.ts';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import { compareCareers, readSelection } from './compare.ts';
import { Comparison, CompareQuery } from './compare.schema.ts';

export interface CompareRoutesOptions {
  catalog: CareerCatalog;
}

export const compareRoutes: FastifyPluginAsyncTypebox<CompareRoutesOptions> = async (app, { catalog }) => {
  const responses = new ResponseCache(200);
  app.get(
    '/api/v1/compare',
    {
      schema: {
        tags: ['compare'],
        summary: 'Compare careers side by side',
        description:
          'Two to four careers: salary bands per segment and level, demand, remote, future scope, experience, education fit per degree, ' +
          'shared and distinct skills, progression, and a similarity score for every pair. Fewer than two, more than four, ' +
          'duplicates or unknown slugs are a 400 that says which.',
        querystring: CompareQuery,
        response: { 200: Comparison, ...NOT_MODIFIED, ...problemResponses(400) },
      },
      preValidation: queryHygiene(Object.keys(CompareQuery.properties), 'refuse'),
    },
    async (request, reply) => {
      const profiles = readSelection(catalog, request.query.careers);
      const key = profiles.map((p) => p.slug).join('+');
      const body = responses.get(key, () => reply.serialize(compareCareers(profiles)));
      if (notModified(request, reply, `"${catalog.version}-${key}"`)) return reply;
      return sendJson(reply, body);
    },
  );
};
