/** Where a career can lead: direct moves and two-step paths with their skill gaps. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CareerSlugParams } from '../careers/career-api.schema.ts';
import type { CareerCatalog } from '../careers/career-catalog.ts';
import { notFound } from '../errors.ts';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import { queryHygiene } from '../http/query-hygiene.ts';
import type { TransitionMap } from './transitions.ts';
import { CareerTransitions, TransitionQuery } from './transition.schema.ts';

export interface TransitionRoutesOptions {
  catalog: CareerCatalog;
  transitions: TransitionMap;
}

export const TRANSITION_METHOD =
  'overlap = 80% × importance-weighted share of the target\'s skill levels already held + 20% × share of its tools already used; ' +
  'months = ceil(0.25 × Σ importance/5 × missing level steps) over the target\'s skills. Skills only: degrees and licences are not counted. ' +
  'See docs/similarity.md.';

export const transitionRoutes: FastifyPluginAsyncTypebox<TransitionRoutesOptions> = async (app, { catalog, transitions }) => {
  app.get(
    '/api/v1/careers/:slug/transitions',
    {
      schema: {
        tags: ['careers'],
        summary: 'Where a career can lead',
        description:
          'Careers reachable from this one: direct moves (related by the editors, by career progression or by the similarity engine, ' +
          'within 12 months of learning) and two-step paths through one of them where a direct move is far. Each step has the ' +
          'overlap %, the skills to add ranked by importance and an effort estimate in months.',
        params: CareerSlugParams,
        querystring: TransitionQuery,
        response: { 200: CareerTransitions, ...NOT_MODIFIED, ...problemResponses(400, 404) },
      },
      preValidation: queryHygiene(Object.keys(TransitionQuery.properties), 'refuse'),
    },
    async (request, reply) => {
      const result = transitions.from(request.params.slug);
      if (!result) throw notFound(`no career with slug "${request.params.slug}"`);
      const { limit = 10 } = request.query;
      if (notModified(request, reply, `"${catalog.version}-transitions-${result.from.slug}-${limit}"`)) return reply;
      return { from: result.from, direct: result.direct.slice(0, limit), twoStep: result.twoStep.slice(0, limit), method: TRANSITION_METHOD };
    },
  );
};
