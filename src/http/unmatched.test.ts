/**
 * A method no route has: 405 with Allow for a path that exists, 501 for a method the server
 * implements nowhere, 404 for a path that does not exist — over a real socket, since Node's
 * parser and CONNECT handling are part of the answer.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { rawExchange } from '../../test/support/raw-http.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends one request line (and headers) and reads the answer until the server closes; a reset or silence fails. */
async function send(port: number, requestLine: string, extraHeaders = ''): Promise<RawAnswer> {
  const data = await rawExchange(port, `${requestLine}\r\nHost: localhost\r\nConnection: close\r\n${extraHeaders}\r\n`);
  const [head = '', body = ''] = data.split(/\r\n\r\n(.*)/s, 2);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

const problem = (answer: RawAnswer) => {
  assert.match(answer.headers['content-type'] ?? '', /^application\/problem\+json/);
  return JSON.parse(answer.body) as { type: string; status: number; detail: string };
};

describe('methods no route has', () => {
  let t: TestApp;
  let port: number;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
    port = Number(new URL(await t.app.listen({ port: 0, host: '127.0.0.1' })).port);
  });
  after(() => t.close());

  it('answers 405 with Allow, as an HTML page, for a page address used with another method', async () => {
    const answer = await send(port, 'DELETE /careers/backend-developer HTTP/1.1');
    assert.equal(answer.status, 405);
    assert.equal(answer.headers.allow, 'GET, HEAD');
    assert.match(answer.headers['content-type'] ?? '', /^text\/html/);
    assert.match(answer.body, /does not accept DELETE requests \(only GET, HEAD\)/);
    assert.ok(answer.headers['content-security-policy'], 'the security headers too');
    // the router's own decoding: an encoded path is the same address
    assert.equal((await send(port, 'PUT /%63areers/backend-developer HTTP/1.1')).status, 405);
  });

  it('answers 405 problem+json with Allow for an API address used with another method', async () => {
    const put = await send(port, 'PUT /api/v1/careers HTTP/1.1', 'Content-Length: 0\r\n');
    assert.equal(put.status, 405);
    assert.equal(put.headers.allow, 'GET, HEAD');
    const body = problem(put);
    assert.equal(body.type, 'https://careerpath.dev/problems/method-not-allowed');
    assert.equal(body.detail, '/api/v1/careers does not accept PUT; it accepts GET, HEAD');
    // an address with write methods only lists those
    const get = await send(port, 'GET /api/v1/me/saved/electrician HTTP/1.1');
    assert.equal(get.status, 405);
    assert.equal(get.headers.allow, 'DELETE, PUT');
    assert.equal((await send(port, 'OPTIONS /api/v1/careers HTTP/1.1')).headers.allow, 'GET, HEAD');
    assert.equal((await send(port, 'TRACE /api/v1/careers HTTP/1.1')).status, 405);
  });

  it('answers a QUERY (which fastify fails without a Content-Type) with 405, not a 500', async () => {
    const answer = await send(port, 'QUERY /api/v1/careers HTTP/1.1', 'Content-Length: 0\r\n');
    assert.equal(answer.status, 405);
    assert.equal(problem(answer).status, 405);
  });

  it('keeps 404 for an address no method has', async () => {
    const api = await send(port, 'DELETE /api/v1/nothing-here HTTP/1.1');
    assert.equal(api.status, 404);
    assert.equal(problem(api).detail, 'no route for DELETE /api/v1/nothing-here');
    assert.equal(api.headers.allow, undefined);
    const page = await send(port, 'DELETE /nothing-here HTTP/1.1');
    assert.equal(page.status, 404);
    assert.match(page.body, /There is no page at this address/);
  });

  it('answers 501 for methods Node knows but the server implements nowhere, HTML or problem+json by address', async () => {
    const page = await send(port, 'PROPFIND /careers/backend-developer HTTP/1.1');
    assert.equal(page.status, 501);
    assert.match(page.body, /does not understand PROPFIND requests/);
    const api = await send(port, 'MKCOL /api/v1/careers HTTP/1.1');
    assert.equal(api.status, 501);
    assert.equal(problem(api).type, 'https://careerpath.dev/problems/not-implemented');
  });

  it('answers 501 problem+json, not a reset, for a method Node does not parse and for CONNECT', async () => {
    const brew = await send(port, 'BREW /careers/backend-developer HTTP/1.1');
    assert.equal(brew.status, 501);
    assert.equal(problem(brew).status, 501);
    assert.ok(brew.headers['content-security-policy']);
    const tunnel = await send(port, 'CONNECT example.com:443 HTTP/1.1');
    assert.equal(tunnel.status, 501);
    assert.equal(problem(tunnel).type, 'https://careerpath.dev/problems/not-implemented');
    assert.equal((await send(port, 'GET /healthz HTTP/1.1')).status, 200, 'and the server goes on');
  });
});
