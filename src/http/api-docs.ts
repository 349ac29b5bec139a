import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { CareerProfile } from '../careers/career.schema.ts';
import { CareerList, CareerSummary } from '../careers/career-api.schema.ts';
import { Problem } from './problem.schema.ts';

/** OpenAPI generated from the same typebox schemas that validate requests. */
export async function apiDocs(app: FastifyInstance) {
  for (const schema of [Problem, CareerProfile, CareerSummary, CareerList]) app.addSchema(schema);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'careerpath API',
        version: '1.0.0',
        description: 'India career profiles: salaries by segment, skills, education, roadmaps. Errors are application/problem+json (RFC 9457).',
        license: { name: 'MIT' },
      },
      tags: [{ name: 'careers', description: 'Career profiles' }],
    },
    // keep our $id names (CareerProfile, Problem) instead of def-0, def-1
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { docExpansion: 'list' } });
}
