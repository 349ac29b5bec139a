/**
 * The occupation API and pages with the fixture O*NET import, and without any import (a
 * clear 404, everything else unaffected), on every database.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { dialectNames } from '../../test/support/databases.ts';
import { visibleText } from '../../test/support/html.ts';
import { startOnetTestApp, type OnetTestApp } from '../../test/support/onet-app.ts';
import { FIXTURE } from '../onet/onet-test-fixture.ts';
import { ONET_ATTRIBUTION } from '../onet/onet-types.ts';

const RN = '29-1141.00';

interface Problem {
  status: number;
  detail: string;
  errors?: Array<{ field: string; message: string }>;
}

function assertProblem(res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number, field?: string): Problem {
  assert.equal(res.statusCode, status);
  assert.match(String(res.headers['content-type']), /application\/problem\+json/);
  const body = res.json() as Problem;
  if (field)
    assert.ok(
      body.errors?.some((e) => e.field === field),
      `names ${field}: ${JSON.stringify(body.errors)}`,
    );
  return body;
}

for (const dialect of dialectNames()) {
  describe(`occupation API with the O*NET fixture on ${dialect}`, () => {
    let t: OnetTestApp;
    before(async () => {
      t = await startOnetTestApp(dialect, REPO_CONTENT, FIXTURE);
    });
    after(() => t.close());

    it('finds occupations by title, alternate and reported titles, despite typos', async () => {
      const res = await t.app.inject('/api/v1/occupations?q=staff%20nurse');
      assert.equal(res.statusCode, 200);
      const body = res.json() as { items: Array<{ code: string; matchedTitle: string; matchedKind: string }>; attribution: string };
      assert.equal(body.items[0]?.code, RN);
      assert.deepEqual([body.items[0]?.matchedTitle, body.items[0]?.matchedKind], ['Staff Nurse', 'reported']);
      assert.equal(body.attribution, ONET_ATTRIBUTION);
      const typo = (await t.app.inject('/api/v1/occupations?q=registred%20nurses&limit=2')).json() as typeof body;
      assert.ok(typo.items.length <= 2 && typo.items.some((i) => i.code === RN), JSON.stringify(typo.items));
      const programmer = (await t.app.inject('/api/v1/occupations?q=jaava%20developer')).json() as typeof body;
      assert.equal(programmer.items[0]?.code, '15-1251.00');
      assert.deepEqual((await t.app.inject('/api/v1/occupations?q=astronaut')).json(), { query: 'astronaut', items: [], attribution: ONET_ATTRIBUTION });
    });

    it('returns one occupation with its titles, technology, tasks, ratings and linked careers', async () => {
      const res = await t.app.inject(`/api/v1/occupations/${RN}`);
      assert.equal(res.statusCode, 200);
      const o = res.json() as Record<string, unknown> & { careers: Array<{ slug: string }>; tasks: Array<{ type: string | null }> };
      assert.equal(o.title, 'Registered Nurses');
      assert.equal(o.jobZone, 4);
      assert.ok((o.reportedTitles as string[]).includes('Staff Nurse'));
      assert.ok((o.technology as unknown[]).length > 0 && (o.skills as unknown[]).length > 0);
      assert.equal(o.tasks[0]?.type, 'Core');
      assert.deepEqual(
        o.careers.map((c) => c.slug),
        ['staff-nurse'],
      );
      assert.equal(o.attribution, ONET_ATTRIBUTION);
      const etag = String(res.headers.etag);
      assert.equal((await t.app.inject({ url: `/api/v1/occupations/${RN}`, headers: { 'if-none-match': etag } })).statusCode, 304);
      const bare = (await t.app.inject('/api/v1/occupations/15-1299.00')).json() as { jobZone: unknown; tasks: unknown[] };
      assert.deepEqual([bare.jobZone, bare.tasks], [null, []]);
    });

    it('lists similar occupations with the features behind each score', async () => {
      const res = await t.app.inject(`/api/v1/occupations/${RN}/similar?limit=2`);
      assert.equal(res.statusCode, 200);
      const body = res.json() as { items: Array<{ code: string; score: number; shared: unknown[]; missing: unknown[] }> };
      assert.deepEqual(body.items.map((i) => i.code).sort(), ['29-1141.01', '29-2061.00']);
      assert.ok(body.items[0]!.score >= body.items[1]!.score && body.items[0]!.score > 0 && body.items[0]!.score <= 100);
      assert.ok(body.items.every((i) => i.shared.length > 0));
      const all = (await t.app.inject(`/api/v1/occupations/${RN}/similar`)).json() as typeof body;
      assert.equal(all.items.length, 5, 'every other occupation with work data, the title-only one left out');
      assert.deepEqual(((await t.app.inject('/api/v1/occupations/15-1299.00/similar')).json() as typeof body).items, []);
    });

    it('answers bad input with a 400 naming the field, unknown codes with a 404', async () => {
      assertProblem(await t.app.inject('/api/v1/occupations'), 400, 'q');
      assertProblem(await t.app.inject('/api/v1/occupations?q=%20%20'), 400, 'q');
      assertProblem(await t.app.inject(`/api/v1/occupations?q=${'a'.repeat(201)}`), 400, 'q');
      assertProblem(await t.app.inject('/api/v1/occupations?q=nurse&limit=0'), 400, 'limit');
      assertProblem(await t.app.inject('/api/v1/occupations?q=nurse&limt=3'), 400, 'limt');
      assertProblem(await t.app.inject('/api/v1/occupations/nurse'), 400, 'code');
      assertProblem(await t.app.inject(`/api/v1/occupations/${RN}/similar?limit=21`), 400, 'limit');
      assertProblem(await t.app.inject(`/api/v1/occupations/${RN}/similar?limit=two`), 400, 'limit');
      assert.match(assertProblem(await t.app.inject('/api/v1/occupations/00-0000.00'), 404).detail, /no O\*NET occupation with code "00-0000\.00"/);
      assertProblem(await t.app.inject('/api/v1/occupations/00-0000.00/similar'), 404);
    });

    it('renders the occupation page with the O*NET attribution', async () => {
      const res = await t.app.inject(`/occupations/${RN}`);
      assert.equal(res.statusCode, 200);
      const text = visibleText(res.body);
      for (const s of ['Registered Nurses', 'Also known as', 'Staff Nurse', 'Similar occupations', 'Acute Care Nurses', ONET_ATTRIBUTION]) {
        assert.ok(text.includes(s), `page shows ${s}`);
      }
      assert.ok(res.body.includes('href="/careers/staff-nurse"') && res.body.includes('href="/occupations/29-1141.01"'));
      assert.equal((await t.app.inject('/occupations/00-0000.00')).statusCode, 404);
      assert.equal((await t.app.inject('/occupations/not-a-code')).statusCode, 404);
    });

    it('renders the occupation page in Hindi under /hi, O*NET text and the attribution marked as English', async () => {
      const res = await t.app.inject(`/hi/occupations/${RN}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="hi-IN">/);
      assert.match(res.body, /<h1 lang="en">Registered Nurses<\/h1>/);
      for (const heading of ['दूसरे नाम', 'मिलते-जुलते पेशे', 'भारत में करियर']) assert.match(res.body, new RegExp(`<h2 id="[a-z-]+">${heading}</h2>`), heading);
      assert.match(res.body, /<p class="onet-attribution" lang="en">/);
      assert.ok(visibleText(res.body).includes(ONET_ATTRIBUTION), 'the attribution stays word for word');
      assert.ok(res.body.includes('href="/hi/careers/staff-nurse"') && res.body.includes('href="/hi/occupations/29-1141.01"'));
      assert.match(visibleText((await t.app.inject('/hi/occupations/not-a-code')).body), /"not-a-code" O\*NET-SOC कोड नहीं है/);
    });

    it('shows O*NET titles and technology on careers linked to an occupation', async () => {
      const html = (await t.app.inject('/careers/staff-nurse')).body;
      const at = html.indexOf('<section id="also-known-as"');
      assert.ok(at > html.indexOf('<section id="job-titles"') && at < html.indexOf('<section id="similar-careers"'), 'placed after the job titles');
      const section = visibleText(html.slice(at, html.indexOf('</section>', at)));
      // labelled as US data; US titles only when made of the career's own words (see pages/career/us-data.ts)
      for (const s of ['Also known as', 'US data', 'Registered Nurses', '29-1141.00', ONET_ATTRIBUTION]) {
        assert.ok(section.includes(s), `section shows ${s}`);
      }
      assert.ok(!section.includes('in demand') && !section.includes('· hot'), 'no US hiring flags on an India page');
      assert.ok(!section.includes(' Staff Nurse '), "the career's own title is not repeated");
      const unlinked = visibleText((await t.app.inject('/careers/chef')).body);
      assert.ok(!unlinked.includes('Also known as'), 'chef links 35-1011.00, which is not in the fixture');
    });
  });

  describe(`occupation API without an O*NET import on ${dialect}`, () => {
    let t: OnetTestApp;
    before(async () => {
      t = await startOnetTestApp(dialect, REPO_CONTENT, null);
    });
    after(() => t.close());

    it('answers every occupation route with a 404 saying the reference data is not imported', async () => {
      assert.equal(t.occupations, null);
      for (const url of ['/api/v1/occupations?q=nurse', `/api/v1/occupations/${RN}`, `/api/v1/occupations/${RN}/similar?limit=3`]) {
        assert.match(assertProblem(await t.app.inject(url), 404).detail, /O\*NET reference data is not imported.*npm run import:onet/, url);
      }
      assertProblem(await t.app.inject('/api/v1/occupations/nurse'), 400, 'code');
      const page = await t.app.inject(`/occupations/${RN}`);
      assert.equal(page.statusCode, 404);
      assert.match(visibleText(page.body), /O\*NET reference data is not imported/);
      const hindi = await t.app.inject(`/hi/occupations/${RN}`);
      assert.equal(hindi.statusCode, 404);
      assert.match(visibleText(hindi.body), /इस सर्वर पर O\*NET का डेटा नहीं डाला गया है/);
    });

    it('leaves career pages without any O*NET section or attribution', async () => {
      const html = (await t.app.inject('/careers/staff-nurse')).body;
      assert.ok(!html.includes('id="also-known-as"'));
      assert.ok(!visibleText(html).includes('USDOL/ETA'));
      assert.ok(visibleText(html).includes('Where this career can lead'), 'computed sections work without O*NET');
    });
  });
}
