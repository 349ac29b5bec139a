/**
 * Query-string hygiene for every route with a query string, applied before schema validation:
 * an empty value means "not set" (a GET form sends every field), and an unknown parameter
 * is either refused by name (API) or ignored (pages, whose shared URLs pick up tracking tags).
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { invalid } from '../errors.ts';

type Query = Record<string, unknown>;

export function dropEmptyValues(query: Query): void {
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) {
      const kept = value.filter((v) => v !== '');
      if (kept.length === 0) delete query[key];
      else query[key] = kept;
    } else if (value === '') delete query[key];
  }
}

/** A preValidation hook: empty values dropped, unknown parameters refused (400) or dropped. */
export function queryHygiene(known: readonly string[], unknown: 'refuse' | 'drop') {
  const allowed = new Set(known);
  return async function cleanQuery(request: FastifyRequest) {
    const query = request.query as Query;
    dropEmptyValues(query);
    const extra = Object.keys(query).filter((k) => !allowed.has(k));
    if (extra.length === 0) return;
    if (unknown === 'drop') for (const k of extra) delete query[k];
    else {
      const list = known.length > 0 ? known.join(', ') : 'none';
      const errors = extra.map((field) => ({ field, message: `is not a parameter here; known parameters: ${list}` }));
      throw invalid(errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
    }
  };
}

type PreValidation = NonNullable<RouteOptions['preValidation']>;

/**
 * Adds query hygiene to every route as it is declared: API routes (under `apiPrefix`) refuse
 * unknown parameters by name, pages drop them. A route's known parameters are its
 * querystring schema's properties (none when it has no schema).
 */
export function queryHygieneHook(app: FastifyInstance, apiPrefix: string): void {
  app.addHook('onRoute', (route) => {
    const schema = route.schema?.querystring as { properties?: Record<string, unknown> } | undefined;
    const api = route.url.startsWith(`${apiPrefix}/`);
    if (!api && !schema) return;
    const clean = queryHygiene(Object.keys(schema?.properties ?? {}), api ? 'refuse' : 'drop');
    const existing: PreValidation[] = route.preValidation === undefined ? [] : [route.preValidation].flat();
    route.preValidation = [clean, ...existing] as PreValidation;
  });
}

/** A short stable hash of a validated query, for ETags. */
export function queryTag(query: unknown): string {
  return createHash('sha256').update(JSON.stringify(query)).digest('base64url').slice(0, 16);
}
