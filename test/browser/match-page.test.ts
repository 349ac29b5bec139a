import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkipReason, pageErrors, servedAppWithBrowser } from './browser.ts';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

const WEB_ROLES = /^(Backend|Full Stack|Frontend|Software) Developer$/;
const CODE_QUESTION = 'Would you enjoy writing code and building software, apps or websites?';

/** What every result page must show: ranked careers, explained parts, gaps, a personal roadmap. */
async function assertResults(page: Page) {
  await page.getByRole('heading', { name: 'Your best matches' }).waitFor();
  const first = page.locator('.mp-career').first();
  assert.match((await first.getByRole('heading', { level: 3 }).textContent()) ?? '', /^1\./);
  assert.match((await first.getByRole('link').first().textContent()) ?? '', WEB_ROLES);
  const parts = await first.locator('.mp-part dt').allTextContents();
  assert.deepEqual(
    parts.map((p) => p.replace(/\s*\d+%$/, '')),
    ['Skills', 'Education', 'Interests', 'Preferences'],
  );
  assert.equal(await first.locator('svg.mp-bar').count(), 4, 'one bar per part');
  assert.ok(
    await first
      .getByText(/high-importance skills/)
      .first()
      .isVisible(),
  );
  assert.ok(await first.getByText(/Skills to learn next/).isVisible());
  assert.ok(await first.getByText(/^Your roadmap: (about \d+(–\d+)? months to the first job|\d+ weeks of skills)$/).isVisible());
  assert.ok((await first.locator('.mp-steps li').count()) > 0);
  assert.ok(await page.getByText(/One roadmap month is taken as about \d+ hours/).isVisible());
  assert.equal(await page.locator('.mp-career').count(), 10);
}

describe('match page in a real browser', { skip: skip ?? false }, () => {
  const session = servedAppWithBrowser();

  it('walks a phone user through the steps and shows ranked, explained results with a roadmap', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors = pageErrors(page);
    await page.goto(`${session.base}/match`);
    assert.equal(await page.getByRole('button', { name: 'Show my matches' }).isVisible(), false, 'the wizard keeps submit for the last step');

    await page.getByLabel('Degree or current class').fill('BCA');
    // Enter in step 1 moves on to step 2; it does not submit with three steps unseen
    await page.getByLabel('Degree or current class').press('Enter');
    await page.getByLabel('Skill 1', { exact: true }).waitFor();
    assert.match(page.url(), /\/match$/);
    await page.getByLabel('Skill 1', { exact: true }).fill('JavaScript');
    await page.getByLabel('Skill 2', { exact: true }).fill('SQL');
    await page.getByLabel('Skill 3', { exact: true }).fill('git');
    await page.getByRole('button', { name: 'Add another skill' }).click();
    await page.getByLabel('Skill 7', { exact: true }).fill('excel');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('group', { name: CODE_QUESTION }).getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('I prefer remote work').check();
    await page.getByLabel('Hours a week you can spend learning').fill('8');
    await page.getByRole('button', { name: 'Show my matches' }).click();

    await page.waitForURL(/\/match\?.*degree=BCA/);
    await assertResults(page);
    assert.ok(
      await page
        .getByText(/at 8 hours a week/)
        .first()
        .isVisible(),
    );
    assert.match(page.url(), /skill=excel/);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone screen`);
    assert.deepEqual(errors, [], 'no console errors (CSP violations show up here)');
    await page.close();
  });

  it('walks a phone user through the steps in Hindi and keeps the results in Hindi', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors = pageErrors(page);
    await page.goto(`${session.base}/hi/match`);
    await page.getByLabel('डिग्री या अभी की कक्षा').fill('BCA');
    await page.getByRole('button', { name: 'आगे' }).click();
    await page.getByLabel('कौशल 1', { exact: true }).fill('JavaScript');
    // rows the island adds are numbered in Hindi too
    await page.getByRole('button', { name: 'एक और कौशल जोड़ें' }).click();
    await page.getByLabel('कौशल 7', { exact: true }).fill('SQL');
    assert.equal(await page.locator('label[for="level-6"]').textContent(), 'स्तर (कौशल 7 का)');
    await page.getByRole('button', { name: 'आगे' }).click();
    await page.getByRole('button', { name: 'पीछे' }).waitFor();
    await page.getByRole('button', { name: 'आगे' }).click();
    await page.getByRole('button', { name: 'मेरे लिए करियर दिखाएँ' }).click();
    await page.waitForURL(/\/hi\/match\?.*degree=BCA/);
    await page.getByRole('heading', { name: 'आपके लिए सबसे सही करियर' }).waitFor();
    // saving without an account: the island answers in the page's language
    await page.locator('a[data-save-career]').first().click();
    await page.getByRole('status').filter({ hasText: 'इस डिवाइस पर सहेज लिया' }).waitFor();
    assert.deepEqual(errors, [], 'no console errors (CSP violations show up here)');
    await page.close();
  });

  it('works without JavaScript, and its result URL can be shared', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${session.base}/match`);
    await page.getByLabel('Degree or current class').fill('bca');
    await page.getByLabel('Skill 1', { exact: true }).fill('js');
    await page.getByLabel('Skill 2', { exact: true }).fill('SQL');
    await page.getByLabel('Skill 3', { exact: true }).fill('Git');
    await page.getByRole('group', { name: CODE_QUESTION }).getByLabel('Yes').check();
    await page.getByRole('button', { name: 'Show my matches' }).click();
    await page.waitForURL(/\/match\?/);
    await assertResults(page);
    const firstTitle = await page.locator('.mp-career h3 a').first().textContent();

    const shared = await context.newPage();
    await shared.goto(new URL((await page.getByRole('link', { name: 'Link to this result' }).getAttribute('href'))!, session.base).href);
    assert.equal(await shared.locator('.mp-career h3 a').first().textContent(), firstTitle);
    await context.close();
  });

  it('asks which stream "12th pass" means, then shows eligibility, time to the first job and Plan B', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${session.base}/match`);
    await page.getByLabel('Degree or current class').fill('12th pass');
    await page.getByLabel('Your age (years)').fill('18');
    await page.getByRole('button', { name: 'Show my matches' }).click();
    await page.waitForURL(/\/match\?/);
    await page.getByText(/could mean several things\. Which one is you\?/).waitFor();
    await page.getByRole('link', { name: 'Class 12 Science with Biology (PCB)' }).click();
    await page.waitForURL(/stage=class-12-science-pcb/);
    assert.ok(await page.getByText('Where you stand: Class 12 Science with Biology (PCB)').isVisible());
    const first = page.locator('.mp-career').first();
    assert.match(
      (await first.locator('.mp-eligibility').textContent()) ?? '',
      /(Eligible now|Not yet: stages remain) · about \d+(–\d+)? months to the first job/,
    );
    await page
      .locator('summary', { hasText: /^Plan B: \d+ careers that reuse the same preparation$/ })
      .first()
      .click();
    assert.ok((await page.locator('.mp-plan-b li').count()) > 0);
    await context.close();
  });
});
