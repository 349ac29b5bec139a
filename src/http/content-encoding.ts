/**
 * Content negotiation and compression of bodies the app keeps as bytes (pages, cached API
 * answers, match answers). Everything else is compressed by @fastify/compress as it streams;
 * a reply that already carries Content-Encoding is left alone by it.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { memoize } from '../cache/lru.ts';

export type Encoding = 'br' | 'gzip' | 'identity';

/** Bodies smaller than this go out as they are: the headers would cost more than the saving. */
export const COMPRESS_THRESHOLD = 1024;

/**
 * Effort: `stored` for bodies compressed once and sent many times (quality 5 is within 2 %
 * of 6–9 on our pages at a hundredth of quality 9's time; 11 costs about half a second per
 * page, too much for a URL a query string can vary); `fresh` for a body compressed on every
 * request (a match answer): brotli 2 is about twice as fast as 5 for 8 % more bytes.
 */
export type Effort = 'stored' | 'fresh';

const BROTLI_QUALITY: Record<Effort, number> = { stored: 5, fresh: 2 };
const GZIP_LEVEL: Record<Effort, number> = { stored: 6, fresh: 1 };

const brotliOptions = (body: Buffer, effort: Effort): zlib.BrotliOptions => ({
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[effort],
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
  },
});

/**
 * The encoding to answer with for an Accept-Encoding header: brotli, else gzip, else none.
 * A coding is acceptable when listed (or covered by `*`) with q > 0; the client's q order
 * is not followed beyond that, as browsers list both at q=1 and brotli is the smaller.
 */
export function negotiate(header: string | string[] | undefined): Encoding {
  if (!header) return 'identity';
  const text = typeof header === 'string' ? header : header.join(',');
  if (text === last.text) return last.encoding;
  if (text.length > 200) return parseAcceptEncoding(text);
  const encoding = negotiated(text);
  last = { text, encoding };
  return encoding;
}

/** The header asked last: most requests in a row come from one kind of client. */
let last: { text: string; encoding: Encoding } = { text: '', encoding: 'identity' };

/** Clients send a handful of distinct headers: each is parsed once (bounded, as any header may be sent). */
const negotiated = memoize(parseAcceptEncoding, 256);

function parseAcceptEncoding(header: string): Encoding {
  const q = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (coding: string) => (q.get(coding) ?? q.get('*') ?? 0) > 0;
  if (accepts('br')) return 'br';
  if (accepts('gzip') || (q.get('x-gzip') ?? 0) > 0) return 'gzip';
  return 'identity';
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** `body` in `encoding`, compressed on libuv's thread pool so the event loop keeps serving. */
export async function encode(body: Buffer, encoding: Encoding, effort: Effort): Promise<Buffer> {
  if (encoding === 'br') return brotli(body, brotliOptions(body, effort));
  if (encoding === 'gzip') return gzip(body, { level: GZIP_LEVEL[effort] });
  return body;
}

/** The strong ETag of one encoding of a representation: `"tag"` → `"tag-br"` (W/ kept). */
export function variantTag(etag: string, encoding: Encoding): string {
  if (encoding === 'identity') return etag;
  return etag.endsWith('"') ? `${etag.slice(0, -1)}-${encoding}"` : `${etag}-${encoding}`;
}

/** The identity form's tag of an encoding's tag: `"tag-br"` → `"tag"` (W/ kept). */
export function identityTag(etag: string): string {
  return etag.replace(/-(br|gzip)"$/, '"');
}

/** The representation's tag without weakness or encoding, so a revalidation matches whichever encoding the client holds. */
export function baseTag(etag: string): string {
  return identityTag(etag.replace(/^W\//, ''));
}
