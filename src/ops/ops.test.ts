/** Health, readiness, metrics and compression, on the real app. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

const TOKEN = 'a-metrics-token-for-tests';

describe('operations endpoints', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT, { metricsToken: TOKEN });
  });
  after(() => t.close());

  it('says it is alive, and ready only when the database and the catalog answer', async () => {
    assert.deepEqual((await t.app.inject('/healthz')).json(), { status: 'ok' });
    const ready = await t.app.inject('/readyz');
    assert.equal(ready.statusCode, 200);
    assert.deepEqual(ready.json(), { status: 'ready', checks: { database: 'ok', catalog: 'ok', redis: 'not configured' } });
  });

  it('serves Prometheus metrics to the token holder only, labelled by route, not URL', async () => {
    await t.app.inject('/api/v1/careers/electrician');
    await t.app.inject('/api/v1/careers/plumber');
    assert.equal((await t.app.inject('/metrics')).statusCode, 401);
    assert.equal((await t.app.inject({ url: '/metrics', headers: { authorization: 'Bearer wrong-token-of-same-size' } })).statusCode, 401);
    const res = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /careerpath_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/careers\/:slug",status="200"\} 2/);
    assert.doesNotMatch(res.body, /electrician/, 'no label per URL');
    assert.match(res.body, new RegExp(`careerpath_catalog_snapshot_info\\{version="${t.store.current().catalog.version}"\\} 1`));
    assert.match(res.body, /process_resident_memory_bytes/);
  });

  it('compresses pages and API answers with brotli or gzip, as the client asks', async () => {
    const br = await t.app.inject({ url: '/careers/electrician', headers: { 'accept-encoding': 'br, gzip' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.match(brotliDecompressSync(br.rawPayload).toString('utf8'), /<h1>Electrician/);
    const gz = await t.app.inject({ url: '/api/v1/careers?limit=50', headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gz.headers['content-encoding'], 'gzip');
    assert.ok(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8')).items.length > 0);
    assert.equal((await t.app.inject('/careers/electrician')).headers['content-encoding'], undefined, 'no encoding unless asked');
  });
});

describe('operations endpoints without a metrics token', () => {
  it('has no /metrics at all', async () => {
    const t = await startTestApp('sqlite', REPO_CONTENT);
    try {
      assert.equal((await t.app.inject('/metrics')).statusCode, 404);
    } finally {
      await t.close();
    }
  });
});
