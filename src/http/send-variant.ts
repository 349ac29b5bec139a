/** The headers of a response sent in one of its encodings, for every sender of kept bytes. */
import type { FastifyReply } from 'fastify';
import { variantTag } from './content-encoding.ts';
import type { Variant } from './encoded-cache.ts';

/** Adds `field` to the reply's Vary header unless it is there already. */
export function addVary(reply: FastifyReply, field: string): void {
  const had = reply.getHeader('vary');
  const list =
    had === undefined
      ? []
      : String(had)
          .split(',')
          .map((f) => f.trim());
  if (list.some((f) => f.toLowerCase() === field.toLowerCase() || f === '*')) return;
  reply.header('vary', [...list, field].join(', '));
}

/**
 * Sends `variant`'s bytes: Content-Encoding when compressed, the ETag the route set made
 * specific to that encoding, and Vary: Accept-Encoding whenever the answer could have come
 * in another encoding (`negotiable`), so shared caches keep the forms apart.
 */
export function sendVariant(reply: FastifyReply, variant: Variant<unknown>, negotiable: boolean): FastifyReply {
  if (negotiable) addVary(reply, 'accept-encoding');
  if (variant.encoding !== 'identity') {
    reply.header('content-encoding', variant.encoding);
    const etag = reply.getHeader('etag');
    if (typeof etag === 'string') reply.header('etag', variantTag(etag, variant.encoding));
  }
  return reply.send(variant.body);
}
