/**
 * The page cache on a bare fastify app: what is kept, what never is, how keys are formed and
 * how it stays bounded. test/page-cache.test.ts runs it inside the real app.
 */
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, it } from 'node:test';
import compress from '@fastify/compress';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { pageCache, pageKey } from './page-cache.ts';

/** A page big enough to be compressed, different for every render so a re-render shows. */
const html = (id: string, render: number, version: number) =>
  `<!doctype html><h1>${id} v${version}</h1><p>render ${render}</p>${'<p>filler text</p>'.repeat(200)}`;

interface Harness {
  app: FastifyInstance;
  renders: () => number;
  bump(): void;
  cache: ReturnType<typeof pageCache>;
}

async function harness(limits = { maxEntries: 100, maxBytes: 10 * 1024 * 1024 }): Promise<Harness> {
  const app = Fastify();
  let version = 1;
  let renders = 0;
  const listeners = new Set<() => void>();
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  const cache = pageCache(app, {
    ...limits,
    routes: ['/p/:id', '/private/:id', '/cookie/:id', '/vary/:id', '/missing/:id'],
    version: () => String(version),
    onNewVersion: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
  });
  const page = (reply: FastifyReply, id: string) => reply.type('text/html; charset=utf-8').send(html(id, ++renders, version));
  app.get<{ Params: { id: string } }>('/p/:id', (request, reply) => page(reply.header('cache-control', 'public, max-age=300'), request.params.id));
  app.get<{ Params: { id: string } }>('/private/:id', (request, reply) => page(reply.header('cache-control', 'private, no-store'), request.params.id));
  app.get<{ Params: { id: string } }>('/cookie/:id', (request, reply) => page(reply.header('set-cookie', `sid=${renders}`), request.params.id));
  app.get<{ Params: { id: string } }>('/vary/:id', (request, reply) => page(reply.header('vary', 'cookie'), request.params.id));
  app.get<{ Params: { id: string } }>('/missing/:id', (request, reply) => page(reply.code(404), request.params.id));
  app.get<{ Params: { id: string } }>('/unlisted/:id', (request, reply) => page(reply, request.params.id));
  await app.ready();
  return {
    app,
    cache,
    renders: () => renders,
    bump: () => {
      version += 1;
      for (const l of listeners) l();
    },
  };
}

const get = (h: Harness, url: string, encoding?: string, headers: Record<string, string> = {}) =>
  h.app.inject({ url, headers: { ...(encoding ? { 'accept-encoding': encoding } : {}), ...headers } });

describe('page cache', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness();
  });
  afterEach(() => h.app.close());

  it('renders a page once and sends the same brotli and gzip bytes, decoding to the uncompressed page', async () => {
    const plain = await get(h, '/p/a');
    const br1 = await get(h, '/p/a', 'gzip, deflate, br');
    const br2 = await get(h, '/p/a', 'br');
    const gz1 = await get(h, '/p/a', 'gzip');
    const gz2 = await get(h, '/p/a', 'gzip;q=1, br;q=0');
    assert.equal(h.renders(), 1, 'one render serves every encoding');
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(br1.headers['content-encoding'], 'br');
    assert.equal(gz2.headers['content-encoding'], 'gzip');
    assert.ok(br1.rawPayload.equals(br2.rawPayload));
    assert.ok(gz1.rawPayload.equals(gz2.rawPayload));
    assert.equal(brotliDecompressSync(br1.rawPayload).toString(), plain.body);
    assert.equal(gunzipSync(gz1.rawPayload).toString(), plain.body);
    assert.ok(br1.rawPayload.length < plain.rawPayload.length / 5);
    for (const res of [plain, br1, gz1]) {
      assert.equal(res.headers.vary, 'accept-encoding');
      assert.equal(res.headers['cache-control'], 'public, max-age=300', 'the route’s headers are replayed');
      assert.match(res.headers['content-type'] as string, /^text\/html/);
    }
    const tags = new Set([plain, br1, gz1].map((r) => r.headers.etag));
    assert.equal(tags.size, 3, 'each encoding has its own strong ETag');
    assert.equal(br1.headers.etag, br2.headers.etag);
  });

  it('answers 304 to a client holding the page in any encoding', async () => {
    const br = await get(h, '/p/a', 'br');
    const again = await get(h, '/p/a', 'br', { 'if-none-match': String(br.headers.etag) });
    assert.equal(again.statusCode, 304);
    assert.equal(again.rawPayload.length, 0);
    assert.equal(again.headers.etag, br.headers.etag);
    assert.equal((await get(h, '/p/a', 'br', { 'if-none-match': '"something else"' })).statusCode, 200);
  });

  it('renders again for a new catalog version, and holds no old page after it', async () => {
    const before = await get(h, '/p/a', 'br');
    h.bump();
    assert.equal(h.cache.size, 0, 'the old version’s pages are dropped at once');
    const after = await get(h, '/p/a', 'br');
    assert.match(brotliDecompressSync(after.rawPayload).toString(), /<h1>a v2<\/h1>/);
    assert.notEqual(after.headers.etag, before.headers.etag);
    assert.equal(h.renders(), 2);
  });

  it('keys on the path and the query in name order', async () => {
    await get(h, '/p/a?x=1&y=2');
    await get(h, '/p/a?y=2&x=1');
    assert.equal(h.renders(), 1);
    await get(h, '/p/a?x=2&y=2');
    await get(h, '/p/b?x=1&y=2');
    assert.equal(h.renders(), 3);
    assert.equal(pageKey('/f?q=a&sort=t&q=b'), '/f?q=a&q=b&sort=t', 'repeated parameters keep their order');
    assert.equal(pageKey('/f?&'), '/f');
  });

  it('never keeps a page that is private, sets a cookie, varies on another header, or is not a 200', async () => {
    for (const url of ['/private/a', '/cookie/a', '/vary/a', '/missing/a', '/unlisted/a']) {
      const before = h.renders();
      const first = await get(h, url, 'br');
      const second = await get(h, url, 'br');
      assert.equal(h.renders(), before + 2, `${url} is rendered for each request`);
      assert.notEqual(brotliDecompressSync(first.rawPayload).toString(), brotliDecompressSync(second.rawPayload).toString());
    }
    assert.equal(h.cache.size, 0);
  });

  it('stays within its byte bound, dropping the least recently used pages', async () => {
    const small = await harness({ maxEntries: 100, maxBytes: 20_000 });
    try {
      for (let i = 0; i < 20; i++) await get(small, `/p/${i}`, 'br');
      assert.ok(small.cache.bytes <= 20_000, `${small.cache.bytes} bytes kept`);
      assert.ok(small.cache.size > 0);
      const renders = small.renders();
      await get(small, '/p/0', 'br');
      assert.equal(small.renders(), renders + 1, 'the oldest page was dropped');
    } finally {
      await small.app.close();
    }
  });
});
