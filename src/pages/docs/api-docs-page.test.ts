import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { CONTENT_SECURITY_POLICY } from '../../http/security-headers.ts';
import { REPO_CONTENT } from '../../../test/support/content.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import type { OpenApiDocument } from './openapi-doc.ts';

/** The HTML of one operation's <article>, found by its anchor. */
const article = (html: string, id: string) => html.match(new RegExp(`<article class="api-op" id="${id}"[\\s\\S]*?</article>`))?.[0] ?? '';

describe('API reference page (/docs)', () => {
  let t: TestApp;
  let doc: OpenApiDocument;
  let html: string;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
    doc = (await t.app.inject('/api/v1/openapi.json')).json();
    const res = await t.app.inject('/docs');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^text\/html/);
    assert.equal(res.headers['content-security-policy'], CONTENT_SECURITY_POLICY, 'the strict CSP of every page');
    html = res.body;
  });
  after(() => t.close());

  it('is a page of the site: its header leads back to careers, finder and the rest, and nothing runs as script', () => {
    assert.match(html, /<a class="brand" href="\/">careerpath<\/a>/);
    assert.match(html, /<nav aria-label="Main">[\s\S]*<a href="\/finder">Finder<\/a>/);
    assert.match(html, /<h1>careerpath API<\/h1>/);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /<a href="\/api\/v1\/openapi.json">openapi.json<\/a>/);
  });

  it('shows every operation of the document with its method, path, summary and every response status', () => {
    const operations = Object.entries(doc.paths!).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
    assert.ok(operations.length >= 30, `${operations.length} operations`);
    for (const { path, method, op } of operations) {
      const part = article(html, op.operationId!);
      assert.ok(part, `${method} ${path} has its own section`);
      assert.ok(part.includes(`>${method.toUpperCase()}</span> <code class="api-path">${path}</code>`), `${method} ${path} heading`);
      assert.ok(part.includes(op.summary!), `${method} ${path} summary`);
      for (const status of Object.keys(op.responses ?? {})) assert.ok(part.includes(`<code>${status}</code>`), `${method} ${path} answers ${status}`);
      for (const p of op.parameters ?? []) assert.ok(part.includes(`<th scope="row"><code>${p.name}</code></th>`), `${method} ${path} parameter ${p.name}`);
    }
  });

  it('describes parameters with their place, type, need and limits, and bodies by their fields or named schema', () => {
    const finder = article(html, 'getCareers');
    assert.match(finder, /<code>q<\/code><\/th><td data-label="In">query<\/td><td data-label="Type">string<\/td><td data-label="Required">optional<\/td>/);
    assert.match(finder, /at most 200 characters/);
    assert.match(finder, /<code>200<\/code><\/th><td data-label="Meaning">OK<\/td><td data-label="Body"><a href="#schema-CareerList">CareerList<\/a>/, 'a body that is a named schema links to it');
    const transitions = article(html, 'getCareersBySlugTransitions');
    assert.match(transitions, /<code>direct\[\].to.slug<\/code><\/th><td data-label="Type">string<\/td><td data-label="Required">required<\/td>/, 'an inline body lists its nested fields');
    const match = article(html, 'postMatch');
    assert.match(match, /Request body \(required\)<\/h4><p><code>application\/json<\/code>: <a href="#schema-MatchRequest">MatchRequest<\/a>/);
    const request = html.match(/<section class="api-schema" id="schema-MatchRequest"[\s\S]*?<\/section>/)?.[0] ?? '';
    assert.match(request, /<code>skills\[\].level<\/code><\/th><td data-label="Type">one of &quot;beginner&quot;, &quot;intermediate&quot;, &quot;advanced&quot;<\/td>/);
    assert.match(match, /<code>400<\/code><\/th><td data-label="Meaning">Bad Request: problem details<\/td>/);
    assert.match(match, /<code>200<\/code><\/th><td data-label="Meaning">OK<\/td>/);
    assert.match(match, /<a href="#schema-Problem">Problem<\/a>/, 'error answers link to the Problem schema');
  });

  it('lists every named schema with its fields, and every link to a schema lands on one', () => {
    for (const name of Object.keys(doc.components!.schemas!)) assert.match(html, new RegExp(`<h3 id="schema-${name}-h">${name}</h3>`));
    const profile = html.match(/<section class="api-schema" id="schema-CareerProfile"[\s\S]*?<\/section>/)?.[0] ?? '';
    assert.match(profile, /<code>experience.maxYears<\/code><\/th><td data-label="Type">integer or null<\/td><td data-label="Required">required<\/td>/);
    const targets = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
    const links = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    assert.deepEqual(
      links.filter((l) => !targets.has(l)),
      [],
      'no link to a missing anchor',
    );
  });

  it('keeps the raw document at /docs/json and /docs/yaml, equal to /api/v1/openapi.json', async () => {
    assert.deepEqual((await t.app.inject('/docs/json')).json(), doc);
    const yaml = await t.app.inject('/docs/yaml');
    assert.match(yaml.headers['content-type'] as string, /^application\/yaml/);
    assert.deepEqual(parse(yaml.body), doc);
  });

  it('answers a repeat visit from its ETag, and /docs/ sends to /docs', async () => {
    const first = await t.app.inject('/docs');
    const again = await t.app.inject({ url: '/docs', headers: { 'if-none-match': first.headers.etag as string } });
    assert.equal(again.statusCode, 304);
    const slash = await t.app.inject('/docs/');
    assert.equal(slash.statusCode, 308);
    assert.equal(slash.headers.location, '/docs');
  });
});
