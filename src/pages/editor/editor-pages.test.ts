/** The /editor pages without JavaScript: queue, YAML editor with inline errors, review and publish by forms. */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parse, stringify } from 'yaml';
import { REPO_CONTENT } from '../../../test/support/content.ts';
import { visibleText } from '../../../test/support/html.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { insertUser } from '../../accounts/account.repository.ts';
import { hashPassword } from '../../accounts/password.ts';

const PASSWORD = 'a long enough pass phrase';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('editor pages', () => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
    for (const role of ['author', 'reviewer', 'reader']) {
      await insertUser(t.database.db, { email: `${role}@example.com`, password_hash: await hashPassword(PASSWORD), birth_year: 1980, role, status: 'active' });
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: `${role}@example.com`, password: PASSWORD } });
      cookies[role] = String([res.headers['set-cookie']].flat()[0]).split(';')[0]!;
    }
  });
  after(() => t.close());

  const get = (role: string | null, url: string) => t.app.inject({ url, headers: role ? { cookie: cookies[role]! } : {} });
  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
  const post = (role: string, url: string, fields: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: cookies[role]!, ...FORM }, payload: new URLSearchParams(fields).toString() });

  it('sends visitors to log in and tells readers they may not', async () => {
    assert.equal((await get(null, '/editor')).headers.location, '/login?next=%2Feditor');
    assert.equal((await get('reader', '/editor')).statusCode, 403);
  });

  it('edits YAML with inline errors, then reviews and publishes through forms', async () => {
    const editorPage = await get('author', '/editor/careers/plumber');
    assert.equal(editorPage.statusCode, 200);
    const csrf = csrfOf(editorPage.body);
    const yaml = /<textarea id="yaml"[^>]*>([\s\S]*?)<\/textarea>/
      .exec(editorPage.body)![1]!
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    const profile = parse(yaml) as Record<string, unknown>;
    const broken = await post('author', '/editor/careers/plumber/drafts', { _csrf: csrf, yaml: stringify({ ...profile, summary: 7 }) });
    assert.equal(broken.statusCode, 400);
    assert.match(visibleText(broken.body), /The draft was not saved .*\/profile\/summary ?: must be string/);
    const saved = await post('author', '/editor/careers/plumber/drafts', {
      _csrf: csrf,
      yaml: stringify({ ...profile, summary: 'Plumber summary edited in the editor page.' }),
    });
    assert.equal(saved.statusCode, 303);
    const draftUrl = saved.headers.location as string;
    const draftPage = await get('author', draftUrl);
    assert.match(visibleText(draftPage.body), /\/summary .* Plumber summary edited in the editor page\./);
    await post('author', `${draftUrl}/submit`, { _csrf: csrf });
    const reviewerCsrf = csrfOf((await get('reviewer', draftUrl)).body);
    assert.equal((await post('reviewer', `${draftUrl}/approve`, { _csrf: reviewerCsrf })).statusCode, 303);
    assert.equal((await post('reviewer', `${draftUrl}/publish`, { _csrf: reviewerCsrf })).statusCode, 303);
    assert.match(visibleText((await get(null, '/careers/plumber')).body), /Plumber summary edited in the editor page\./);
    assert.match(visibleText((await get('author', '/editor/audit')).body), /career\.publish/);
    assert.equal((await post('author', `${draftUrl}/submit`, {})).statusCode, 403, 'no CSRF token, no change');
  });

  it('changes common fields through plain form fields, and shows history with changes and restore', async () => {
    const editorPage = await get('author', '/editor/careers/welder');
    assert.match(editorPage.body, /<label for="field-summary">Summary \(one line\)<\/label>/);
    const csrf = csrfOf(editorPage.body);
    const title = /<input id="field-title" name="title" value="([^"]*)"/.exec(editorPage.body)![1]!;
    const description = /<textarea id="field-description" name="description" rows="5">([\s\S]*?)<\/textarea>/.exec(editorPage.body)![1]!;
    const saved = await post('author', '/editor/careers/welder/drafts', {
      _csrf: csrf,
      title,
      summary: 'Welder summary from the common fields form.',
      description: description.replace(/&#39;/g, "'").replace(/&amp;/g, '&'),
    });
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
    const draftUrl = saved.headers.location as string;
    assert.match(visibleText((await get('author', draftUrl)).body), /Changes \(1\)/, 'only the summary changed');
    await post('author', `${draftUrl}/submit`, { _csrf: csrf });
    const reviewerCsrf = csrfOf((await get('reviewer', draftUrl)).body);
    await post('reviewer', `${draftUrl}/approve`, { _csrf: reviewerCsrf });
    await post('reviewer', `${draftUrl}/publish`, { _csrf: reviewerCsrf });
    const history = await get('reviewer', '/editor/careers/welder/history');
    assert.equal(history.statusCode, 200);
    const latest = Number(/<th scope="row">(\d+)<\/th>/.exec(history.body)![1]);
    assert.match(
      visibleText((await get('reviewer', `/editor/careers/welder/revisions/${latest}`)).body),
      /\/summary .* Welder summary from the common fields form\./,
    );
    const restored = await post('reviewer', `/editor/careers/welder/revisions/${latest - 1}/restore`, { _csrf: reviewerCsrf });
    assert.equal(restored.statusCode, 303);
    assert.match(restored.headers.location as string, /^\/editor\/drafts\//);
  });
});
