import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPage } from './layout.tsx';

describe('page layout', () => {
  it('escapes text everywhere, including inside JSON-LD, so content cannot inject markup', () => {
    const hostile = '</script><script>alert(1)</script>';
    const html = renderPage({ title: hostile, description: hostile, path: '/x', jsonLd: { name: hostile } }, hostile);
    assert.equal(html.includes('<script>alert(1)'), false);
    assert.ok(html.includes('\\u003c/script>'), 'JSON-LD keeps the text, escaped');
    assert.ok(html.includes('&lt;/script>&lt;script>alert(1)&lt;/script>'), 'body text is escaped');
  });

  it('gives every page a language, a viewport, a canonical URL and a skip link', () => {
    const html = renderPage({ title: 'T', description: 'D', path: '/careers/x' }, 'body');
    assert.match(html, /<html lang="en-IN">/);
    assert.match(html, /<meta name="viewport" content="width=device-width, initial-scale=1"\/>/);
    assert.match(html, /<link rel="canonical" href="http:\/\/localhost:3000\/careers\/x"\/>/);
    assert.match(html, /<a class="skip-link" href="#main">/);
  });

  it('offers the other language only for pages that exist in it', () => {
    const both = renderPage({ title: 'T', description: 'D', path: '/finder', switchPath: '/finder?q=nurse' }, 'body');
    assert.match(both, /<a href="\/hi\/finder\?q=nurse" hreflang="hi-IN" lang="hi-IN" class="lang-switch">/, 'the switch keeps the view');
    assert.match(both, /<link rel="alternate" hreflang="hi-IN" href="http:\/\/localhost:3000\/hi\/finder"\/>/);
    const englishOnly = renderPage({ title: 'T', description: 'D', path: '/editor', translated: false }, 'body');
    assert.equal(/lang-switch|hreflang/.test(englishOnly), false, 'no switch to a page that does not exist');
  });
});
