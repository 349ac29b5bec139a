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
  'DELETE /api/v1/me',
  'DELETE /api/v1/me/saved/:slug',
  'GET /',
  'GET /api/v1/admin/outbox',
  'GET /api/v1/auth/session',
  'GET /api/v1/careers',
  'GET /api/v1/careers/:slug',
  'GET /api/v1/careers/:slug/similar',
  'GET /api/v1/careers/:slug/transitions',
  'GET /api/v1/compare',
  'GET /api/v1/editorial/audit',
  'GET /api/v1/editorial/careers/:slug',
  'GET /api/v1/editorial/careers/:slug/revisions',
  'GET /api/v1/editorial/careers/:slug/revisions/:rev/diff',
  'GET /api/v1/editorial/drafts',
  'GET /api/v1/editorial/drafts/:id',
  'GET /api/v1/me',
  'GET /api/v1/me/export',
  'GET /api/v1/me/plans/:slug',
  'GET /api/v1/me/saved',
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
  'GET /careers/:slug/share.png',
  'GET /categories/:slug',
  'GET /compare',
  'GET /consent/:token',
  'GET /docs',
  'GET /docs/json',
  'GET /docs/yaml',
  'GET /editor',
  'GET /editor/audit',
  'GET /editor/careers/:slug',
  'GET /editor/careers/:slug/history',
  'GET /editor/careers/:slug/revisions/:rev',
  'GET /editor/drafts/:id',
  'GET /favicon.svg',
  'GET /finder',
  'GET /healthz',
  'GET /login',
  'GET /manifest.webmanifest',
  'GET /match',
  'GET /me',
  'GET /me/export',
  'GET /me/plans/:slug',
  'GET /me/save/:slug',
  'GET /occupations/:code',
  'GET /privacy',
  'GET /readyz',
  'GET /robots.txt',
  'GET /share.png',
  'GET /signup',
  'GET /sitemap.xml',
  'GET /titles',
  'POST /api/v1/auth/consent/:token',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/signup',
  'POST /api/v1/editorial/careers/:slug/drafts',
  'POST /api/v1/editorial/careers/:slug/revisions/:rev/restore',
  'POST /api/v1/editorial/drafts/:id/approve',
  'POST /api/v1/editorial/drafts/:id/publish',
  'POST /api/v1/editorial/drafts/:id/reject',
  'POST /api/v1/editorial/drafts/:id/submit',
  'POST /api/v1/match',
  'POST /api/v1/me/import',
  'POST /consent/:token',
  'POST /editor/careers/:slug/drafts',
  'POST /editor/careers/:slug/revisions/:rev/restore',
  'POST /editor/drafts/:id/approve',
  'POST /editor/drafts/:id/publish',
  'POST /editor/drafts/:id/reject',
  'POST /editor/drafts/:id/submit',
  'POST /login',
  'POST /logout',
  'POST /me/delete',
  'POST /me/plans/:slug/steps/:stepId',
  'POST /me/saved/:slug',
  'POST /me/saved/:slug/remove',
  'POST /signup',
  'PUT /api/v1/editorial/drafts/:id',
  'PUT /api/v1/me/plans/:slug/steps/:stepId',
  'PUT /api/v1/me/saved/:slug',
];

/** Pages served in every interface language: each is also under /hi (src/i18n/locale.ts). */
const TRANSLATED_PAGES = new Set(
  EXPECTED.filter((r) => !/ \/(api|docs|editor|assets|favicon|manifest|robots|sitemap|healthz|readyz)\b/.test(r) && !r.endsWith('.png')),
);
const hindi = (route: string) => route.replace(' /', ' /hi/').replace(/\/hi\/$/, '/hi');
const ALL = [...EXPECTED, ...[...TRANSLATED_PAGES].map(hindi)].sort();

describe('route table', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  it('serves exactly the documented routes', () => {
    assert.deepEqual(routeList(t.app), ALL);
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
