/**
 * Builds the HTTP application from its parts. No I/O happens here beyond what the parts
 * were given, so tests build the same app the server runs.
 */
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import zlib from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import { HEALTH_PATHS, healthRoutes } from '../ops/health.routes.ts';
import { createMetrics, metricsPlugin, observeGet } from '../ops/metrics.ts';
import formBody from '@fastify/formbody';
import type { AccountDeps } from '../accounts/account-deps.ts';
import type { EditorialDeps } from '../editorial/editorial.routes.ts';
import type { SnapshotStore } from '../catalog/snapshot.ts';
import { errorHandler } from '../http/error-handler.ts';
import { apiUnmatched, unmatchedVerdict } from '../http/unmatched.ts';
import { queryHygieneHook } from '../http/query-hygiene.ts';
import { apiRateLimit, type RateLimitOptions } from '../http/rate-limit.ts';
import { SECURITY_HEADERS, securityHeaders } from '../http/security-headers.ts';
import { clientErrors } from '../http/client-errors.ts';
import { pageCache } from '../http/page-cache.ts';
import { fastLane, laneServer, type FastLane } from '../http/fast-lane.ts';
import proxyAddr from '@fastify/proxy-addr';
import { setSiteUrl } from '../pages/layout.tsx';
import { requestValidators } from '../validation/request-validators.ts';
import { apiDocs } from './api-docs.ts';
import { htmlUnmatched } from '../pages/site.routes.tsx';
import { API_PREFIX, PAGE_TABLE, ROUTE_TABLE, SHARED_PAGES } from './routes.ts';
import { LOCALES, localePrefix } from '../i18n/locale.ts';
import { logsRequests } from '../logger.ts';

export interface AppDeps {
  store: SnapshotStore;
  /** The database and mailer of accounts and personal plans. */
  accounts: Omit<AccountDeps, 'secureCookies' | 'publicUrl'>;
  logger: FastifyBaseLogger;
  /** Off when absent (tests); the server always passes the configured limit. */
  rateLimit?: RateLimitOptions;
  /** Origin for canonical URLs and JSON-LD. */
  publicUrl?: string;
  /** The watch that keeps this instance's snapshot equal to the published catalog. */
  editorial: EditorialDeps;
  /** Operations: proxies to trust, the metrics token, Redis for the readiness check. */
  ops?: OpsOptions;
}

export interface OpsOptions {
  /** Proxy addresses or CIDRs whose X-Forwarded-For is believed; empty: none. */
  trustProxy?: readonly string[];
  /** GET /metrics answers a bearer of this token; null: no metrics endpoint. */
  metricsToken?: string | null;
  redisUrl?: string | null;
}

/** A client that sends nothing for this long, or takes longer than this over one request, is cut off. */
const TIMEOUTS = { connectionTimeout: 60_000, requestTimeout: 30_000, keepAliveTimeout: 5_000 } as const;

/** Rendered, compressed shared pages kept per instance: a career page is ~64 KB plus ~14 KB br and ~15 KB gzip, so every career page in both languages takes ~25 MB. */
const PAGE_CACHE = { maxEntries: 3000, maxBytes: 64 * 1024 * 1024 } as const;

const declared = new WeakMap<FastifyInstance, string[]>();

/** Every route of an app built here, as "METHOD /path", sorted: the API and pages at a glance. */
export function routeList(app: FastifyInstance): string[] {
  return [...new Set(declared.get(app) ?? [])].sort();
}

export async function buildApp({
  store,
  accounts,
  editorial,
  logger,
  rateLimit,
  publicUrl = 'http://localhost:3000',
  ops = {},
}: AppDeps): Promise<FastifyInstance> {
  // behind a proxy, its X-Forwarded-For is believed only when TRUST_PROXY names it (the routes and the fast lane alike)
  const trustProxy = ops.trustProxy?.length ? proxyAddr.compile([...ops.trustProxy]) : null;
  let lane: FastLane | null = null;
  const app = Fastify({
    loggerInstance: logger,
    bodyLimit: 64 * 1024,
    trustProxy: trustProxy ?? false,
    ...TIMEOUTS,
    serverFactory: (router) => laneServer(router, () => lane, TIMEOUTS),
    // errors the router raises before any hook (a malformed percent-encoding) leave as problem+json too
    frameworkErrors: (error, request, reply) => {
      reply.headers(SECURITY_HEADERS);
      return errorHandler(error, request, reply);
    },
    routerOptions: { maxParamLength: 200 },
    // Request logs are info-level: when info is off, a per-request child logger is pure cost.
    // (The error handler names the request id itself.)
    childLoggerFactory: (parent, bindings, options) => (logsRequests(parent.level) ? parent.child(bindings, options) : parent),
  }).withTypeProvider<TypeBoxTypeProvider>();
  setSiteUrl(publicUrl);
  const routes: string[] = [];
  declared.set(app, routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });
  // query strings are coerced from text; JSON bodies are taken as sent (validation/request-validators.ts)
  app.setValidatorCompiler(requestValidators(() => Object.values(app.getSchemas()) as object[]));
  // a request no route matched is told why — 404, 405 with Allow, 501 — as problem+json for the
  // API and as an HTML page elsewhere (or a 308 without its trailing slash)
  const unmatched = (request: FastifyRequest, reply: FastifyReply) => {
    const verdict = unmatchedVerdict(request);
    return request.url.startsWith('/api/') ? apiUnmatched(request, reply, verdict) : htmlUnmatched(request, reply, verdict);
  };
  // fastify may fail an unmatched request before the not-found handler (a QUERY without a
  // Content-Type): what matters to the client is still that no route takes it
  app.setErrorHandler((error: FastifyError, request, reply) =>
    request.is404 && !(error instanceof AppError) ? unmatched(request, reply) : errorHandler(error, request, reply),
  );
  app.setNotFoundHandler(unmatched);
  securityHeaders(app);
  clientErrors(app);
  queryHygieneHook(app, API_PREFIX);
  const metrics = createMetrics();
  metricsPlugin(app, metrics, store, ops.metricsToken ?? null);
  healthRoutes(app, { db: accounts.db, store, redisUrl: ops.redisUrl ?? null });
  await app.register(compress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
  const limiter = !rateLimit
    ? null
    : await apiRateLimit(app, {
        ...rateLimit,
        exempt: [...HEALTH_PATHS, '/metrics'],
        onRefused: (kind) => metrics.rateLimited.inc({ kind }),
        onBackend: (backend) => {
          metrics.rateLimitBackend.set({ backend: 'redis' }, backend === 'redis' ? 1 : 0);
          metrics.rateLimitBackend.set({ backend: 'memory' }, backend === 'memory' ? 1 : 0);
        },
      });
  // after the rate limit, so a page served from memory is still counted
  const version = () => store.current().version;
  const pages = pageCache(app, { ...PAGE_CACHE, routes: SHARED_PAGES, version, onNewVersion: (listener) => store.onPublish(listener) });
  const ready = fastLane({
    pages,
    version,
    limiter,
    clientIp: (req) => (trustProxy ? proxyAddr(req, trustProxy) : (req.socket.remoteAddress ?? '')),
    observe: observeGet(metrics),
    log: app.log,
  });
  app.addHook('onReady', (done) => {
    lane = ready;
    done();
  });
  app.addHook('preClose', (done) => {
    ready.close();
    done();
  });
  await apiDocs(app);
  await app.register(cookie);
  // forms take the route's body limit (the server's 64 KB unless a route says more, as the editor does)
  await app.register(formBody);
  // cookies are Secure whenever the public site is https (behind a proxy the app itself may see http)
  const deps = { store, editorial, accounts: { ...accounts, secureCookies: publicUrl.startsWith('https:'), publicUrl } };
  for (const [plugin, prefix] of ROUTE_TABLE) await app.register(plugin, { ...deps, locale: 'en', prefix });
  for (const locale of LOCALES) {
    for (const [plugin] of PAGE_TABLE) await app.register(plugin, { ...deps, locale, prefix: localePrefix(locale) });
  }
  return app;
}
