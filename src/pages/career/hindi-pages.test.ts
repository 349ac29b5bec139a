/**
 * The Hindi interface of the home, category and career pages: served under /hi, in Hindi
 * with lang and hreflang, links staying Hindi, a translated profile's words where there are
 * some, English marked as English where there are not, and the figures always the profile's.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../../test/support/content.ts';
import { visibleText } from '../../../test/support/html.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { categoryName } from '../mixed-language.tsx';

const internalLinks = (html: string) =>
  [...html.matchAll(/<a [^>]*href="(\/[^"]*)"/g)].map((m) => m[1]!).filter((h) => !h.startsWith('/docs') && !h.startsWith('/assets'));

describe('Hindi pages', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  it('serves the home page in Hindi at /hi, linking Hindi pages and naming both languages', async () => {
    const res = await t.app.inject('/hi');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<html lang="hi-IN">/);
    assert.match(visibleText(res.body), /भारत में करियर के रास्ते/);
    assert.match(res.body, /<link rel="alternate" hreflang="hi-IN" href="http:\/\/localhost:3000\/hi"\/>/);
    assert.match(res.body, /<link rel="alternate" hreflang="en-IN" href="http:\/\/localhost:3000\/"\/>/);
    assert.match(res.body, /<link rel="canonical" href="http:\/\/localhost:3000\/hi"\/>/);
    const links = internalLinks(res.body);
    const english = links.filter((h) => !h.startsWith('/hi'));
    assert.deepEqual(english, ['/'], 'only the language switch leads to an English page');
    assert.ok(links.includes('/hi/match?stage=class-12-science-pcb'), 'the start links keep the language');
    assert.match(res.body, /<a href="\/" hreflang="en-IN" lang="en-IN" class="lang-switch">Read in English<\/a>/);
  });

  it('keeps the English pages English, with a switch to the same page in Hindi', async () => {
    const res = await t.app.inject('/careers/electrician');
    assert.match(res.body, /<html lang="en-IN">/);
    assert.match(res.body, /href="\/hi\/careers\/electrician"[^>]*class="lang-switch">हिन्दी में पढ़ें/);
    assert.equal(/ lang="en"/.test(res.body), false, 'nothing is marked as another language on an English page');
    assert.ok(
      internalLinks(res.body).every((h) => !h.startsWith('/hi') || h === '/hi/careers/electrician'),
      'English pages link English pages',
    );
  });

  it("shows a translated career in Hindi, with the profile's own figures", async () => {
    const [hi, en] = await Promise.all([t.app.inject('/hi/careers/doctor-mbbs'), t.app.inject('/careers/doctor-mbbs')]);
    assert.equal(hi.statusCode, 200);
    const text = visibleText(hi.body);
    const doctor = (await t.app.inject('/api/v1/careers/doctor-mbbs')).json() as {
      translations: { hi: { title: string; summary: string; faqs: Array<{ question: string }>; pathways: Array<{ title: string }> } };
      salary: Array<{ bands: Array<{ minLpa: number }> }>;
    };
    const tr = doctor.translations.hi;
    assert.ok(text.includes(tr.title), 'the Hindi title');
    assert.ok(text.includes(tr.summary), 'the Hindi summary');
    assert.ok(text.includes(tr.pathways[0]!.title), 'the routes in Hindi');
    assert.ok(text.includes(tr.faqs[0]!.question), 'the questions in Hindi');
    assert.match(text, /बाकी जानकारी अभी अंग्रेज़ी में है/, 'says which part is still English');
    assert.match(text, /यहाँ तक कैसे पहुँचें/);
    // the same salary figures, in lakh a year
    const figures = (html: string) => [...visibleText(html).matchAll(/₹(\d+\.\d+)-(\d+\.\d+)/g)].map((m) => `${m[1]}-${m[2]}`);
    assert.deepEqual(figures(hi.body), figures(en.body));
    assert.match(text, /लाख\/वर्ष/);
  });

  it('shows an untranslated career with a Hindi interface, its English text marked as English', async () => {
    const res = await t.app.inject('/hi/careers/backend-developer');
    assert.equal(res.statusCode, 200);
    assert.match(visibleText(res.body), /पूरी जानकारी अभी अंग्रेज़ी में है/);
    assert.match(res.body, /<h1 lang="en">Backend Developer: भारत में करियर<\/h1>/);
    assert.match(res.body, /<p lang="en">[^<]*APIs/, 'English prose is marked lang="en"');
    assert.match(visibleText(res.body), /ज़रूरी हुनर/);
  });

  it('names the fields in Hindi where the content has their Hindi names, on the home, field and career pages', async () => {
    const named = t.catalog.categories().filter((c) => c.names.hi);
    assert.ok(named.length >= 10, 'content/vocabularies/categories.yaml names the fields');
    const home = await t.app.inject('/hi');
    for (const c of named) {
      assert.ok(visibleText(home.body).includes(c.names.hi!), c.name);
      assert.ok(!home.body.includes(`<span lang="en">${c.name}</span>`), `${c.name} is not shown in English`);
    }
    const field = named.find((c) => c.careers.length > 1)!;
    const page = await t.app.inject(`/hi/categories/${field.slug}`);
    assert.match(page.body, new RegExp(`<title>[^<]*${field.names.hi!}`));
    assert.match(page.body, new RegExp(`<h1>${field.names.hi!}`));
    const career = await t.app.inject(`/hi/careers/${field.careers[0]!.slug}`);
    assert.match(career.body, new RegExp(`<a href="/hi/categories/${field.slug}">${field.names.hi!}</a>`), 'the breadcrumb');
    // the English pages keep the English name
    assert.match((await t.app.inject(`/categories/${field.slug}`)).body, new RegExp(`<h1>${field.name} careers in India</h1>`));
    // a field without a Hindi name is its English name, marked as English
    assert.deepEqual(categoryName('hi', 'New Field', { name: 'New Field', names: {} }), { text: 'New Field', lang: 'en' });
    assert.deepEqual(categoryName('en', field.name, field), { text: field.name, lang: undefined });
  });

  it('answers an unknown career in Hindi under /hi, with a 404', async () => {
    const res = await t.app.inject('/hi/careers/astronaut');
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /<html lang="hi-IN">/);
    assert.match(visibleText(res.body), /"astronaut" नाम का कोई करियर हमारे पास नहीं है/);
  });
});
