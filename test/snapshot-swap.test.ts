/**
 * Routes read the catalog from the snapshot store on every request: publishing a new
 * snapshot into a running app changes what the finder, matching, compare and the pages
 * answer, with no restart and no route rebuilt.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCatalog } from '../src/catalog/career-catalog.ts';
import { createSnapshot } from '../src/catalog/snapshot.ts';
import type { CareerProfile } from '../src/careers/career.schema.ts';
import { REPO_CONTENT } from './support/content.ts';
import { startTestApp, type TestApp } from './support/test-app.ts';

describe('catalog snapshot swap in a running app', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  it('answers from the new catalog on every route once it is published', async () => {
    const before = t.store.current();
    const base = before.catalog.get('backend-developer')!;
    // a new career, and one career gone
    const added: CareerProfile = { ...structuredClone(base), slug: 'quantum-widget-engineer', title: 'Quantum Widget Engineer', similarCareers: [] };
    const profiles = [...before.catalog.profiles.filter((p) => p.slug !== 'video-editor'), added];
    const oldFinder = (await t.app.inject('/api/v1/careers?q=quantum widget')).json();
    assert.ok(!oldFinder.items.some((i: { slug: string }) => i.slug === added.slug));

    t.store.publish(createSnapshot(createCatalog(profiles), before.occupations));

    const finder = (await t.app.inject('/api/v1/careers?q=quantum widget')).json();
    assert.equal(finder.items[0].slug, added.slug, 'the finder searches the new catalog');
    const total = (await t.app.inject('/api/v1/careers?limit=1')).json().total;
    assert.equal(total, profiles.length);

    const match = await t.app.inject({ method: 'POST', url: '/api/v1/match', payload: { skills: [{ name: 'Java', level: 'intermediate' }], limit: 200 } });
    assert.equal(match.statusCode, 200);
    const matched = match.json().careers.map((c: { slug: string }) => c.slug);
    assert.ok(matched.includes(added.slug), 'matching ranks the new career');
    assert.ok(!matched.includes('video-editor'), 'matching forgets the removed career');

    const compare = await t.app.inject(`/api/v1/compare?careers=${added.slug},backend-developer`);
    assert.equal(compare.statusCode, 200);
    assert.equal((await t.app.inject('/api/v1/compare?careers=video-editor,backend-developer')).statusCode, 400);

    const page = await t.app.inject(`/careers/${added.slug}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Quantum Widget Engineer/);
    assert.equal((await t.app.inject('/careers/video-editor')).statusCode, 404);
    assert.equal((await t.app.inject('/api/v1/careers/video-editor')).statusCode, 404);
    const home = await t.app.inject('/');
    assert.match(home.body, new RegExp(`${profiles.length} India career profiles`));
  });

  it('sends a new ETag for the same URL after a publish', async () => {
    const first = await t.app.inject('/api/v1/careers?q=nurse');
    t.store.publish(createSnapshot(createCatalog([...t.store.current().catalog.profiles].slice(1)), null));
    const second = await t.app.inject({ url: '/api/v1/careers?q=nurse', headers: { 'if-none-match': String(first.headers.etag) } });
    assert.equal(second.statusCode, 200);
    assert.notEqual(second.headers.etag, first.headers.etag);
  });
});
