/** The account pages without a browser: forms, their errors, redirects and the privacy notice. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../../test/support/content.ts';
import { visibleText } from '../../../test/support/html.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { safeNext } from './account-page.routes.tsx';

const form = (fields: Record<string, string>) => ({
  payload: new URLSearchParams(fields).toString(),
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
});

describe('account pages', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  it('names each problem next to its field and keeps what was typed, never the password', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/signup',
      ...form({ email: 'kid@example.com', password: 'a long enough pass phrase', birthYear: String(new Date().getUTCFullYear() - 14) }),
    });
    assert.equal(res.statusCode, 400);
    const text = visibleText(res.body);
    assert.match(text, /Please fix this/);
    assert.match(res.body, /<input id="guardianEmail"[^>]*aria-invalid="true"/);
    assert.match(res.body, /value="kid@example.com"/);
    assert.doesNotMatch(res.body, /a long enough pass phrase/);
  });

  it('signs up through the form, lands on My careers, and logs out with the CSRF token only', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/signup',
      ...form({ email: 'form@example.com', password: 'a long enough pass phrase', birthYear: '1990' }),
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/me');
    const cookie = String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;
    const me = await t.app.inject({ url: '/me', headers: { cookie } });
    assert.equal(me.statusCode, 200);
    assert.equal(me.headers['cache-control'], 'no-store');
    assert.match(visibleText(me.body), /Signed in as form@example.com/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(me.body)![1]!;
    assert.equal((await t.app.inject({ method: 'POST', url: '/logout', headers: { cookie } })).statusCode, 403, 'a forged log-out is refused');
    const forgedSave = await t.app.inject({ method: 'POST', url: '/me/saved/electrician', headers: { cookie } });
    assert.equal(forgedSave.statusCode, 403, 'a forged save is refused, not sent to log in');
    const out = await t.app.inject({
      method: 'POST',
      url: '/logout',
      ...form({ _csrf: csrf }),
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(out.statusCode, 303);
    assert.equal((await t.app.inject({ url: '/me', headers: { cookie } })).headers.location, '/login?next=%2Fme');
  });

  it('tells a wrong password and sends a visitor back where they were after logging in', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/login',
      ...form({ email: 'form@example.com', password: 'not my password', next: '/careers/electrician' }),
    });
    assert.equal(wrong.statusCode, 401);
    assert.match(visibleText(wrong.body), /Wrong email or password/);
    const ok = await t.app.inject({
      method: 'POST',
      url: '/login',
      ...form({ email: 'form@example.com', password: 'a long enough pass phrase', next: '/me/save/electrician' }),
    });
    assert.equal(ok.headers.location, '/me/save/electrician');
    assert.equal(safeNext('//evil.example/'), '/me', 'never another site');
    assert.equal(safeNext('https://evil.example/'), '/me');
  });

  it('explains what is stored, with export, delete and a grievance address (in Hindi at /hi/privacy)', async () => {
    const res = await t.app.inject('/privacy');
    const text = visibleText(res.body);
    for (const words of [/What we store/, /No advertising, no analytics/, /delete your account/, /grievance officer/]) assert.match(text, words);
    assert.match(res.body, /<a href="\/me">My careers<\/a>/);
  });
});
