import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectNames } from '../../../test/support/databases.ts';
import { REPO_CONTENT } from '../../../test/support/content.ts';
import { siteLinks, visibleText } from '../../../test/support/html.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { filterRules, find } from '../../finder/finder.fixtures.ts';

/** Slugs of the result cards, in page order: each card links its title to the career page. */
const cardSlugs = (html: string) => [...html.matchAll(/<li class="card result"><h3><a href="\/careers\/([a-z0-9-]+)"/g)].map((m) => m[1]!);
const checked = (html: string, name: string, value: string) =>
  new RegExp(`<input type="checkbox" name="${name}" value="${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" checked`).test(html);

for (const dialect of dialectNames()) {
  describe(`finder page on ${dialect}`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect, REPO_CONTENT);
    });
    after(() => t.close());

    const page = async (query: string) => {
      const res = await t.app.inject(`/finder${query ? `?${query}` : ''}`);
      return { status: res.statusCode, html: res.body, text: visibleText(res.body), headers: res.headers };
    };

    it('works as a plain GET form: labelled search box, filters, results and a next-page link', async () => {
      const { status, html, text } = await page('');
      assert.equal(status, 200);
      assert.match(html, /<form class="finder" method="get" action="\/finder"/);
      assert.match(html, /<label for="finder-q">Search careers<\/label>/);
      assert.match(html, /<input id="finder-q" name="q" type="search"/);
      assert.match(text, new RegExp(`${t.catalog.profiles.length} careers match`));
      assert.equal(cardSlugs(html).length, 20);
      const next = html.match(/<a rel="next" href="([^"]+)"/)![1]!.replace(/&amp;/g, '&');
      const second = await t.app.inject(next);
      assert.equal(second.statusCode, 200);
      const both = [...cardSlugs(html), ...cardSlugs(second.body)];
      assert.equal(new Set(both).size, 40);
      assert.match(visibleText(second.body), /First page/);
    });

    it('shows Backend Developer first for a misspelt query, with salary, demand and remote on the card', async () => {
      const { html, text } = await page('q=bakend+devloper');
      assert.equal(cardSlugs(html)[0], 'backend-developer');
      assert.match(text, /careers? match “bakend devloper”/);
      assert.match(text, /Entry, Pan-India: ₹3\.5-6\.0 LPA/);
      assert.match(text, /Demand: high Remote: high/);
      assert.match(html, /value="bakend devloper"/);
    });

    for (const [query] of filterRules) {
      it(`shows the same careers as the API for ${decodeURIComponent(query)}, with the filter shown as chosen`, async () => {
        const api = await find(t.app, query);
        const { status, html } = await page(query);
        assert.equal(status, 200);
        assert.deepEqual(
          cardSlugs(html),
          api.items.map((i) => i.slug),
        );
        const key = query.split('=')[0] as keyof typeof api.facets;
        const facet = api.facets[key].find((v) => v.selected)!;
        assert.ok(facet, `${key} has a selected facet value`);
        if (['experience', 'minSalaryLpa', 'degree'].includes(key))
          assert.ok(html.includes(`<option value="${facet.value}" selected`), `${key}=${facet.value} is selected`);
        else assert.ok(checked(html, key, facet.value), `${key}=${facet.value} is ticked`);
      });
    }

    it('shows facet counts next to each choice, reflecting the other filters', async () => {
      const api = await find(t.app, 'category=software-development');
      const { text } = await page('category=software-development');
      const high = api.facets.demand.find((v) => v.value === 'high')!.count;
      assert.match(text, new RegExp(`High \\(${high}\\)`));
    });

    it('keeps the chosen sort, segment and level in the form', async () => {
      const { html, text } = await page('sort=salary&segment=metro&level=senior');
      assert.match(html, /<option value="salary" selected/);
      assert.match(html, /<option value="metro" selected/);
      assert.match(html, /<option value="senior" selected/);
      assert.match(text, /Senior, Metro/);
    });

    it('keeps careers picked for comparison ticked, and sends them to /compare', async () => {
      const { html, text } = await page('q=developer&careers=backend-developer,staff-nurse');
      assert.ok(checked(html, 'careers', 'backend-developer'));
      assert.match(text, /2 of 4 selected/);
      assert.match(text, /Staff Nurse/, 'a picked career outside the results stays in the tray');
      assert.match(html, /<button type="submit" formaction="\/compare">Compare selected<\/button>/i);
    });

    it('explains a bad parameter on the page with status 400', async () => {
      const { status, text } = await page('experience=ten&skill=Telepathy');
      assert.equal(status, 400);
      assert.match(text, /could not be used/);
      assert.match(text, /experience/);
      const unknown = await page('skill=Telepathy');
      assert.equal(unknown.status, 400);
      assert.match(unknown.text, /"Telepathy" is not a skill any career needs/);
    });

    it('ignores parameters it does not know, such as tracking tags on a shared link', async () => {
      const { status, html } = await page('q=nurse&utm_source=whatsapp');
      assert.equal(status, 200);
      assert.equal(cardSlugs(html)[0], 'staff-nurse');
    });

    it('answers in Hindi under /hi: Hindi words, Indian figures in lakh, content marked as English, links that stay in Hindi', async () => {
      const res = await t.app.inject('/hi/finder?q=nurse');
      const { html, text } = { html: res.body, text: visibleText(res.body) };
      assert.equal(res.statusCode, 200);
      assert.match(html, /<html lang="hi-IN">/);
      assert.match(html, /<h1>अपने लिए करियर खोजें<\/h1>/);
      assert.match(html, /<label for="finder-q">करियर खोजें<\/label>/);
      assert.match(html, /<form class="finder" method="get" action="\/hi\/finder"/);
      assert.match(text, /“nurse” के लिए \d+ करियर मिले/);
      assert.match(
        html,
        /<li class="card result"><h3><a href="\/hi\/careers\/auxiliary-nurse-midwife"><span lang="en">Auxiliary Nurse Midwife/,
        'an untranslated title is marked as English',
      );
      assert.match(text, /शुरुआती स्तर, .+: ₹2\.4-4\.2 लाख\/वर्ष; वरिष्ठ स्तर पर ₹[\d.]+ लाख\/वर्ष तक/);
      assert.match(text, /माँग: ज़्यादा घर से काम: कम/);
      assert.match(text, /Auxiliary Nurse Midwife \(ANM\) को तुलना में जोड़ें/, 'the compare box is named in Hindi word order');
      assert.match(html, /formaction="\/hi\/compare"/);
      const links = siteLinks(html);
      const english = links.filter((l) => !l.startsWith('/hi'));
      assert.deepEqual(english, ['/finder?q=nurse'], 'only the language switch leads to English, to the same search');
      assert.match(html, /class="lang-switch">Read in English</);
    });

    it('explains a bad parameter in Hindi on /hi, naming the field in Hindi and marking the English reason', async () => {
      const res = await t.app.inject('/hi/finder?skill=Telepathy');
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /<h2 id="errors-h">खोज की कुछ सेटिंग इस्तेमाल नहीं हो सकीं<\/h2>/);
      assert.match(res.body, /<strong>कौशल<\/strong>: यह इस्तेमाल नहीं हो सका। कारण \(अंग्रेज़ी में\): <span lang="en">&quot;Telepathy&quot; is not a skill/);
      assert.match(res.body, /<a href="\/hi\/finder">नई खोज शुरू करें<\/a>/);
    });

    it('keeps English pages in English: no Hindi but the language switch, no lang marks, links without /hi', async () => {
      const { html, text } = await page('q=nurse');
      assert.match(html, /<html lang="en-IN">/);
      assert.deepEqual(text.match(/[\u0900-\u097F]+( [\u0900-\u097F]+)*/g), ['हिन्दी में पढ़ें']);
      assert.doesNotMatch(html, /\slang="en"/);
      assert.deepEqual(
        siteLinks(html).filter((l) => l.startsWith('/hi')),
        ['/hi/finder?q=nurse'],
      );
    });

    it('loads its island as an external module script under the strict CSP, with no inline script', async () => {
      const { html, headers } = await page('q=nurse');
      assert.match(headers['content-security-policy'] as string, /script-src 'self'/);
      assert.match(html, /<script type="module" src="\/assets\/finder\.[\w-]+\.js">/);
      const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)].map((m) => m[1]!);
      assert.ok(
        inline.every((attrs) => /type="application\/(ld\+)?json"/.test(attrs)),
        inline.join(),
      );
      assert.doesNotMatch(html, /\sstyle="/);
      const island = await t.app.inject(html.match(/src="(\/assets\/finder\.[\w-]+\.js)"/)![1]!);
      assert.equal(island.statusCode, 200);
    });
  });
}
