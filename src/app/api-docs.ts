import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { CareerProfile } from '../careers/career.schema.ts';
import { CareerList, CareerSummary } from '../finder/finder.schema.ts';
import { Comparison } from '../compare/compare.schema.ts';
import { Problem } from '../http/problem.schema.ts';
import { User } from '../accounts/account.schema.ts';
import { MatchRequest, MatchResult } from '../matching/match.schema.ts';
import { DegreeList, InterestQuestionList, SkillList } from '../matching/vocabulary.schema.ts';

/** "GET /api/v1/careers/{slug}/similar" → "getCareersBySlugSimilar": stable ids for generated clients. */
export function operationId(method: string, url: string): string {
  const words = url
    .replace(/^\/api\/v1\//, '')
    .split('/')
    .map((part) => (part.startsWith(':') ? `by-${part.slice(1)}` : part))
    .flatMap((part) => part.split(/[^A-Za-z0-9]+/))
    .filter(Boolean);
  return [method.toLowerCase(), ...words.map((w) => w[0]!.toUpperCase() + w.slice(1))].join('');
}

/** OpenAPI generated from the same typebox schemas that validate requests. Only /api/ routes are documented. */
export async function apiDocs(app: FastifyInstance) {
  for (const schema of [Problem, CareerProfile, CareerSummary, CareerList, Comparison]) app.addSchema(schema);
  for (const schema of [MatchRequest, MatchResult, DegreeList, SkillList, InterestQuestionList]) app.addSchema(schema);
  app.addSchema(User);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'careerpath API',
        version: '1.0.0',
        description: 'India career profiles: salaries by segment, skills, education, roadmaps. Errors are application/problem+json (RFC 9457).',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/', description: 'This careerpath instance' }],
      // public read API: no credentials (API keys are not built yet)
      security: [],
      tags: [
        { name: 'careers', description: 'Career profiles' },
        { name: 'matching', description: 'Personal fit: rank every career for a person, with reasons, gaps and a personal roadmap' },
        { name: 'finder', description: 'Search, filters with facet counts, sort and pagination over the catalog' },
        { name: 'compare', description: 'Two to four careers side by side' },
        { name: 'occupations', description: 'O*NET occupations (optional reference data, CC BY 4.0): title search, details, computed similarity' },
        { name: 'titles', description: 'Job title resolution: a typed title to careers and occupations' },
      ],
    },
    transform: ({ schema, url, route }) => {
      if (!url.startsWith('/api/')) return { schema: { ...schema, hide: true }, url };
      const method = Array.isArray(route.method) ? route.method[0]! : route.method;
      return { schema: { ...schema, operationId: operationId(method, route.url) }, url };
    },
    // keep our $id names (CareerProfile, Problem) instead of def-0, def-1
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  // the same document at the addresses the earlier Swagger UI served it (tools may have them saved);
  // the reference page itself is pages/docs (GET /docs)
  for (const url of ['/api/v1/openapi.json', '/docs/json']) app.get(url, { schema: { hide: true } }, async () => app.swagger());
  app.get('/docs/yaml', { schema: { hide: true } }, async (_request, reply) => reply.type('application/yaml; charset=utf-8').send(app.swagger({ yaml: true })));
}
