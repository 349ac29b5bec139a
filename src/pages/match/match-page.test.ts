import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../../test/support/content.ts';
import { visibleText } from '../../../test/support/html.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { formFromQuery, matchUrl, requestFromForm } from './match-query.ts';

describe('match page URL state', () => {
  it('reads the GET form, drops empty skill rows and writes one canonical URL back', () => {
    const form = formFromQuery({
      degree: ' BCA ',
      skill: ['js', '', 'SQL'],
      level: ['advanced', 'beginner', 'intermediate'],
      code: 'yes',
      hours: '10',
      remote: 'any',
    });
    assert.deepEqual(form.skills, [
      { name: 'js', level: 'advanced' },
      { name: 'SQL', level: 'intermediate' },
    ]);
    assert.equal(matchUrl(form), '/match?degree=BCA&skill=js&level=advanced&skill=SQL&level=intermediate&code=yes');
    assert.deepEqual(formFromQuery(Object.fromEntries(new URLSearchParams(matchUrl(form).split('?')[1]))).degree, 'BCA');
  });

  it('passes what is not a number through as text so validation can name it', () => {
    const request = requestFromForm(formFromQuery({ hours: 'ten', target: '6.5' })) as { preferences: Record<string, unknown> };
    assert.equal(request.preferences.hoursPerWeek, 'ten');
    assert.equal(request.preferences.targetLpa, 6.5);
  });
});

describe('match page', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  it('shows the form on a first visit, cacheable, with every question labelled', async () => {
    const res = await t.app.inject('/match');
    assert.equal(res.statusCode, 200);
    assert.ok(res.headers.etag);
    const text = visibleText(res.body);
    for (const label of [
      'Degree or current class',
      'Skill 1',
      'Would you enjoy caring for people',
      'Remote work',
      'Hours a week you can spend learning',
      'Show my matches',
    ]) {
      assert.ok(text.includes(label), label);
    }
    assert.doesNotMatch(res.body, /\sstyle=/, 'no inline styles: the CSP forbids them');
  });

  it('renders ranked results with explained parts, gaps and a personal roadmap from the URL alone', async () => {
    const res = await t.app.inject(
      '/match?degree=BCA&skill=JavaScript&level=intermediate&skill=SQL&level=intermediate&skill=Git&level=intermediate&skill=quantum+knitting&level=beginner&code=yes&remote=prefer&hours=8',
    );
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store');
    const text = visibleText(res.body);
    assert.match(text, /Your best matches/);
    assert.match(text, /1\. (Full Stack|Backend|Frontend|Software) Developer/);
    assert.match(text, /Skills 40% .* You already have \d+ of its \d+ high-importance skills/);
    assert.match(text, /Education 20% .* BCA is one of its routes/);
    assert.match(text, /Not recognised, so not counted: “quantum knitting”/);
    // a BCA graduate is read as a computing graduate: the roadmap says how long to the first job
    assert.match(text, /Your roadmap: about \d+(–\d+)? months to the first job/);
    assert.match(text, /Eligible now|Not yet: stages remain/);
    assert.match(text, /at 8 hours a week/);
    assert.match(text, /One roadmap month is taken as about \d+ hours/);
    assert.match(res.body, /<input id="degree" name="degree"[^>]*value="BCA"/);
    assert.match(res.body, /<rect class="mp-fill" width="\d+(\.\d+)?"/);
    assert.doesNotMatch(res.body, /\sstyle=/);
  });

  it('asks which stage "12th pass" means instead of guessing, and keeps the answers in each choice', async () => {
    const res = await t.app.inject('/match?degree=12th+pass&care=yes');
    assert.equal(res.statusCode, 200);
    const text = visibleText(res.body);
    assert.match(text, /“12th pass” could mean several things\. Which one is you\? We will not guess/);
    for (const stage of ['class-12-science-pcm', 'class-12-science-pcb', 'class-12-commerce', 'class-12-arts']) {
      assert.match(res.body, new RegExp(`href="/match\\?degree=12th\\+pass&amp;stage=${stage}&amp;care=yes"`));
    }
    // the same for words the degree list does not know at all, and with nothing else answered
    for (const words of ['inter+pass', '%2B2+pass']) {
      const only = await t.app.inject(`/match?degree=${words}&age=18`);
      assert.equal(only.statusCode, 200, words);
      assert.match(visibleText(only.body), /could mean several things\. Which one is you\?/);
    }
    const chosen = visibleText((await t.app.inject('/match?degree=12th+pass&stage=class-12-arts&care=yes')).body);
    assert.match(chosen, /Where you stand: Class 12 Arts \/ Humanities/);
    assert.doesNotMatch(chosen, /could mean several things/);
  });

  it('answers a bad query with 400 and the form, each problem linked to its field', async () => {
    const res = await t.app.inject('/match?degree=astronaut+academy&skill=SQL&level=guru&hours=-2');
    assert.equal(res.statusCode, 400);
    const text = visibleText(res.body);
    assert.match(text, /Some answers need a fix/);
    assert.match(text, /Degree ?: "astronaut academy" is not close to any degree we know/);
    assert.match(text, /Skill 1 ?: must be one of: beginner, intermediate, advanced/);
    assert.match(text, /Hours a week ?: must be >= 1/);
    assert.match(res.body, /href="#hours"/);
    assert.match(res.body, /id="hours"[^>]*aria-invalid="true"/);
  });
});
