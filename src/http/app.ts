/**
 * Builds the HTTP application from its parts. No I/O happens here beyond what the parts
 * were given, so tests build the same app the server runs.
 */
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { CareerCatalog } from '../careers/career-catalog.ts';
import { careerRoutes } from '../careers/career.routes.ts';
import { compareRoutes } from '../compare/compare.routes.ts';
import { pageRoutes } from '../pages/page.routes.tsx';
import { matchRoutes } from '../matching/match.routes.ts';
import { matchPageRoutes } from '../pages/match-page.routes.tsx';
import { comparePageRoutes } from '../pages/compare-page.routes.tsx';
import { finderPageRoutes } from '../pages/finder-page.routes.tsx';
import { buildCareerInsights } from '../occupations/career-insights.ts';
import { careerSimilarRoutes } from '../occupations/career-similar.routes.ts';
import type { OccupationIndex } from '../occupations/occupation-index.ts';
import { occupationRoutes } from '../occupations/occupation.routes.ts';
import { occupationPageRoutes } from '../pages/occupation-page.routes.tsx';
import { titleRoutes } from '../titles/title.routes.ts';
import { transitionRoutes } from '../transitions/transition.routes.ts';
import { apiDocs } from './api-docs.ts';
import { errorHandler, notFoundHandler } from './error-handler.ts';
import { apiRateLimit, type RateLimitOptions } from './rate-limit.ts';
import { securityHeaders } from './security-headers.ts';

const REQUEST_LOG_LEVELS = new Set(['trace', 'debug', 'info']);

export interface AppDeps {
  catalog: CareerCatalog;
  logger: FastifyBaseLogger;
  /** Off when absent (tests); the server always passes the configured limit. */
  rateLimit?: RateLimitOptions;
  /** The imported O*NET release (server.ts loads it); null or absent when O*NET is not imported. */
  occupations?: OccupationIndex | null;
}

export async function buildApp({ catalog, logger, rateLimit, occupations = null }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: 64 * 1024,
    trustProxy: false,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: true } },
    routerOptions: { maxParamLength: 200 },
    // Request logs are info-level: when info is off, a per-request child logger is pure cost.
    // (The error handler names the request id itself.)
    childLoggerFactory: (parent, bindings, options) => (REQUEST_LOG_LEVELS.has(parent.level) ? parent.child(bindings, options) : parent),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  securityHeaders(app);
  if (rateLimit) await apiRateLimit(app, rateLimit);
  await apiDocs(app);
  const insights = buildCareerInsights(catalog, occupations);
  await app.register(careerRoutes, { catalog, titles: insights.titles });
  await app.register(pageRoutes, { catalog, insights });
  await app.register(matchRoutes, { catalog });
  await app.register(matchPageRoutes, { catalog });
  await app.register(compareRoutes, { catalog });
  await app.register(finderPageRoutes, { catalog, titles: insights.titles });
  await app.register(comparePageRoutes, { catalog });
  await app.register(careerSimilarRoutes, { catalog, insights });
  await app.register(transitionRoutes, { catalog, transitions: insights.transitions });
  await app.register(titleRoutes, { titles: insights.titles, version: insights.version });
  await app.register(occupationRoutes, { catalog, occupations });
  await app.register(occupationPageRoutes, { catalog, occupations });
  return app;
}
