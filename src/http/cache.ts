import type { FastifyReply, FastifyRequest } from 'fastify';
import { baseTag } from './content-encoding.ts';

/** The 304 a route with an ETag may answer, for its response schema (and so the OpenAPI document). */
export const NOT_MODIFIED = { 304: { description: 'Not modified', type: 'null' } } as const;

export const PUBLIC_CACHE = 'public, max-age=300, stale-while-revalidate=3600';

/**
 * Sets ETag and Cache-Control; answers 304 when the client already holds `etag`.
 * Returns true when the 304 was sent and the handler should stop.
 */
export function notModified(request: FastifyRequest, reply: FastifyReply, etag: string, cacheControl = PUBLIC_CACHE): boolean {
  reply.header('etag', etag).header('cache-control', cacheControl);
  if (!holdsTag(request.headers['if-none-match'], etag)) return false;
  reply.code(304).send();
  return true;
}

/**
 * Whether an If-None-Match header names `etag` in any of its encodings: a client that holds
 * the brotli form ("…-br") of a representation holds it (content encodings decode to the
 * same bytes), so it gets a 304 whichever form it stored.
 */
export function holdsTag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const wanted = baseTag(etag);
  return header.split(',').some((t) => t.trim() === '*' || baseTag(t.trim()) === wanted);
}
