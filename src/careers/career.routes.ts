import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFound } from '../errors.ts';
import { notModified } from '../http/cache.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
import { problemResponses } from '../http/problem.schema.ts';
import type { CareerCatalog } from './career-catalog.ts';
import { CareerList, CareerListQuery, CareerSlugParams } from './career-api.schema.ts';
import { CareerProfile } from './career.schema.ts';

export interface CareerRoutesOptions {
  catalog: CareerCatalog;
}

const summary = ({ slug, title, category, summary, demand, remote }: CareerProfile) => ({ slug, title, category, summary, demand, remote });

export const careerRoutes: FastifyPluginAsyncTypebox<CareerRoutesOptions> = async (app, { catalog }) => {
  app.get(
    '/api/v1/careers',
    {
      schema: {
        tags: ['careers'],
        summary: 'List careers',
        description: 'Careers ordered by title, with cursor pagination.',
        querystring: CareerListQuery,
        response: { 200: CareerList, ...problemResponses(400) },
      },
    },
    async (request, reply) => {
      const { limit, cursor } = request.query;
      const all = catalog.profiles;
      const after = cursor === undefined ? null : decodeCursor(cursor, catalog.version);
      const start = after === null ? 0 : all.findIndex((p) => p.slug === after) + 1;
      const page = all.slice(start, start + limit);
      const last = page[page.length - 1];
      const nextCursor = last && start + limit < all.length ? encodeCursor(catalog.version, last.slug) : null;
      if (notModified(request, reply, `"${catalog.version}-${start}-${limit}"`)) return reply;
      return { items: page.map(summary), total: all.length, nextCursor };
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
        response: { 200: CareerProfile, 304: { description: 'Not modified', type: 'null' }, ...problemResponses(400, 404) },
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
