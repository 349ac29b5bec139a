/**
 * Kept answers sent straight from the socket: a plain GET whose exact answer the page cache
 * holds (a career page, a finder or compare answer) is written from the HTTP server's request
 * handler, before fastify's router, hooks and reply object, which cost about twice what
 * writing the bytes does. Everything else, and every doubt, goes the normal way.
 *
 * Contract — a hit here is the same answer the page cache's own hook would give:
 * - Taken only: GET with no body, no If-None-Match (304s are the router's), while the app is
 *   not closing, and when the cache holds the page in the encoding the client gets; the key is
 *   the one the page cache stores under (snapshot version, URL with sorted parameters, encoding).
 * - Same headers: the security headers, the route's kept headers, the encoding's ETag, Vary,
 *   and the rate limit's headers counted now.
 * - Same limit: counted against the same counts and client address as the routes (the proxy's
 *   client only when TRUST_PROXY names the proxy); a client over its limit is handed to the
 *   router, which counts it once more and answers the 429.
 * - Same records: the request duration metric under the kept route pattern, and a request
 *   log line when request logs are on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FastifyBaseLogger } from 'fastify';
import { negotiate, variantTag } from './content-encoding.ts';
import type { EncodedCache, Variant } from './encoded-cache.ts';
import { keptPageKey, type PageMeta } from './page-cache.ts';
import { kindOfRoute, limitHeaders, type RateLimiter, type Taken } from './rate-limit.ts';
import { SECURITY_HEADERS } from './security-headers.ts';
import { logsRequests } from '../logger.ts';

/** The router's request handler (fastify's): what every request the lane does not serve goes to. */
export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface FastLaneOptions {
  pages: EncodedCache<PageMeta>;
  /** The catalog snapshot version requests currently read. */
  version(): string;
  /** null: no rate limit. */
  limiter: RateLimiter | null;
  /** The client address the routes see (`request.ip`): the socket's, or the proxy's client when trusted. */
  clientIp(req: IncomingMessage): string;
  /** Records one answer in the request duration metric. */
  observe(route: string, status: number, seconds: number): void;
  log: FastifyBaseLogger;
}

export interface FastLane {
  /** Answers `req` from kept bytes, or hands it to `router`. */
  handle(req: IncomingMessage, res: ServerResponse, router: Handler): void;
  /** From now on every request goes to the router (which answers 503 while the app closes). */
  close(): void;
}

type Headers = Record<string, string | number>;

export function fastLane({ pages, version, limiter, clientIp, observe, log }: FastLaneOptions): FastLane {
  let open = true;
  // the fixed headers of each kept form, built on its first hit (a form is immutable; the map lets go of evicted ones)
  const fixed = new WeakMap<Variant<PageMeta>, Headers>();
  const headersOf = (page: Variant<PageMeta>): Headers => {
    let headers = fixed.get(page);
    if (headers === undefined) {
      headers = { ...SECURITY_HEADERS, ...page.meta.headers, etag: variantTag(page.meta.etag, page.encoding), vary: 'accept-encoding' };
      if (page.encoding !== 'identity') headers['content-encoding'] = page.encoding;
      headers['content-length'] = page.body.length;
      fixed.set(page, headers);
    }
    return headers;
  };

  const send = (req: IncomingMessage, res: ServerResponse, page: Variant<PageMeta>, started: number, taken: Taken | null) => {
    if (taken) for (const [name, value] of Object.entries(limitHeaders(taken))) res.setHeader(name, value);
    res.writeHead(200, headersOf(page));
    res.end(page.body);
    const ms = performance.now() - started;
    observe(page.meta.route, 200, ms / 1000);
    if (logsRequests(log.level)) {
      log.info({ req: { method: req.method, url: req.url }, res: { statusCode: 200 }, responseTime: ms }, 'request completed from kept bytes');
    }
  };

  const kept = (req: IncomingMessage): Variant<PageMeta> | undefined => {
    const { url } = req;
    // origin-form only: an absolute-form request line ("GET http://host/…") takes the router's way
    if (!open || req.method !== 'GET' || url === undefined || url.charCodeAt(0) !== 47 /* "/" */) return undefined;
    const asked = laneHeaders(req.rawHeaders);
    if (asked === null) return undefined;
    return pages.get(keptPageKey(version(), url), negotiate(asked));
  };

  return {
    handle(req, res, router) {
      const started = performance.now();
      const page = kept(req);
      if (page === undefined) return router(req, res);
      if (limiter === null) return send(req, res, page, started, null);
      limiter.take(kindOfRoute(page.meta.route), clientIp(req)).then(
        (taken) => {
          if (res.destroyed) return;
          // over the limit: the router counts it once more and answers the 429, as for any request
          if (taken.current > taken.max) router(req, res);
          else send(req, res, page, started, taken);
        },
        () => router(req, res),
      );
    },
    close() {
      open = false;
    },
  };
}

/**
 * One pass over the request's raw headers (node builds `req.headers` only when asked, and a
 * browser sends a dozen): the Accept-Encoding to answer in ('' when none), or null when the
 * request is not the lane's — it carries a body or asks conditionally (If-None-Match).
 */
export function laneHeaders(raw: readonly string[]): string | null {
  let accept = '';
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!;
    // only names of these lengths can matter; most are skipped without lower-casing
    if (name.length !== 13 && name.length !== 14 && name.length !== 15 && name.length !== 17) continue;
    const lower = name.toLowerCase();
    if (lower === 'if-none-match' || lower === 'content-length' || lower === 'transfer-encoding') return null;
    if (lower === 'accept-encoding') accept = accept === '' ? raw[i + 1]! : `${accept}, ${raw[i + 1]!}`;
  }
  return accept;
}

export interface ServerTimeouts {
  connectionTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
}

/**
 * The HTTP server fastify runs on (its `serverFactory`): each request goes to the fast lane
 * once `lane()` returns one (after the app is built), else straight to the router. Sets the
 * timeouts fastify sets on a server it makes itself, which it does not on one it is given.
 */
export function laneServer(router: Handler, lane: () => FastLane | null, timeouts: ServerTimeouts): Server {
  const server = createServer((req, res) => {
    const current = lane();
    if (current === null) router(req, res);
    else current.handle(req, res, router);
  });
  server.keepAliveTimeout = timeouts.keepAliveTimeout;
  server.requestTimeout = timeouts.requestTimeout;
  server.setTimeout(timeouts.connectionTimeout);
  return server;
}
