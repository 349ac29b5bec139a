/**
 * Hindi pages show a career's translated title and summary where its profile has
 * `translations.hi`, and the English words marked lang="en" where it has none.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT, contentDirWith, readRepoProfile } from '../../test/support/content.ts';
import { visibleText } from '../../test/support/html.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';

const TITLE = 'स्टाफ़ नर्स';
const SUMMARY = 'स्टाफ़ नर्स अस्पताल के वार्ड और ICU में मरीज़ों की दिन-रात देखभाल करती है।';

describe('translated careers on Hindi pages', () => {
  let t: TestApp;
  before(async () => {
    const profiles = readdirSync(REPO_CONTENT)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => readRepoProfile(f.replace(/\.yaml$/, '')));
    const nurse = profiles.find((p) => p.slug === 'staff-nurse')!;
    nurse.translations = { hi: { title: TITLE, summary: SUMMARY, translatedAt: '2026-12-01', status: 'draft' } };
    t = await startTestApp('sqlite', await contentDirWith(profiles));
  });
  after(() => t.close());

  it('shows the Hindi title and summary in finder results, and carries them for results the page fetches later', async () => {
    const html = (await t.app.inject('/hi/finder?q=nurse')).body;
    assert.match(html, /<li class="card result"><h3><a href="\/hi\/careers\/staff-nurse">स्टाफ़ नर्स<\/a><\/h3>/);
    assert.ok(visibleText(html).includes(SUMMARY));
    assert.match(
      html,
      /<a href="\/hi\/careers\/auxiliary-nurse-midwife"><span lang="en">Auxiliary Nurse Midwife/,
      'an untranslated career stays English, marked',
    );
    const model = JSON.parse(html.match(/<script type="application\/json" id="finder-model">(.*?)<\/script>/s)![1]!) as { words: Record<string, unknown> };
    assert.deepEqual(model.words['staff-nurse'], { title: TITLE, summary: SUMMARY });
    assert.equal(model.words['auxiliary-nurse-midwife'], undefined, 'only translated careers travel with the page');
    const english = (await t.app.inject('/finder?q=nurse')).body;
    assert.match(english, /<a href="\/careers\/staff-nurse">Staff Nurse<\/a>/, 'English pages keep the English title');
    assert.match(english, /"words":\{\}/);
  });

  it('names the translated career in Hindi on the compare and title pages', async () => {
    const compare = (await t.app.inject('/hi/compare?careers=staff-nurse,backend-developer')).body;
    assert.match(compare, /<title>स्टाफ़ नर्स बनाम Backend Developer: /);
    assert.match(compare, /<h1>स्टाफ़ नर्स बनाम <span lang="en">Backend Developer<\/span> की तुलना<\/h1>/);
    assert.match(compare, /<option value="staff-nurse" selected>स्टाफ़ नर्स<\/option>/);
    const titles = (await t.app.inject('/hi/titles?q=staff+nurse')).body;
    assert.match(titles, /<a href="\/hi\/careers\/staff-nurse">स्टाफ़ नर्स<\/a>/);
  });
});
