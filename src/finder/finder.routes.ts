/** GET /api/v1/careers: the finder over the current catalog snapshot. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { derived, type SnapshotStore } from '../catalog/snapshot.ts';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import { queryTag } from '../http/query-hygiene.ts';
import { ResponseCache, sendJson } from '../http/response-cache.ts';
import { finderOf } from './finder-facts.ts';
import { CareerList, FinderQuery } from './finder.schema.ts';
import { runFinder } from './finder.ts';

/** Serialised answers of one snapshot: a pure function of the snapshot and the validated query. */
const responsesOf = derived(() => new ResponseCache(500));

export const finderRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore }> = async (app, { store }) => {
  app.get(
    '/careers',
    {
      schema: {
        tags: ['careers', 'finder'],
        summary: 'Find careers',
        description:
          'The finder: typo-tolerant search (`q`) over titles, job titles, skills, tools and tasks; filters with facet counts; ' +
          'sort; cursor pagination. Without parameters, every career in title order. Empty parameters count as not given; ' +
          'an unknown parameter or value is a 400 naming it.',
        querystring: FinderQuery,
        response: { 200: CareerList, ...NOT_MODIFIED, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const snapshot = store.current();
      const key = queryTag(request.query);
      const body = responsesOf(snapshot).get(key, () => reply.serialize(runFinder(finderOf(snapshot), request.query)));
      if (notModified(request, reply, `"${snapshot.version}-${key}"`)) return reply;
      return sendJson(reply, body);
    },
  );
};
