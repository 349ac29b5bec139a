/**
 * Shared pages as bytes: a page that depends only on its URL and the catalog snapshot (a
 * career, a category, the finder, compare) is rendered once per snapshot, compressed once
 * per encoding (brotli, gzip) and then sent as those bytes with Content-Encoding, Vary and
 * an ETag, skipping the route, the renderer and the compressor.
 *
 * Contract:
 * - Only GET requests of the routes named in `routes` are looked up; a route belongs there
 *   only when no part of its page depends on who asks (no session, no CSRF token, no cookie).
 *   Call this before those routes are declared, and after the rate limit is registered.
 * - A response is kept only when it is a 200 with a string or Buffer body, sets no cookie,
 *   says nothing against sharing (Cache-Control private, no-store or no-cache) and varies on
 *   nothing but Accept-Encoding. So a listed route that answers personally (the /match page
 *   with a result sends no-store) is never kept, and a page that starts to vary on a header
 *   (Vary: Accept-Language) or to set a cookie falls out of the cache by itself.
 * - Keys are the snapshot version, the path and the query with its parameters in name order
 *   (as sent, not decoded), and the encoding. A new snapshot makes every older key
 *   unreachable, and `onNewVersion` empties the cache at once so old bytes are not held.
 * - Bounded by entries and by bytes, least recently used first out.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler, RouteOptions } from 'fastify';
import { memoize } from '../cache/lru.ts';
import { holdsTag } from './cache.ts';
import { identityTag, negotiate, variantTag, type Encoding } from './content-encoding.ts';
import { EncodedCache, type Variant } from './encoded-cache.ts';
import { LIMIT_HEADERS } from './rate-limit.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { addVary, sendVariant } from './send-variant.ts';

export interface PageCacheOptions {
  /** Route URLs as declared (`/careers/:slug`) whose GET pages are the same for everyone. */
  routes: readonly string[];
  /** The catalog snapshot version requests currently read. */
  version(): string;
  /** Calls `listener` whenever a new snapshot is published; returns the unsubscribe. */
  onNewVersion(listener: () => void): () => void;
  maxEntries: number;
  maxBytes: number;
}

export interface PageMeta {
  /** The ETag of the identity form. */
  etag: string;
  /** The headers the route set (type, cache control, language…), replayed on every hit. */
  headers: Record<string, string>;
  /** The route pattern that answered (`/careers/:slug`): the rate limit's kind and the metrics label of a hit. */
  route: string;
}

interface Pending {
  key: string;
  wanted: Encoding;
}

/** Headers not replayed from a kept page: set per response, by the cache, or on every request anyway. */
const NOT_REPLAYED = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'etag', 'vary', 'date', 'connection', 'keep-alive']);
for (const name of [...Object.keys(SECURITY_HEADERS), ...LIMIT_HEADERS]) NOT_REPLAYED.add(name);

/** The key a page is kept under: the snapshot version and the URL with its parameters in order (the lookup hook and the fast lane alike). */
export const keptPageKey = (version: string, url: string): string => `${version} ${pageKey(url)}`;

/** "/finder?sort=title&q=x" and "/finder?q=x&sort=title" are one page: parameters in name order, repeated ones in their own order. */
export function pageKey(url: string): string {
  if (url.length > MEMO_URL_LENGTH || url.indexOf('?') === -1) return orderedQuery(url);
  return memoKey(url);
}

/** URLs up to this long have their key kept (a few hundred are asked again and again); longer ones are sorted each time, so the memo stays small. */
const MEMO_URL_LENGTH = 256;

function orderedQuery(url: string): string {
  const at = url.indexOf('?');
  if (at === -1) return url;
  const pairs = url.slice(at + 1).split('&');
  const names = pairs.map((pair) => {
    const eq = pair.indexOf('=');
    return eq === -1 ? pair : pair.slice(0, eq);
  });
  // the usual case (our own forms and links): already in order, nothing empty — the URL is its own key
  let ordered = true;
  for (let i = 0; i < pairs.length && ordered; i += 1) ordered = pairs[i] !== '' && (i === 0 || names[i - 1]! <= names[i]!);
  if (ordered) return url;
  const order = pairs.map((_, i) => i).filter((i) => pairs[i] !== '');
  // Array.prototype.sort is stable: repeated names keep their order
  order.sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
  return order.length ? `${url.slice(0, at)}?${order.map((i) => pairs[i]).join('&')}` : url.slice(0, at);
}

const memoKey = memoize(orderedQuery, 1000);

function shareable(reply: FastifyReply, payload: unknown): payload is string | Buffer {
  if (reply.statusCode !== 200 || !(typeof payload === 'string' || Buffer.isBuffer(payload))) return false;
  if (reply.hasHeader('set-cookie')) return false;
  if (/\b(private|no-store|no-cache)\b/i.test(String(reply.getHeader('cache-control') ?? ''))) return false;
  const vary = reply.getHeader('vary');
  return (
    vary === undefined ||
    String(vary)
      .split(',')
      .every((f) => f.trim().toLowerCase() === 'accept-encoding')
  );
}

function metaOf(request: FastifyRequest, reply: FastifyReply, body: Buffer): PageMeta {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value !== undefined && !NOT_REPLAYED.has(name.toLowerCase())) headers[name] = String(value);
  }
  const set = reply.getHeader('etag');
  // the identity form's tag: a route that compressed its answer has set the encoding's own
  const etag = typeof set === 'string' ? identityTag(set) : `"p${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  return { etag, headers, route: request.routeOptions.url ?? request.url };
}

/** Answers from a kept page: a 304 when the client holds it (in any encoding), else its bytes. */
function replay(request: FastifyRequest, reply: FastifyReply, page: Variant<PageMeta>): FastifyReply {
  reply.headers(page.meta.headers).header('etag', page.meta.etag);
  if (holdsTag(request.headers['if-none-match'], page.meta.etag)) {
    addVary(reply, 'accept-encoding');
    return reply.code(304).header('etag', variantTag(page.meta.etag, page.encoding)).send();
  }
  return sendVariant(reply, page, true);
}

export function pageCache(app: FastifyInstance, options: PageCacheOptions): EncodedCache<PageMeta> {
  const shared = new Set(options.routes);
  const cache = new EncodedCache<PageMeta>(options.maxEntries, options.maxBytes);
  const pending = new WeakMap<FastifyRequest, Pending>();
  const unsubscribe = options.onNewVersion(() => cache.clear());
  app.addHook('onClose', async () => unsubscribe());

  // a callback hook (no promise per request), on the shared routes only, after their other
  // onRequest hooks (the rate limit adds its own per route too): a kept page still counts
  const lookup: onRequestHookHandler = (request, reply, done) => {
    if (request.method !== 'GET') return done();
    const key = keptPageKey(options.version(), request.url);
    const wanted = negotiate(request.headers['accept-encoding']);
    const page = cache.get(key, wanted);
    if (page) return void replay(request, reply, page); // answered: the route does not run
    const identity = cache.get(key, 'identity');
    if (!identity) {
      pending.set(request, { key, wanted });
      return done();
    }
    // rendered already, not yet in this encoding: compress off the event loop, then answer
    cache.encodedAsync(key, identity, wanted, 'stored').then(
      (made) => replay(request, reply, made),
      (error: Error) => done(error),
    );
  };
  app.addHook('onRoute', (route) => {
    if (!shared.has(route.url) || ![route.method].flat().includes('GET')) return;
    route.onRequest = [...(route.onRequest === undefined ? [] : [route.onRequest].flat()), lookup] as RouteOptions['onRequest'];
  });

  // runs before @fastify/compress's own onSend (route-level hooks come after app-level ones),
  // which leaves a body that already has a Content-Encoding alone
  app.addHook('onSend', (request, reply, payload, done) => {
    const miss = pending.get(request);
    if (!miss || !shareable(reply, payload)) return done(null, payload);
    pending.delete(request);
    const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload, 'utf8');
    const sent = reply.getHeader('content-encoding');
    if (sent !== undefined && sent !== 'identity') {
      // the route compressed it itself (kept API answers): keep that form as it is
      if (sent === miss.wanted) cache.put(miss.key, miss.wanted, body, metaOf(request, reply, body));
      return done(null, payload);
    }
    const identity = cache.put(miss.key, 'identity', body, metaOf(request, reply, body));
    reply.header('etag', identity.meta.etag).removeHeader('content-length');
    addVary(reply, 'accept-encoding');
    cache.encodedAsync(miss.key, identity, miss.wanted, 'stored').then((page) => {
      if (page.encoding !== 'identity') reply.header('content-encoding', page.encoding).header('etag', variantTag(identity.meta.etag, page.encoding));
      done(null, page.body);
    }, done);
  });
  return cache;
}
