import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { derived, type SnapshotStore } from '../catalog/snapshot.ts';
import { ResponseCache, sendJson } from '../http/response-cache.ts';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import { compareCareers, readSelection } from './compare.ts';
import { Comparison, CompareQuery } from './compare.schema.ts';

/** Serialised comparisons of one snapshot: a pure function of the snapshot and the chosen careers. */
const responsesOf = derived(() => new ResponseCache(200));

export const compareRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore }> = async (app, { store }) => {
  app.get(
    '/compare',
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
    },
    async (request, reply) => {
      const snapshot = store.current();
      const profiles = readSelection(snapshot.catalog, request.query.careers);
      const key = profiles.map((p) => p.slug).join('+');
      const body = responsesOf(snapshot).get(key, () => reply.serialize(compareCareers(profiles)));
      if (notModified(request, reply, `"${snapshot.version}-${key}"`)) return reply;
      return sendJson(reply, body);
    },
  );
};
