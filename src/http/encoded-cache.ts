/**
 * Response bytes kept by key and content encoding, bounded by entry count and by bytes. A
 * response is stored as it was made (identity) and each compressed form is made once, the
 * first time a client asks for it, and kept beside it. `meta` travels with every form
 * (a page's headers and ETag, say).
 */
import { Lru } from '../cache/lru.ts';
import { COMPRESS_THRESHOLD, encode, type Effort, type Encoding } from './content-encoding.ts';

export interface Variant<M> {
  /** The encoding `body` is in: identity when the body is too small to be worth compressing. */
  readonly encoding: Encoding;
  readonly body: Buffer;
  readonly meta: M;
}

/** What an entry costs beyond its body: the key (UTF-16), the map slot, the object. */
const ENTRY_OVERHEAD = 256;

type Entry<M> = Variant<M> & { readonly keyLength: number };

export class EncodedCache<M = null> {
  private readonly entries: Lru<string, Entry<M>>;

  constructor(maxEntries: number, maxBytes: number) {
    this.entries = new Lru(maxEntries, { maxBytes, bytesOf: (v) => v.body.length + 2 * v.keyLength + ENTRY_OVERHEAD });
  }

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.entries.bytes;
  }

  get(key: string, encoding: Encoding): Variant<M> | undefined {
    return this.entries.get(`${encoding} ${key}`);
  }

  put(key: string, encoding: Encoding, body: Buffer, meta: M): Variant<M> {
    const entry = { encoding, body, meta, keyLength: key.length };
    this.entries.set(`${encoding} ${key}`, entry);
    return entry;
  }

  /** The `encoding` form of `identity` (this key's identity entry), made on first use and kept; compressed on the thread pool, so the event loop keeps serving. */
  async encodedAsync(key: string, identity: Variant<M>, encoding: Encoding, effort: Effort): Promise<Variant<M>> {
    if (!worthCompressing(identity, encoding)) return identity;
    return this.get(key, encoding) ?? this.put(key, encoding, await encode(identity.body, encoding, effort), identity.meta);
  }

  clear(): void {
    this.entries.clear();
  }
}

const worthCompressing = (identity: Variant<unknown>, encoding: Encoding) => encoding !== 'identity' && identity.body.length >= COMPRESS_THRESHOLD;
