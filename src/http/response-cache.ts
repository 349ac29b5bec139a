/**
 * A small least-recently-used cache of serialised responses. The published catalog is
 * immutable between loads and each finder or compare response is a pure function of the
 * catalog and the validated query, so a response can be kept as bytes and sent again as is:
 * a hit skips the search, the facet counts, serialisation and UTF-8 encoding. One cache
 * belongs to one catalog snapshot, so it never goes stale.
 */
import type { FastifyReply } from 'fastify';
import { Lru } from '../cache/lru.ts';

type Serialised = string | Uint8Array | ArrayBuffer;

const bytes = (made: Serialised): Buffer =>
  typeof made === 'string' ? Buffer.from(made, 'utf8') : Buffer.from(made instanceof ArrayBuffer ? new Uint8Array(made) : made);

export class ResponseCache {
  private readonly entries: Lru<string, Buffer>;

  constructor(maxEntries: number) {
    this.entries = new Lru(maxEntries);
  }

  /** The cached bytes for `key`, or `make()`'s, kept for next time. */
  get(key: string, make: () => Serialised): Buffer {
    const hit = this.entries.get(key);
    if (hit) return hit;
    const body = bytes(make());
    this.entries.set(key, body);
    return body;
  }
}

/** Sends already-serialised JSON as it is. */
export function sendJson(reply: FastifyReply, body: Buffer): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(body);
}
