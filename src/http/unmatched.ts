/**
 * What a request that no route matched is told, by status:
 * - 501 when its method is one this server implements for no URL (PROPFIND, MKCOL, …);
 * - 405 with an `Allow` header when the path exists for other methods (DELETE on a career page);
 * - 404 otherwise.
 * The API answers problem+json here; pages render the same verdict as HTML (pages/site.routes.tsx).
 */
import type { FastifyReply, FastifyRequest, HTTPMethods } from 'fastify';
import { problemBody, sendProblem } from './error-handler.ts';

export type Unmatched = { status: 404 } | { status: 405; allow: string[] } | { status: 501 };

export function unmatchedVerdict(request: FastifyRequest): Unmatched {
  const app = request.server;
  const methods = app.supportedMethods;
  if (!methods.includes(request.method)) return { status: 501 };
  // the router matches the concrete URL (decoding it, dropping the query) as it did for this request
  const allow = methods.filter((method) => method !== request.method && app.findRoute({ method: method as HTTPMethods, url: request.url }) !== null);
  return allow.length > 0 ? { status: 405, allow } : { status: 404 };
}

/** Sets `Allow` for a 405; the caller sends the body. */
export function withAllow(reply: FastifyReply, verdict: Unmatched): FastifyReply {
  return verdict.status === 405 ? reply.header('allow', verdict.allow.join(', ')) : reply;
}

export function apiUnmatched(request: FastifyRequest, reply: FastifyReply, verdict: Unmatched) {
  const instance = request.url.split('?')[0] ?? request.url;
  withAllow(reply, verdict);
  if (verdict.status === 501) return sendProblem(reply, problemBody('NOT_IMPLEMENTED', `this server does not implement ${request.method}`, instance));
  if (verdict.status === 405) {
    return sendProblem(
      reply,
      problemBody('METHOD_NOT_ALLOWED', `${instance} does not accept ${request.method}; it accepts ${verdict.allow.join(', ')}`, instance),
    );
  }
  return sendProblem(reply, problemBody('NOT_FOUND', `no route for ${request.method} ${instance}`, instance));
}
