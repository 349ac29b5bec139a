/**
 * `npm run test:fuzz`: generated bad requests against every route of the OpenAPI document and
 * every page route — wrong types, junk and oversized values, unknown parameters, broken JSON,
 * wrong content types, hostile path segments. Seeded and reproducible (FUZZ_SEED, FUZZ_COUNT).
 * Passes with no 5xx, and every API error problem+json with a detail (and the field, for
 * validation errors).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { InjectOptions } from 'fastify';
import { REPO_CONTENT } from '../support/content.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { routeList } from '../../src/app/app.ts';
import { seededRandom } from '../support/seeded-random.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000);

const JUNK_TEXT = [
  '',
  ' ',
  'Infinity',
  '-Infinity',
  'NaN',
  '1e400',
  '-1',
  '0',
  '9'.repeat(40),
  'null',
  'true',
  '[]',
  '{}',
  '%',
  '%zz',
  '%E0%A4',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  "' or 1=1 --",
  'डॉक्टर',
  '😀'.repeat(30),
  'a'.repeat(300),
  '\u0000',
  'x,y,z',
  '__proto__',
  'constructor',
];
const JUNK_JSON: unknown[] = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  1e308,
  -1e308,
  '',
  'text',
  [],
  [null],
  {},
  { __proto__: { x: 1 } },
  [1, 2, 3],
  'a'.repeat(5000),
  { a: { b: { c: { d: [] } } } },
];

describe('fuzz: generated bad requests', () => {
  let t: TestApp;
  let routes: Array<{ method: string; path: string }>;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
    routes = routeList(t.app).map((r) => {
      const [method, path] = r.split(' ') as [string, string];
      return { method, path };
    });
  });
  after(() => t.close());

  it(`answers ${COUNT} of them without a 5xx, API errors as problem+json (seed ${SEED})`, { timeout: 600_000 }, async () => {
    const next = seededRandom(SEED);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
    const failures: string[] = [];
    for (let i = 0; i < COUNT && failures.length < 10; i++) {
      const route = pick(routes);
      const path = route.path.replace(/:(\w+)|\*/g, () => encodeURIComponent(pick(JUNK_TEXT)) || 'x');
      const params = new URLSearchParams();
      for (let k = Math.floor(next() * 4); k > 0; k--)
        params.append(pick(['q', 'limit', 'cursor', 'sort', 'segment', 'category', 'careers', 'against', 'before', 'next', 'zz', 'limit[]']), pick(JUNK_TEXT));
      const request: InjectOptions = { method: route.method as InjectOptions['method'], url: `${path}${params.size ? `?${params}` : ''}` };
      if (route.method !== 'GET' && route.method !== 'DELETE') {
        const kind = next();
        if (kind < 0.6) request.payload = pick(JUNK_JSON) as InjectOptions['payload'];
        else if (kind < 0.75)
          request.payload = {
            degree: pick(JUNK_JSON),
            skills: pick(JUNK_JSON),
            profile: pick(JUNK_JSON),
            email: pick(JUNK_JSON),
            password: pick(JUNK_JSON),
          } as InjectOptions['payload'];
        else if (kind < 0.9) request.headers = { 'content-type': 'application/json' };
        if (kind >= 0.75 && kind < 0.9) request.payload = '{"broken": ';
        else if (kind >= 0.9)
          request.headers = { 'content-type': pick(['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded']) };
        if (kind >= 0.9) request.payload = pick(JUNK_TEXT);
      }
      const res = await t.app.inject(request);
      const where = `#${i} ${request.method} ${request.url}`;
      if (res.statusCode >= 500) failures.push(`${where} → ${res.statusCode} ${res.body.slice(0, 200)}`);
      else if (res.statusCode >= 400 && String(request.url).startsWith('/api/')) {
        const type = String(res.headers['content-type'] ?? '');
        if (!type.startsWith('application/problem+json')) failures.push(`${where} → ${res.statusCode} as ${type}`);
        else {
          const body = res.json() as { detail?: string; status?: number; errors?: Array<{ field?: string }> };
          if (!body.detail || body.status !== res.statusCode) failures.push(`${where} → problem without detail or status`);
          if (body.errors?.some((e) => !e.field)) failures.push(`${where} → a validation error without its field`);
        }
      }
    }
    assert.deepEqual(failures, [], `reproduce with FUZZ_SEED=${SEED}`);
  });
});
