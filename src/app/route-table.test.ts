/**
 * The whole HTTP surface in one list. A route added, removed or moved shows here first, so a
 * reviewer sees every change to the public contract (src/app/routes.ts says which plugin serves which).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { routeList } from './app.ts';

const EXPECTED = [
  'GET /',
  'GET /api/v1/careers',
  'GET /api/v1/careers/:slug',
  'GET /api/v1/careers/:slug/similar',
  'GET /api/v1/careers/:slug/transitions',
  'GET /api/v1/compare',
  'GET /api/v1/occupations',
  'GET /api/v1/occupations/:code',
  'GET /api/v1/occupations/:code/similar',
  'GET /api/v1/openapi.json',
  'GET /api/v1/titles',
  'GET /api/v1/vocabularies/degrees',
  'GET /api/v1/vocabularies/interests',
  'GET /api/v1/vocabularies/skills',
  'GET /assets/:file',
  'GET /careers/:slug',
  'GET /categories/:slug',
  'GET /compare',
  'GET /docs',
  'GET /docs/json',
  'GET /docs/static/*',
  'GET /docs/static/index.html',
  'GET /docs/static/swagger-initializer.js',
  'GET /docs/yaml',
  'GET /finder',
  'GET /match',
  'GET /occupations/:code',
  'POST /api/v1/match',
];

describe('route table', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  it('serves exactly the documented routes', () => {
    assert.deepEqual(routeList(t.app), EXPECTED);
  });

  it('documents every /api/v1 route but the OpenAPI document itself in OpenAPI', async () => {
    const doc = (await t.app.inject('/api/v1/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    const api = EXPECTED.filter((r) => r.includes(' /api/v1/') && !r.endsWith('openapi.json'));
    assert.deepEqual(documented.sort(), api);
  });
});
