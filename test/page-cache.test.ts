/**
 * Shared pages kept rendered and compressed, in the real app: the same bytes every time, the
 * new catalog right after a publish, and nothing personal ever shared between people.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { SHARED_PAGES } from '../src/app/routes.ts';
import { createCatalog } from '../src/catalog/career-catalog.ts';
import { createSnapshot } from '../src/catalog/snapshot.ts';
import { localePath } from '../src/i18n/locale.ts';
import { REPO_CONTENT } from './support/content.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

const form = (fields: Record<string, string>) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

/** One URL of each shared page route (O*NET pages are 404s without an import, so never kept). */
const SAMPLES: Record<string, string> = {
  '/': '/',
  '/careers/:slug': '/careers/electrician',
  '/categories/:slug': '/categories/skilled-trades-and-hospitality',
  '/finder': '/finder?q=nurse',
  '/compare': '/compare',
  '/match': '/match',
  '/titles': '/titles?q=staff%20nurse',
  '/sitemap.xml': '/sitemap.xml',
  '/api/v1/careers': '/api/v1/careers?q=nurse',
  '/api/v1/compare': '/api/v1/compare?careers=electrician,plumber',
};
/** The same pages in Hindi (no sitemap or API there). */
for (const [route, url] of Object.entries(SAMPLES)) {
  if (!route.startsWith('/api/') && route !== '/sitemap.xml') SAMPLES[localePath('hi', route)] = localePath('hi', url);
}

describe('shared pages kept rendered and compressed', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  const signUp = async (email: string) => {
    const res = await t.app.inject({ method: 'POST', url: '/signup', ...form({ email, password: 'a long enough pass phrase', birthYear: '1990' }) });
    assert.equal(res.statusCode, 303);
    return String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;
  };

  it('sends a career page as the same brotli and gzip bytes each time, decoding to the uncompressed page', async () => {
    const url = '/careers/electrician';
    const plain = await t.app.inject(url);
    const [br1, br2] = [await t.app.inject({ url, headers: { 'accept-encoding': 'br' } }), await t.app.inject({ url, headers: { 'accept-encoding': 'br' } })];
    const [gz1, gz2] = [
      await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } }),
      await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } }),
    ];
    assert.equal(br1.headers['content-encoding'], 'br');
    assert.equal(gz1.headers['content-encoding'], 'gzip');
    assert.ok(br1.rawPayload.equals(br2.rawPayload));
    assert.ok(gz1.rawPayload.equals(gz2.rawPayload));
    assert.equal(brotliDecompressSync(br1.rawPayload).toString('utf8'), plain.body);
    assert.equal(gunzipSync(gz1.rawPayload).toString('utf8'), plain.body);
    assert.match(plain.body, /<h1>Electrician/);
    assert.equal(br1.headers.vary, 'accept-encoding');
    assert.equal(br1.headers['content-security-policy'], plain.headers['content-security-policy'], 'security headers on kept pages too');
    const again = await t.app.inject({ url, headers: { 'accept-encoding': 'br', 'if-none-match': String(br1.headers.etag) } });
    assert.equal(again.statusCode, 304);
  });

  it('keeps finder API answers the same way, compressed once, whichever encoding came first', async () => {
    const url = '/api/v1/careers?q=electrician&sort=title';
    const br1 = await t.app.inject({ url, headers: { 'accept-encoding': 'br' } });
    const br2 = await t.app.inject({ url: '/api/v1/careers?sort=title&q=electrician', headers: { 'accept-encoding': 'br' } });
    const plain = await t.app.inject(url);
    assert.ok(br1.rawPayload.equals(br2.rawPayload), 'parameters in another order are the same answer');
    assert.deepEqual(JSON.parse(brotliDecompressSync(br1.rawPayload).toString('utf8')), plain.json());
    assert.equal(br1.headers['content-encoding'], 'br');
    assert.equal(br2.headers.etag, br1.headers.etag);
    assert.notEqual(plain.headers.etag, br1.headers.etag);
    const again = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip', 'if-none-match': String(br1.headers.etag) } });
    assert.equal(again.statusCode, 304, 'a client holding the brotli form revalidates');
  });

  it('shows the new content right after a publish', async () => {
    const url = '/careers/electrician';
    const headers = { 'accept-encoding': 'br' };
    assert.match(brotliDecompressSync((await t.app.inject({ url, headers })).rawPayload).toString(), /<h1>Electrician/);
    const current = t.store.current();
    const renamed = current.catalog.profiles.map((p) => (p.slug === 'electrician' ? { ...p, title: 'Licensed Wireman' } : p));
    t.store.publish(createSnapshot(createCatalog(renamed), current.occupations));
    const after = brotliDecompressSync((await t.app.inject({ url, headers })).rawPayload).toString();
    assert.match(after, /<h1>Licensed Wireman/);
    assert.doesNotMatch(after, /<h1>Electrician/);
  });

  it('never shows one person’s page to another', async () => {
    const asha = await signUp('asha.cache@example.com');
    const ravi = await signUp('ravi.cache@example.com');
    const headers = (cookie: string) => ({ cookie, 'accept-encoding': 'br' });
    const mine = brotliDecompressSync((await t.app.inject({ url: '/me', headers: headers(asha) })).rawPayload).toString();
    const theirs = await t.app.inject({ url: '/me', headers: headers(ravi) });
    const text = brotliDecompressSync(theirs.rawPayload).toString();
    assert.match(mine, /asha\.cache@example\.com/);
    assert.match(text, /ravi\.cache@example\.com/);
    assert.doesNotMatch(text, /asha\.cache@example\.com/);
    assert.notEqual(/name="_csrf" value="([^"]+)"/.exec(text)?.[1], /name="_csrf" value="([^"]+)"/.exec(mine)?.[1]);
    assert.equal(theirs.headers['cache-control'], 'no-store');
  });

  it('lists only pages that are the same for a signed-in person and a stranger', async () => {
    const sampled = SHARED_PAGES.filter((r) => !r.endsWith('/occupations/:code'));
    assert.deepEqual(Object.keys(SAMPLES).sort(), [...sampled].sort());
    const cookie = await signUp('sameness@example.com');
    for (const [route, url] of Object.entries(SAMPLES)) {
      // another URL for the same answer makes each request a fresh render, not a kept one: an
      // ignored parameter for pages, a percent-encoded letter for the API (which refuses unknown parameters)
      const encoded = (u: string) => u.replace(/=(\w)/, (_, c: string) => `=%${c.charCodeAt(0).toString(16)}`);
      const tagged = (tag: string) =>
        url.startsWith('/api/') ? (tag === 'a' ? url : encoded(url)) : `${url}${url.includes('?') ? '&' : '?'}utm_source=${tag}`;
      const signedIn = await t.app.inject({ url: tagged('a'), headers: { cookie } });
      const stranger = await t.app.inject(tagged('b'));
      assert.equal(signedIn.statusCode, 200, `${route}: ${signedIn.statusCode}`);
      assert.equal(signedIn.body, stranger.body, `${route} renders the same for everyone`);
      assert.equal(signedIn.headers['set-cookie'], undefined, route);
    }
  });
});
