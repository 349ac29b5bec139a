import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectNames } from '../../../test/support/databases.ts';
import { REPO_CONTENT } from '../../../test/support/content.ts';
import { siteLinks, visibleText } from '../../../test/support/html.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

const headings = (html: string) => [...html.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]!);

for (const dialect of dialectNames()) {
  describe(`compare page on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
    });
    after(() => t.close());

    const page = async (query: string, prefix = '') => {
      const res = await t.app.inject(`${prefix}/compare${query}`);
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

    it('compares in Hindi under /hi: Hindi headings and rows, figures in lakh, English titles marked, links staying in Hindi', async () => {
      const { status, html, text } = await page('?careers=backend-developer,chartered-accountant', '/hi');
      assert.equal(status, 200);
      assert.match(html, /<html lang="hi-IN">/);
      assert.match(
        html,
        /<h1><span lang="en">Backend Developer<\/span> बनाम चार्टर्ड अकाउंटेंट \(CA\) की तुलना<\/h1>/,
        'the translated title in Hindi, the other marked English',
      );
      assert.deepEqual(headings(html), [
        'एक नज़र में',
        'भारत में वेतन',
        'कौन-सी डिग्री कितनी काम की',
        'कौशल: साझा और अलग',
        'करियर में तरक्की',
        'ये कितने मिलते-जुलते हैं',
        'तुलना बदलें',
      ]);
      assert.match(text, /माँग ज़्यादा ज़्यादा/);
      assert.match(text, /कितने अनुभव तक की जानकारी 0-5 वर्ष 0-8 वर्ष/);
      assert.match(text, /वरिष्ठ ₹30\.0-60\.0 लाख\/वर्ष ₹35\.0-80\.0 लाख\/वर्ष/);
      assert.match(html, /<title id="cmp-metro-t">वेतन \(महानगर \/ बड़ी कंपनियाँ\), लाख रुपये प्रति वर्ष में<\/title>/, 'the chart says what it shows in Hindi');
      assert.match(text, /सिर्फ़ चार्टर्ड अकाउंटेंट \(CA\) में ज़रूरी .*Auditing and Assurance/);
      assert.match(html, /<form class="compare-picker" method="get" action="\/hi\/compare">/);
      assert.deepEqual(
        siteLinks(html).filter((l) => !l.startsWith('/hi')),
        ['/compare?careers=backend-developer,chartered-accountant'],
        'only the language switch leads to English, to the same comparison',
      );
    });

    it('sends a Hindi form submission to the canonical Hindi URL and explains a bad selection in Hindi', async () => {
      const moved = await page('?careers=backend-developer&careers=data-analyst', '/hi');
      assert.equal(moved.status, 303);
      assert.equal(moved.location, '/hi/compare?careers=backend-developer,data-analyst');
      const bad = await page('?careers=backend-developer,astronaut', '/hi');
      assert.equal(bad.status, 400);
      assert.match(bad.text, /यह तुलना नहीं दिखाई जा सकती/);
      assert.match(bad.text, /“astronaut” नाम का कोई करियर नहीं मिला।/);
      assert.match(bad.html, /<option value="backend-developer" selected lang="en">Backend Developer<\/option>/, 'the valid choice stays chosen');
      assert.match((await page('?careers=backend-developer', '/hi')).text, /तुलना के लिए कम से कम 2 करियर चाहिए; अभी 1 चुना है।/);
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
