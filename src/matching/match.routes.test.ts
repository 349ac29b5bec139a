import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { dialectNames } from '../../test/support/databases.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { TSchema } from 'typebox';
import { validator } from '../validation/validator.ts';
import { MatchResult } from './match.schema.ts';

/** `schema` with every object closed: a value passes only with exactly the documented fields. */
function closed(schema: unknown): TSchema {
  if (Array.isArray(schema)) return schema.map(closed) as unknown as TSchema;
  if (schema === null || typeof schema !== 'object') return schema as TSchema;
  const out = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, closed(v)]));
  if ('properties' in out) out.additionalProperties = false;
  return out as TSchema;
}

/** Compiled once: the shared Ajv keeps schemas by $id, and this file runs once per database. */
const check = validator<MatchResult>(closed(MatchResult));

const BCA = {
  degree: 'BCA',
  skills: [
    { name: 'js', level: 'intermediate' },
    { name: 'SQL', level: 'intermediate' },
    { name: 'blockchain wizardry', level: 'advanced' },
  ],
  interests: { code: 'yes', care: 'no' },
  preferences: { remote: 'prefer', targetLpa: 6, hoursPerWeek: 12 },
};

for (const dialect of dialectNames()) {
  describe(`match API on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
    });
    after(() => t.close());
    const post = (payload: unknown) => t.app.inject({ method: 'POST', url: '/api/v1/match', payload: payload as object });

    it('ranks every career with explained parts, gaps and a personal roadmap', async () => {
      const res = await post(BCA);
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['cache-control'], 'no-store');
      const body = res.json() as MatchResult;
      assert.equal(body.total, t.catalog.profiles.length);
      assert.equal(body.careers.length, Math.min(20, body.total), 'the best 20 by default');
      assert.deepEqual(
        body.careers.map((c) => c.rank),
        body.careers.map((_, i) => i + 1),
      );
      // best fit first among careers open to the person; those a hard rule closes come last
      const open = body.careers.filter((c) => c.eligibility.status !== 'ineligible');
      assert.deepEqual(body.careers.slice(0, open.length), open);
      const fits = open.map((c) => c.fit);
      assert.deepEqual(
        fits,
        [...fits].sort((a, b) => b - a),
      );
      for (const c of body.careers) {
        for (const part of Object.values(c.parts)) {
          assert.ok(part.score === null || (part.score >= 0 && part.score <= 100));
          assert.ok(part.reason.length > 10, `${c.slug}: ${part.reason}`);
        }
        // the career's skills steps, after any pathway stages still ahead of the person
        assert.equal(c.roadmap.steps.filter((s) => s.kind === 'skills').length, t.catalog.get(c.slug)!.roadmap.length);
        assert.deepEqual(
          c.roadmap.steps.map((s) => s.step),
          c.roadmap.steps.map((_, i) => i + 1),
        );
      }
      const first = body.careers[0]!;
      assert.equal(t.catalog.get(first.slug)!.category, 'Software Development');
      assert.ok(first.missingSkills.length > 0);
      assert.match(first.roadmap.summary, /at 12 hours a week/);
      assert.match(body.assumptions.note, /One roadmap month is taken as about \d+ hours/);
      assert.equal(body.understood.degree?.degree, 'BCA');
      assert.deepEqual(
        body.understood.skills.map((s) => [s.input, s.name]),
        [
          ['js', 'JavaScript'],
          ['SQL', 'SQL'],
        ],
      );
      assert.deepEqual(
        body.understood.unmatchedSkills.map((u) => u.input),
        ['blockchain wizardry'],
      );
    });

    it('gives the same answer to the same question and returns the best N on request', async () => {
      const a = (await post(BCA)).json() as MatchResult;
      const b = (await post({ ...BCA, limit: 5 })).json() as MatchResult;
      assert.deepEqual(b.careers, a.careers.slice(0, 5));
    });

    it('returns at most the whole catalog for a large limit, and refuses a limit that is not a positive whole number', async () => {
      const size = t.catalog.profiles.length;
      const all = (await post({ ...BCA, limit: size })).json() as MatchResult;
      assert.equal(all.careers.length, size);
      const more = (await post({ ...BCA, limit: 100_000 })).json() as MatchResult;
      assert.deepEqual(more.careers, all.careers);
      for (const limit of [0, 100_001, 2.5, '20', null]) {
        const res = await post({ ...BCA, limit });
        assert.equal(res.statusCode, 400, String(limit));
        assert.ok(
          res.json().errors.some((e: { field: string }) => e.field === 'limit'),
          JSON.stringify(res.json().errors),
        );
      }
    });

    it('answers with exactly the documented fields, compressed as the client asks', async () => {
      const plain = await post({ ...BCA, limit: 40 });
      assert.deepEqual(check(plain.json()).errors, []);
      const br = await t.app.inject({ method: 'POST', url: '/api/v1/match', payload: { ...BCA, limit: 40 }, headers: { 'accept-encoding': 'br' } });
      const gz = await t.app.inject({ method: 'POST', url: '/api/v1/match', payload: { ...BCA, limit: 40 }, headers: { 'accept-encoding': 'gzip' } });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.equal(brotliDecompressSync(br.rawPayload).toString('utf8'), plain.body);
      assert.equal(gunzipSync(gz.rawPayload).toString('utf8'), plain.body);
      assert.equal(br.headers.vary, 'accept-encoding');
      assert.equal(br.headers['cache-control'], 'no-store');
      assert.match(String(br.headers['content-type']), /^application\/json/);
    });

    it('says which vocabulary entry a free-text degree was matched to', async () => {
      const body = (await post({ degree: 'btech computer science' })).json() as MatchResult;
      assert.deepEqual(body.understood.degree, {
        input: 'btech computer science',
        id: 'b-tech-be-cse-or-it',
        degree: 'B.Tech / BE CSE or IT',
        level: 'Engineering',
        how: 'nearest',
      });
    });

    it('publishes the vocabularies, cacheable by ETag', async () => {
      const degrees = await t.app.inject('/api/v1/vocabularies/degrees');
      assert.equal(degrees.statusCode, 200);
      const items = degrees.json().items as Array<{ degree: string; level: string }>;
      assert.ok(items.some((d) => d.degree === 'BCA' && d.level === 'Graduate'));
      assert.ok(items.some((d) => d.degree === 'Class 12 (Science PCB)'));
      const again = await t.app.inject({ url: '/api/v1/vocabularies/degrees', headers: { 'if-none-match': degrees.headers.etag as string } });
      assert.equal(again.statusCode, 304);
      const skills = (await t.app.inject('/api/v1/vocabularies/skills')).json();
      assert.ok(skills.items.some((s: { name: string }) => s.name === 'Excel and Google Sheets'));
      const interests = (await t.app.inject('/api/v1/vocabularies/interests')).json();
      assert.ok(interests.total <= 12);
      assert.deepEqual(interests.items[0].answers, ['yes', 'maybe', 'no']);
    });

    const badInputs: Array<[string, unknown, string]> = [
      ['an unknown degree', { degree: 'astronaut academy' }, 'degree'],
      ['500 skills', { skills: Array.from({ length: 500 }, (_, i) => ({ name: `skill ${i}`, level: 'beginner' })) }, 'skills'],
      ['negative hours', { degree: 'BCA', preferences: { hoursPerWeek: -5 } }, 'preferences.hoursPerWeek'],
      ['a level outside the list', { skills: [{ name: 'SQL', level: 'guru' }] }, 'skills[0].level'],
      ['a skill with no name', { skills: [{ name: '', level: 'beginner' }] }, 'skills[0].name'],
      ['an interest answer outside the list', { interests: { code: 'definitely' } }, 'interests.code'],
      ['an unknown current career', { degree: 'BCA', preferences: { currentCareer: 'astronaut' } }, 'preferences.currentCareer'],
      ['a salary that is not a number', { preferences: { targetLpa: 'lots' } }, 'preferences.targetLpa'],
      ['nothing to match on', {}, 'body'],
    ];
    for (const [what, payload, field] of badInputs) {
      it(`rejects ${what} with 400 problem+json naming ${field}`, async () => {
        const res = await post(payload);
        assert.equal(res.statusCode, 400);
        assert.match(res.headers['content-type'] as string, /^application\/problem\+json/);
        const body = res.json();
        assert.ok(
          body.errors.some((e: { field: string }) => e.field === field),
          JSON.stringify(body.errors),
        );
      });
    }

    it('answers a 1 MB body with 413 problem+json, and broken JSON with 400', async () => {
      const big = await t.app.inject({
        method: 'POST',
        url: '/api/v1/match',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify({ degree: 'x'.repeat(1024 * 1024) }),
      });
      assert.equal(big.statusCode, 413);
      assert.match(big.headers['content-type'] as string, /^application\/problem\+json/);
      const broken = await t.app.inject({ method: 'POST', url: '/api/v1/match', headers: { 'content-type': 'application/json' }, payload: '{"degree": ' });
      assert.equal(broken.statusCode, 400);
      assert.match(broken.headers['content-type'] as string, /^application\/problem\+json/);
    });

    it('documents the match and vocabulary endpoints in OpenAPI, not the page', async () => {
      const doc = (await t.app.inject('/api/v1/openapi.json')).json();
      for (const path of ['/api/v1/match', '/api/v1/vocabularies/degrees', '/api/v1/vocabularies/skills', '/api/v1/vocabularies/interests'])
        assert.ok(doc.paths[path], path);
      assert.equal(doc.paths['/match'], undefined);
      assert.ok(doc.components.schemas.MatchRequest);
      assert.ok(doc.components.schemas.MatchResult);
    });
  });
}
