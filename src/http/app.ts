/**
 * Builds the HTTP application from its parts. No I/O happens here beyond what the parts
 * were given, so tests build the same app the server runs.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { CareerCatalog } from '../careers/career-catalog.ts';
import { careerRoutes } from '../careers/career.routes.ts';
import { pageRoutes } from '../pages/page.routes.tsx';
import { apiDocs } from './api-docs.ts';
import { errorHandler, notFoundHandler } from './error-handler.ts';
import { securityHeaders } from './security-headers.ts';

export interface AppDeps {
  catalog: CareerCatalog;
  logger: FastifyBaseLogger;
}

export async function buildApp({ catalog, logger }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: 64 * 1024,
    trustProxy: false,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  securityHeaders(app);
  await apiDocs(app);
  await app.register(careerRoutes, { catalog });
  await app.register(pageRoutes, { catalog });
  return app;
}
