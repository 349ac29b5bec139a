/** /hi/match: the same form and results in Hindi, every link and the form kept under /hi, English pages untouched. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createCatalog } from '../../catalog/career-catalog.ts';
import { createSnapshot } from '../../catalog/snapshot.ts';
import { REPO_CONTENT } from '../../../test/support/content.ts';
import { visibleText } from '../../../test/support/html.ts';
import { DEVANAGARI, assertLang, mainHtml, mainText } from '../../../test/support/page-language.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

const ANSWERS =
  'degree=BCA&skill=JavaScript&level=intermediate&skill=SQL&level=intermediate&skill=quantum+knitting&level=beginner&code=yes&remote=prefer&hours=8';

describe('match page in Hindi', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  it('asks every question in Hindi, submits to /hi/match and is cached apart from the English page', async () => {
    const res = await t.app.inject('/hi/match');
    assert.equal(res.statusCode, 200);
    assertLang(res.body, 'hi-IN');
    assert.match(res.body, /<h1>आपके लिए कौन-सा करियर सही है\?<\/h1>/);
    assert.match(res.body, /<form id="match-form" class="mp-form" method="get" action="\/hi\/match"/);
    const text = mainText(res.body);
    for (const words of ['डिग्री या अभी की कक्षा', 'कौशल 1', 'क्या आपको कोड लिखना', 'कक्षा 12 विज्ञान, जीव विज्ञान के साथ (PCB)', 'पक्का नहीं', 'मेरे लिए करियर दिखाएँ']) {
      assert.ok(text.includes(words), words);
    }
    for (const english of ['Degree or current class', 'Skill 1', 'Would you enjoy', 'Show my matches', 'Not sure']) assert.ok(!text.includes(english), english);
    const english = await t.app.inject('/match');
    assertLang(english.body, 'en-IN');
    assert.doesNotMatch(mainText(english.body), DEVANAGARI, 'the English page has no Hindi in its main part');
    assert.notEqual(res.headers.etag, english.headers.etag, 'an English copy never answers a Hindi revalidation');
    assert.equal((await t.app.inject({ url: '/hi/match', headers: { 'if-none-match': String(english.headers.etag) } })).statusCode, 200);
  });

  it('explains results in Hindi, marks the English explanations, and keeps every link in Hindi', async () => {
    const res = await t.app.inject(`/hi/match?${ANSWERS}`);
    assert.equal(res.statusCode, 200);
    assertLang(res.body, 'hi-IN');
    const text = mainText(res.body);
    assert.match(text, /आपके लिए सबसे सही करियर/);
    assert.match(text, /हमने क्या समझा/);
    assert.match(text, /पहचाने नहीं गए, इसलिए गिने नहीं गए: “quantum knitting”/);
    assert.match(text, /(अभी योग्य|अभी नहीं: कुछ पड़ाव बाकी हैं) · पहली नौकरी तक लगभग \d+(–\d+)? महीने/);
    assert.match(text, /आपका रोडमैप: पहली नौकरी तक लगभग \d+(–\d+)? महीने/);
    assert.match(text, /कौशल \d+% \d+\/100/);
    assert.match(text, /करियर के नाम, मेल के कारण और रोडमैप के कदम अभी अंग्रेज़ी में हैं/);
    // the matcher's sentences and the catalog's names are English, and say so
    assert.match(res.body, /<span class="mp-reason" lang="en">You already have/);
    assert.match(res.body, /<a href="\/hi\/careers\/[a-z-]+"><span lang="en">(Full Stack|Backend|Frontend|Software) Developer<\/span><\/a>/);
    assert.match(res.body, /<p class="muted" lang="en">One roadmap month is taken as about/);
    // links: careers, saving and the shared result stay Hindi; the switch offers the same result in English
    assert.match(res.body, /href="\/hi\/me\/save\/[a-z-]+" data-save-career=/);
    assert.match(res.body, new RegExp(`<a href="/hi/match\\?${ANSWERS.replace(/&/g, '&amp;').replace(/\+/g, '\\+')}">इस नतीजे का लिंक</a>`));
    assert.match(res.body, /<a href="\/match\?degree=BCA&amp;skill=JavaScript[^"]*" hreflang="en-IN" lang="en-IN" class="lang-switch">/);
    assert.doesNotMatch(mainHtml(res.body), /(href|action)="\/(?!hi[/?"])/, 'no link or form in the page drops back to English');
  });

  it('asks which stage "12th pass" means in Hindi, each choice a /hi link that keeps the answers', async () => {
    const res = await t.app.inject('/hi/match?degree=12th+pass&care=yes');
    assert.equal(res.statusCode, 200);
    assert.match(mainText(res.body), /“12th pass” के कई मतलब हो सकते हैं। आप इनमें से कौन हैं\? हम अंदाज़ा नहीं लगाएँगे/);
    assert.match(
      res.body,
      /<a href="\/hi\/match\?degree=12th\+pass&amp;stage=class-12-science-pcb&amp;care=yes">कक्षा 12 विज्ञान, जीव विज्ञान के साथ \(PCB\)<\/a>/,
    );
    const chosen = mainText((await t.app.inject('/hi/match?degree=12th+pass&stage=class-12-arts&care=yes')).body);
    assert.match(chosen, /आप अभी कहाँ हैं: कक्षा 12 कला \/ मानविकी \(आर्ट्स\)/);
    assert.match(chosen, /प्लान B: \d+ करियर जिनमें यही तैयारी काम आती है|योग्यता पता नहीं|अभी नहीं: कुछ पड़ाव बाकी हैं|अभी योग्य/);
  });

  it('names every problem in Hindi, linked to its field', async () => {
    const res = await t.app.inject('/hi/match?degree=astronaut+academy&skill=SQL&level=guru&hours=-2');
    assert.equal(res.statusCode, 400);
    const text = mainText(res.body);
    assert.match(text, /कुछ जवाब ठीक करने हैं/);
    assert.match(text, /डिग्री ?: “astronaut academy” हमारी सूची की किसी डिग्री से मेल नहीं खाता। सबसे क़रीबी: /);
    assert.match(text, /कौशल 1 ?: स्तर चुनें: शुरुआती, मध्यम या उन्नत।/);
    assert.match(text, /हर हफ़्ते घंटे ?: 1 से 100 के बीच कोई संख्या लिखें।/);
    assert.doesNotMatch(text, /must be|is not close/, 'no English validator words');
    assert.match(res.body, /<p class="mp-error" id="hours-error">1 से 100 के बीच कोई संख्या लिखें।<\/p>/);
    assert.match(res.body, /href="#hours"/);
  });

  it('shows a translated career title in Hindi, without lang="en"', async () => {
    const original = t.store.current();
    const profiles = original.catalog.profiles.map((p) =>
      p.slug === 'full-stack-developer'
        ? {
            ...p,
            translations: { hi: { title: 'फ़ुल स्टैक डेवलपर', summary: 'वेब ऐप का हर हिस्सा बनाने वाला।', translatedAt: '2026-12-01', status: 'draft' as const } },
          }
        : p,
    );
    t.store.publish(createSnapshot(createCatalog(profiles, original.catalog.exams, original.catalog.vocabularies)));
    try {
      const res = await t.app.inject(`/hi/match?${ANSWERS}`);
      assert.match(res.body, /<a href="\/hi\/careers\/full-stack-developer">फ़ुल स्टैक डेवलपर<\/a>/);
      assert.match(res.body, /<option value="full-stack-developer">फ़ुल स्टैक डेवलपर<\/option>/);
      assert.match(visibleText((await t.app.inject(`/match?${ANSWERS}`)).body), /Full Stack Developer/, 'English pages keep the English title');
    } finally {
      t.store.publish(original);
    }
  });
});
