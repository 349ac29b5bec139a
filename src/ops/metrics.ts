/**
 * Prometheus metrics (prom-client), one registry per app: request durations by matched route
 * and status, the catalog snapshot in service, rate-limit rejections and count store, process metrics.
 * Served at GET /metrics only when METRICS_TOKEN is set, to a bearer of that token.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { SnapshotStore } from '../catalog/snapshot.ts';

export interface Metrics {
  registry: Registry;
  rateLimited: Counter;
  /** 1 for the rate-limit count store in use ("redis" shared, "memory" per instance), 0 for the other. */
  rateLimitBackend: Gauge;
  /** Time to answer, by method, matched route pattern and status. */
  duration: Histogram<'method' | 'route' | 'status'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const rateLimited = new Counter({
    name: 'careerpath_rate_limit_rejections_total',
    help: 'Requests refused by the rate limit',
    labelNames: ['kind'],
    registers: [registry],
  });
  const rateLimitBackend = new Gauge({
    name: 'careerpath_rate_limit_backend',
    help: 'Where rate-limit counts are kept: 1 for the store in use (redis: shared; memory: this instance only, e.g. while Redis is unreachable)',
    labelNames: ['backend'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'careerpath_http_request_duration_seconds',
    help: 'Time to answer, by matched route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  return { registry, rateLimited, rateLimitBackend, duration };
}

/**
 * Records GET answers by route pattern and status, with each label set's series looked up
 * once: for the fast lane, where hashing the labels would cost as much as the rest of a hit.
 * Route patterns and statuses are few, so the lookups kept are too.
 */
export function observeGet({ duration }: Metrics): (route: string, status: number, seconds: number) => void {
  const series = new Map<string, ReturnType<Metrics['duration']['labels']>>();
  return (route, status, seconds) => {
    const key = `${status} ${route}`;
    let one = series.get(key);
    if (one === undefined) series.set(key, (one = duration.labels({ method: 'GET', route, status: String(status) })));
    one.observe(seconds);
  };
}

const sameToken = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** Records every response and serves /metrics. `token` null: the endpoint does not exist (404). */
export function metricsPlugin(app: FastifyInstance, { registry, duration }: Metrics, store: SnapshotStore, token: string | null): void {
  const snapshot = new Gauge({
    name: 'careerpath_catalog_snapshot_info',
    help: 'The catalog version in service (value 1)',
    labelNames: ['version'],
    registers: [registry],
  });
  const careers = new Gauge({ name: 'careerpath_catalog_careers', help: 'Careers in the published catalog', registers: [registry] });
  const show = () => {
    snapshot.reset();
    snapshot.set({ version: store.current().catalog.version }, 1);
    careers.set(store.current().catalog.profiles.length);
  };
  show();
  store.onPublish(show);
  app.addHook('onResponse', async (request, reply) => {
    // the matched route pattern, never the raw URL: a label per distinct URL would grow without bound
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  if (!token) return;
  app.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (request, reply) => {
    const auth = request.headers.authorization ?? '';
    if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
      return reply.code(401).header('www-authenticate', 'Bearer').type('application/problem+json').send({
        type: 'about:blank',
        title: 'Not signed in',
        status: 401,
        detail: 'send the METRICS_TOKEN as a bearer token',
        instance: request.url,
      });
    }
    reply.header('cache-control', 'no-store').type(registry.contentType);
    return registry.metrics();
  });
}
