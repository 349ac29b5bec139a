/**
 * Serialised API answers kept as bytes. The published catalog is immutable between loads
 * and each finder or compare response is a pure function of the catalog and the validated
 * query, so a response can be kept as bytes, with its brotli and gzip forms, and sent again
 * as is: a hit skips the search, the facet counts, serialisation, UTF-8 encoding and
 * compression. One cache belongs to one catalog snapshot, so it never goes stale.
 */
import type { FastifyReply } from 'fastify';
import { EncodedCache, type Variant } from './encoded-cache.ts';
import { COMPRESS_THRESHOLD, negotiate, type Effort, type Encoding } from './content-encoding.ts';
import { sendVariant } from './send-variant.ts';

type Serialised = string | Uint8Array | ArrayBuffer;

const bytes = (made: Serialised): Buffer =>
  typeof made === 'string' ? Buffer.from(made, 'utf8') : Buffer.from(made instanceof ArrayBuffer ? new Uint8Array(made) : made);

/** One cached answer: its identity bytes and its other encodings, made on first use (compressed on libuv's thread pool, so the event loop serves others meanwhile). */
export interface Encoded {
  readonly identity: Buffer;
  in(encoding: Encoding): Promise<Variant<null>>;
}

/** Bytes per snapshot: a finder answer is ~12 KB (3 KB compressed), so 500 fill about 9 MB. */
const MAX_BYTES = 16 * 1024 * 1024;

export class ResponseCache {
  private readonly entries: EncodedCache;

  /** `effort`: 'stored' where answers are asked for again and again, 'fresh' where most are asked once. */
  constructor(
    maxEntries: number,
    maxBytes = MAX_BYTES,
    private readonly effort: Effort = 'stored',
  ) {
    this.entries = new EncodedCache(maxEntries, maxBytes);
  }

  /** The cached answer for `key`, or `make()`'s, kept for next time. Nothing is kept when `make` throws. */
  get(key: string, make: () => Serialised): Encoded {
    const identity = this.entries.get(key, 'identity') ?? this.entries.put(key, 'identity', bytes(make()), null);
    return { identity: identity.body, in: (encoding) => this.entries.encodedAsync(key, identity, encoding, this.effort) };
  }
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Sends an already-serialised JSON answer in the encoding the client accepts best. */
export async function sendJson(reply: FastifyReply, body: Encoded): Promise<FastifyReply> {
  const variant = await body.in(negotiate(reply.request.headers['accept-encoding']));
  return sendVariant(reply.type(JSON_TYPE), variant, body.identity.length >= COMPRESS_THRESHOLD);
}
