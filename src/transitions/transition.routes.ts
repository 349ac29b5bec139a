/** Where a career can lead: direct moves and two-step paths with their skill gaps. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CareerSlugParams } from '../careers/career-api.schema.ts';
import type { SnapshotStore } from '../catalog/snapshot.ts';
import { notFound } from '../errors.ts';
import { NOT_MODIFIED, notModified } from '../http/cache.ts';
import { problemResponses } from '../http/problem.schema.ts';
import { TWO_STEP_MIN_OVERLAP, transitionsOf } from './transitions.ts';
import { CareerTransitions, TransitionQuery } from './transition.schema.ts';

export const TRANSITION_METHOD =
  "overlap = 80% × importance-weighted share of the target's skill levels already held + 20% × share of its tools already used; " +
  "months = ceil(0.25 × Σ importance/5 × missing level steps) over the target's skills, plus the shortest duration of every degree, " +
  "exam, licence and training of the target's pathway that the source career's main route has not already covered (listed in `requires`). " +
  `Each step of a two-step path needs ${TWO_STEP_MIN_OVERLAP}% overlap with its target. See docs/similarity.md and docs/pathways.md.`;

export const transitionRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore }> = async (app, { store }) => {
  app.get(
    '/careers/:slug/transitions',
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
    },
    async (request, reply) => {
      const snapshot = store.current();
      const result = transitionsOf(snapshot).from(request.params.slug);
      if (!result) throw notFound(`no career with slug "${request.params.slug}"`);
      const { limit = 10 } = request.query;
      if (notModified(request, reply, `"${snapshot.version}-transitions-${result.from.slug}-${limit}"`)) return reply;
      return { from: result.from, direct: result.direct.slice(0, limit), twoStep: result.twoStep.slice(0, limit), method: TRANSITION_METHOD };
    },
  );
};
