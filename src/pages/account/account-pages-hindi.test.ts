/** The account and /me pages under /hi: Hindi words, Hindi errors, and every form, link and redirect staying in Hindi. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../../test/support/content.ts';
import { DEVANAGARI, assertLang, mainHtml, mainText } from '../../../test/support/page-language.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const PASSWORD = 'a long enough pass phrase';

describe('account pages in Hindi', () => {
  let t: TestApp;
  const post = (url: string, fields: Record<string, string>, cookie?: string) =>
    t.app.inject({ method: 'POST', url, payload: new URLSearchParams(fields).toString(), headers: { ...FORM, ...(cookie ? { cookie } : {}) } });
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  it('serves sign-up, log-in and privacy in Hindi, with forms and links under /hi', async () => {
    const signup = await t.app.inject('/hi/signup');
    assert.equal(signup.statusCode, 200);
    assertLang(signup.body, 'hi-IN');
    assert.match(signup.body, /<h1>खाता बनाएँ<\/h1>/);
    assert.match(signup.body, /<form method="post" action="\/hi\/signup"/);
    assert.match(mainText(signup.body), /जन्म का साल/);
    assert.match(signup.body, /<a href="\/hi\/login">लॉग-इन करें<\/a>/);
    assert.doesNotMatch(mainHtml(signup.body), /(href|action)="\/(?!hi[/?"])/);

    const login = await t.app.inject('/hi/login');
    assert.equal(login.statusCode, 200);
    assertLang(login.body, 'hi-IN');
    assert.match(login.body, /<h1>लॉग-इन<\/h1>/);
    assert.match(login.body, /<form method="post" action="\/hi\/login"/);
    assert.match(login.body, /<input type="hidden" name="next" value="\/hi\/me"\/>/, 'after logging in, My careers in Hindi');
    assert.match(login.body, /<a href="\/hi\/signup">खाता बनाएँ<\/a>/);

    const privacy = await t.app.inject('/hi/privacy');
    assert.equal(privacy.statusCode, 200);
    assertLang(privacy.body, 'hi-IN');
    assert.match(privacy.body, /<h1>आपका डेटा और निजता<\/h1>/);
    for (const words of [/हम क्या रखते हैं/, /कोई विज्ञापन नहीं/, /अपना खाता मिटा सकते हैं/, /शिकायत अधिकारी/]) assert.match(mainText(privacy.body), words);
    assert.match(privacy.body, /<a href="\/hi\/me">मेरे करियर<\/a>/);
    const english = await t.app.inject('/privacy');
    assert.doesNotMatch(mainText(english.body), DEVANAGARI, 'the English notice is in English only; the switch leads to the Hindi one');
    assert.match(english.body, /<a href="\/hi\/privacy"[^>]*class="lang-switch">/);
  });

  it('says what is wrong with a sign-up in Hindi, field by field', async () => {
    const child = await post('/hi/signup', { email: 'kid@example.com', password: PASSWORD, birthYear: String(new Date().getUTCFullYear() - 14) });
    assert.equal(child.statusCode, 400);
    const text = mainText(child.body);
    assert.match(text, /कृपया इसे ठीक करें/);
    assert.match(text, /माता-पिता या अभिभावक का ईमेल ?: 18 साल से कम उम्र में ज़रूरी है/);
    const short = mainText((await post('/hi/signup', { email: 'a@example.com', password: 'short', birthYear: '1990' })).body);
    assert.match(short, /पासवर्ड ?: कम से कम 10 अक्षर का होना चाहिए/);
    const empty = mainText((await post('/hi/signup', { email: '', password: '', birthYear: 'x' })).body);
    assert.match(empty, /ईमेल ?: यह भरना ज़रूरी है/);
    assert.match(empty, /जन्म का साल ?: साल अंकों में लिखें, जैसे 2007/);
    for (const body of [text, short, empty]) assert.doesNotMatch(body, /is required|must be/, 'no English service words');
  });

  it('signs up, logs in and out without leaving Hindi, and tells a wrong password in Hindi', async () => {
    const signup = await post('/hi/signup', { email: 'hindi@example.com', password: PASSWORD, birthYear: '1995' });
    assert.equal(signup.statusCode, 303);
    assert.equal(signup.headers.location, '/hi/me');
    const cookie = String([signup.headers['set-cookie']].flat()[0]).split(';')[0]!;
    const me = await t.app.inject({ url: '/hi/me', headers: { cookie } });
    assert.equal(me.statusCode, 200);
    assertLang(me.body, 'hi-IN');
    assert.match(me.body, /<h1>मेरे करियर<\/h1>/);
    assert.match(mainText(me.body), /hindi@example.com से लॉग-इन हैं।/);
    assert.match(me.body, /<form method="post" action="\/hi\/logout"/);
    assert.match(me.body, /<form method="post" action="\/hi\/me\/delete"/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(me.body)![1]!;

    const dup = await post('/hi/signup', { email: 'hindi@example.com', password: PASSWORD, birthYear: '1995' });
    assert.equal(dup.statusCode, 409);
    assert.match(mainText(dup.body), /इस ईमेल से खाता पहले से बना है; लॉग-इन करें।/);

    const out = await post('/hi/logout', { _csrf: csrf }, cookie);
    assert.equal(out.statusCode, 303);
    assert.equal(out.headers.location, '/hi');
    assert.equal((await t.app.inject({ url: '/hi/me', headers: { cookie } })).headers.location, '/hi/login?next=%2Fhi%2Fme');

    const wrong = await post('/hi/login', { email: 'hindi@example.com', password: 'not my password', next: '/hi/careers/electrician' });
    assert.equal(wrong.statusCode, 401);
    assertLang(wrong.body, 'hi-IN');
    const text = mainText(wrong.body);
    assert.match(text, /लॉग-इन नहीं हो सका/);
    assert.match(text, /ईमेल या पासवर्ड ग़लत है।/);
    assert.doesNotMatch(text, /Wrong email/);
    assert.match(wrong.body, /name="next" value="\/hi\/careers\/electrician"/, 'the next try still comes back to the same page');
    const ok = await post('/hi/login', { email: 'hindi@example.com', password: PASSWORD });
    assert.equal(ok.headers.location, '/hi/me');
  });

  it('keeps a saved career, its plan and deleting the account in Hindi', async () => {
    const signup = await post('/hi/signup', { email: 'plan@example.com', password: PASSWORD, birthYear: '1990' });
    const cookie = String([signup.headers['set-cookie']].flat()[0]).split(';')[0]!;
    const confirm = await t.app.inject({ url: '/hi/me/save/plumber', headers: { cookie } });
    assert.match(confirm.body, /<h1><span lang="en">Plumber<\/span> सहेजें\?<\/h1>/);
    assert.match(confirm.body, /<form method="post" action="\/hi\/me\/saved\/plumber"/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(confirm.body)![1]!;
    const saved = await post('/hi/me/saved/plumber', { _csrf: csrf }, cookie);
    assert.equal(saved.headers.location, '/hi/me');
    const me = await t.app.inject({ url: '/hi/me', headers: { cookie } });
    assert.match(me.body, /<a href="\/hi\/me\/plans\/plumber"><span lang="en">Plumber<\/span> के लिए मेरी योजना<\/a>/);

    const plan = await t.app.inject({ url: '/hi/me/plans/plumber', headers: { cookie } });
    assert.equal(plan.statusCode, 200);
    assert.match(mainText(plan.body), /में से 0 कदम पूरे।/);
    assert.match(mainText(plan.body), /स्थिति: करना है/);
    const step = /action="\/hi\/me\/plans\/plumber\/steps\/([^"]+)"/.exec(plan.body)![1]!;
    const ticked = await post(`/hi/me/plans/plumber/steps/${step}`, { _csrf: csrf, status: 'done' }, cookie);
    assert.equal(ticked.headers.location, `/hi/me/plans/plumber#step-${step}`);
    assert.match(mainText((await t.app.inject({ url: '/hi/me/plans/plumber', headers: { cookie } })).body), /में से 1 कदम पूरे।/);

    const wrong = await post('/hi/me/delete', { _csrf: csrf, password: 'not my password' }, cookie);
    assert.equal(wrong.statusCode, 400);
    assert.match(mainText(wrong.body), /यह आपका पासवर्ड नहीं है।/);
    const gone = await post('/hi/me/delete', { _csrf: csrf, password: PASSWORD }, cookie);
    assert.match(gone.body, /<h1>आपका खाता मिटा दिया गया है<\/h1>/);
  });

  it('sends a guardian the consent page in the language the child signed up in', async () => {
    const res = await post('/hi/signup', {
      email: 'child@example.com',
      password: PASSWORD,
      birthYear: String(new Date().getUTCFullYear() - 14),
      guardianEmail: 'maa@example.com',
    });
    assert.equal(res.statusCode, 202);
    assert.match(mainText(res.body), /हमने आपके माता-पिता या अभिभावक को ईमेल भेजा है।/);
    const mail = await t.database.db.selectFrom('outbox').selectAll().where('to_address', '=', 'maa@example.com').executeTakeFirstOrThrow();
    const path = /https?:\/\/[^/\s]+(\/hi\/consent\/[A-Za-z0-9_-]+)/.exec(mail.body)![1]!;
    const page = await t.app.inject(path);
    assert.match(page.body, /<h1>अपने बच्चे के careerpath खाते के लिए सहमति दें<\/h1>/);
    assert.match(page.body, new RegExp(`<form method="post" action="${path}">`));
    const agreed = await t.app.inject({ method: 'POST', url: path });
    assert.match(mainText(agreed.body), /खाता खुल गया है; आपका बच्चा अब लॉग-इन कर सकता है।/);
  });
});
