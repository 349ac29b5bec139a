import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectNames } from '../../../test/support/databases.ts';
import { REPO_CONTENT } from '../../../test/support/content.ts';
import { visibleText } from '../../../test/support/html.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

const headings = (html: string) => [...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]!);

for (const dialect of dialectNames()) {
  describe(`compare page on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
    });
    after(() => t.close());

    const page = async (query: string) => {
      const res = await t.app.inject(`/compare${query}`);
      return { status: res.statusCode, html: res.body, text: visibleText(res.body), location: res.headers.location };
    };

    it('shows two careers side by side in every section', async () => {
      const { status, html, text } = await page('?careers=backend-developer,chartered-accountant');
      assert.equal(status, 200);
      assert.match(html, /<h1>Compare Backend Developer vs Chartered Accountant<\/h1>/);
      assert.deepEqual(headings(html), [
        'At a glance',
        'Salary in India',
        'Education fit per degree',
        'Skills: shared and distinct',
        'Career progression',
        'How similar they are',
        'Change the comparison',
      ]);
      assert.match(text, /Demand High High/);
      assert.match(text, /Experience covered 0-5 years 0-8 years/);
      assert.match(text, /Senior ₹30\.0-60\.0 LPA ₹35\.0-80\.0 LPA/, 'metro senior bands in one row');
      assert.match(text, /CA — 100\/100/, 'education fit per degree, with a dash where a career does not list it');
      assert.match(text, /Only Chartered Accountant needs .*Auditing and Assurance/);
      assert.match(text, /Backend Developer and Chartered Accountant: \d+%/);
      const stage = t.catalog.get('chartered-accountant')!.progression[0]!;
      assert.ok(text.includes(`${stage.stage} · ${stage.experience}`));
      assert.match(html, /<svg viewBox="[^"]+" role="img" aria-labelledby="cmp-metro-t cmp-metro-d"/);
    });

    it('compares four careers and lists the skills some of them share', async () => {
      const { status, text } = await page('?careers=backend-developer,full-stack-developer,data-analyst,staff-nurse');
      assert.equal(status, 200);
      assert.match(text, /Needed by some of them/);
      assert.equal([...text.matchAll(/ and [A-Z][\w ]+: \d+%/g)].length, 6, 'six pairs');
    });

    it('offers a picker when no careers are chosen', async () => {
      const { status, html } = await page('');
      assert.equal(status, 200);
      assert.match(html, /<form class="compare-picker" method="get" action="\/compare">/);
      assert.equal([...html.matchAll(/<select id="pick-\d" name="careers">/g)].length, 4);
      assert.match(html, /<label for="pick-0">Career 1<\/label>/);
    });

    const bad: Array<[string, RegExp]> = [
      ['?careers=backend-developer', /at least 2 careers; got 1/i],
      ['?careers=backend-developer,data-analyst,staff-nurse,chef,dentist', /at most 4 careers can be compared; got 5/i],
      ['?careers=backend-developer,backend-developer', /"backend-developer" is listed more than once/],
      ['?careers=backend-developer,astronaut', /No career has the slug "astronaut"/],
    ];
    for (const [query, message] of bad) {
      it(`explains ${query} on a 400 page with the picker`, async () => {
        const { status, text, html } = await page(query);
        assert.equal(status, 400);
        assert.match(text, /This comparison cannot be shown/);
        assert.match(text, message);
        assert.match(html, /<option value="backend-developer" selected>/, 'the valid choice stays chosen');
      });
    }

    it('sends a form submission (repeated careers, other finder fields) to the one canonical URL', async () => {
      const { status, location } = await page('?q=developer&careers=backend-developer&careers=data-analyst&careers=');
      assert.equal(status, 303);
      assert.equal(location, '/compare?careers=backend-developer,data-analyst');
    });

    it("is where the career page's Explore more links lead", async () => {
      const career = (await t.app.inject('/careers/backend-developer')).body;
      const explore = career.slice(career.indexOf('id="explore"'));
      const links = [...explore.matchAll(/href="(\/(?:finder|compare)[^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      assert.ok(links.some((l) => l.startsWith('/compare?careers=backend-developer,')));
      assert.ok(links.some((l) => l.startsWith('/finder?category=')));
      for (const link of links) assert.equal((await t.app.inject(link)).statusCode, 200, link);
    });
  });
}
