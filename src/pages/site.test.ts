import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { siteLinks, visibleText } from '../../test/support/html.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

describe('site edges', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  it('answers an unknown page with an HTML page, and the API with problem+json', async () => {
    const page = await t.app.inject('/no-such-page');
    assert.equal(page.statusCode, 404);
    assert.match(page.headers['content-type'] as string, /^text\/html/);
    assert.match(page.body, /There is no page at this address/);
    const api = await t.app.inject('/api/v1/no-such-thing');
    assert.equal(api.statusCode, 404);
    assert.match(api.headers['content-type'] as string, /^application\/problem\+json/);
  });

  it('sends a trailing slash to the address without it, keeping the query', async () => {
    const res = await t.app.inject('/careers/electrician/?from=share');
    assert.equal(res.statusCode, 308);
    assert.equal(res.headers.location, '/careers/electrician?from=share');
  });

  it('gives every page a favicon, a manifest and a share preview', async () => {
    const page = (await t.app.inject('/careers/electrician')).body;
    assert.match(page, /<meta property="og:title" content="Electrician[^"]*"/);
    assert.match(page, /<meta property="og:url" content="http:\/\/localhost:3000\/careers\/electrician"/);
    assert.match(page, /<link rel="manifest" href="\/manifest.webmanifest"/);
    assert.equal((await t.app.inject('/favicon.svg')).headers['content-type'], 'image/svg+xml');
    assert.equal((await t.app.inject('/manifest.webmanifest')).json().short_name, 'careerpath');
  });

  it("shows each career's own picture in link previews, drawn from its profile", async () => {
    const page = (await t.app.inject('/careers/electrician')).body;
    const image = /<meta property="og:image" content="http:\/\/localhost:3000(\/[^"]+)"/.exec(page)?.[1];
    assert.equal(image, '/careers/electrician/share.png');
    assert.match(page, /<meta property="og:image:alt" content="Electrician: [^"]*entry pay ₹/);
    assert.match(page, /<meta name="twitter:card" content="summary_large_image"/);
    const [a, b] = await Promise.all([t.app.inject(image!), t.app.inject('/careers/doctor-mbbs/share.png')]);
    assert.equal(a.headers['content-type'], 'image/png');
    assert.equal(a.rawPayload.subarray(1, 4).toString(), 'PNG');
    assert.deepEqual([a.rawPayload.readUInt32BE(16), a.rawPayload.readUInt32BE(20)], [1200, 630], 'the size previews expect');
    assert.notDeepEqual(a.rawPayload, b.rawPayload, 'each career its own picture');
    assert.equal((await t.app.inject('/careers/astronaut/share.png')).statusCode, 404);
    const home = (await t.app.inject('/')).body;
    assert.match(home, /<meta property="og:image" content="http:\/\/localhost:3000\/share.png"/);
    assert.equal((await t.app.inject('/share.png')).headers['content-type'], 'image/png');
  });

  it('looks up a job title from a notice and answers a title no career has with categories to browse', async () => {
    const ldc = await t.app.inject('/titles?q=LDC');
    assert.equal(ldc.statusCode, 200);
    assert.match(ldc.body, /href="\/careers\/government-clerk"/);
    const none = (await t.app.inject('/titles?q=hospital+ward+boy')).body;
    assert.match(none, /No career has the title “hospital ward boy”/);
    assert.match(none, /Browse the nearest categories instead: <a href="\/categories\/healthcare">/);
    assert.match((await t.app.inject('/titles?q=%3Cscript%3E')).body, /value="&lt;script>"/, 'what was typed is escaped');
  });

  it('answers an unknown address under /hi with a Hindi 404 page whose language switch keeps the address', async () => {
    const page = await t.app.inject('/hi/no-such-page');
    assert.equal(page.statusCode, 404);
    assert.match(page.body, /<html lang="hi-IN">/);
    assert.match(page.body, /<title>पेज नहीं मिला · careerpath<\/title>/);
    assert.match(visibleText(page.body), /इस पते पर कोई पेज नहीं है।/);
    assert.match(page.body, /<a href="\/no-such-page" hreflang="en-IN" lang="en-IN" class="lang-switch">/);
    const english = await t.app.inject('/no-such-page');
    assert.match(english.body, /<a href="\/hi\/no-such-page" hreflang="hi-IN"/);
    const sneaky = await t.app.inject('/hi//evil.example/x');
    assert.equal(sneaky.statusCode, 404);
    assert.match(sneaky.body, /<a href="\/" hreflang="en-IN"/, 'never a switch link to another site');
  });

  it('looks up a job title in Hindi under /hi, with links and the form staying in Hindi', async () => {
    const ldc = await t.app.inject('/hi/titles?q=LDC');
    assert.equal(ldc.statusCode, 200);
    assert.match(ldc.body, /<html lang="hi-IN">/);
    assert.match(ldc.body, /<h1>यह पद किस करियर का है\?<\/h1>/);
    assert.match(ldc.body, /<form action="\/hi\/titles" method="get" role="search" class="search"><label for="title-q">पद का नाम<\/label>/);
    assert.match(visibleText(ldc.body), /“LDC” इन करियर का पद है/);
    assert.match(ldc.body, /<a href="\/hi\/careers\/government-clerk"><span lang="en">Government Clerk/);
    assert.deepEqual(
      siteLinks(ldc.body).filter((l) => !l.startsWith('/hi')),
      ['/titles?q=LDC'],
      'only the language switch leads to English, to the same lookup',
    );
    const none = (await t.app.inject('/hi/titles?q=hospital+ward+boy')).body;
    assert.match(visibleText(none), /“hospital ward boy” नाम का पद किसी करियर में नहीं मिला/);
    assert.match(none, /इसकी जगह ये मिलते-जुलते क्षेत्र देखें: <a href="\/hi\/categories\/healthcare"><span lang="en">Healthcare<\/span>/);
    assert.doesNotMatch((await t.app.inject('/titles?q=LDC')).body, /\slang="en"/, 'English pages carry no lang marks');
  });

  it('publishes robots.txt and a sitemap of every career and category', async () => {
    const robots = (await t.app.inject('/robots.txt')).body;
    assert.match(robots, /Disallow: \/me/);
    assert.match(robots, /Sitemap: http:\/\/localhost:3000\/sitemap\.xml/);
    const sitemap = (await t.app.inject('/sitemap.xml')).body;
    const urls = sitemap.match(/<loc>/g)!.length;
    assert.equal(urls, 2 * (5 + t.catalog.categories().length + t.catalog.profiles.length), 'every page in English and in Hindi');
    assert.match(sitemap, /<loc>http:\/\/localhost:3000\/careers\/electrician<\/loc>/);
    assert.match(sitemap, /<loc>http:\/\/localhost:3000\/hi\/careers\/electrician<\/loc>/);
    assert.match(robots, /Disallow: \/hi\/me/);
  });
});
