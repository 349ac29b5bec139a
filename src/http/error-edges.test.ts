/** Errors from every layer leave as problem+json: the router, Node's HTTP parser, and strict JSON bodies. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { rawExchange } from '../../test/support/raw-http.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

describe('errors at the edges', () => {
  let t: TestApp;
  let port: number;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
    port = Number(new URL(await t.app.listen({ port: 0, host: '127.0.0.1' })).port);
  });
  after(() => t.close());

  it('answers a malformed percent-encoding with problem+json and the security headers', async () => {
    const res = await t.app.inject('/api/v1/careers/%E0%A4');
    assert.equal(res.statusCode, 400);
    assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
    assert.ok(res.headers['content-security-policy']);
  });

  it('answers a path segment over 200 characters with 414, and a page form posted as JSON junk without a 500', async () => {
    const long = await t.app.inject(`/api/v1/careers/${'a'.repeat(300)}`);
    assert.equal(long.statusCode, 414);
    assert.match(long.headers['content-type'] as string, /^application\/problem\+json/);
    const junk = await t.app.inject({ method: 'POST', url: '/login', payload: [1, 2] });
    assert.ok(junk.statusCode < 500, `${junk.statusCode}`);
  });

  it('answers headers too large (431) as problem+json, before Fastify runs', async () => {
    const answer = await rawExchange(port, `GET /api/v1/careers HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`);
    assert.match(answer, /^HTTP\/1\.1 431 /);
    assert.match(answer, /content-type: application\/problem\+json/i);
    assert.match(answer, /content-security-policy: /i);
    assert.equal(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).status, 431);
  });

  it('takes JSON bodies as sent: no array read as its item, no null read as zero', async () => {
    const post = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/v1/match', payload: payload as object });
    const array = await post({ degree: ['B.Tech'] });
    assert.equal(array.statusCode, 400);
    assert.equal(array.json().errors[0].field, 'degree');
    assert.equal((await post({ degree: 'B.Tech', preferences: { hoursPerWeek: null } })).statusCode, 400);
    assert.equal((await post({ degree: 'B.Tech', age: '19' })).statusCode, 400, 'a number written as text is refused in JSON');
    assert.equal((await t.app.inject('/api/v1/careers?limit=5')).statusCode, 200, 'query strings are still read from text');
  });
});
