import type { FastifyReply, FastifyRequest } from 'fastify';

/** The 304 a route with an ETag may answer, for its response schema (and so the OpenAPI document). */
export const NOT_MODIFIED = { 304: { description: 'Not modified', type: 'null' } } as const;

export const PUBLIC_CACHE = 'public, max-age=300, stale-while-revalidate=3600';

/**
 * Sets ETag and Cache-Control; answers 304 when the client already holds `etag`.
 * Returns true when the 304 was sent and the handler should stop.
 */
export function notModified(request: FastifyRequest, reply: FastifyReply, etag: string, cacheControl = PUBLIC_CACHE): boolean {
  // no Vary: responses are never compressed here (a proxy in front may compress and add it)
  reply.header('etag', etag).header('cache-control', cacheControl);
  const header = request.headers['if-none-match'];
  if (!header) return false;
  const tags = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (!tags.includes(etag) && !tags.includes('*')) return false;
  reply.code(304).send();
  return true;
}
