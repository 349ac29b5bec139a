/**
 * The account flow in a real browser (issue 13): save a career on this device without an
 * account, sign up (the saved career moves into the account), tick a plan step without
 * JavaScript, export, delete. Usable at 360 px.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserSkipReason, pageErrors, servedAppWithBrowser } from './browser.ts';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

describe('accounts in a real browser', { skip: skip ?? false }, () => {
  const session = servedAppWithBrowser();

  it('saves on the device, signs up and keeps it, ticks a step, exports and deletes', async () => {
    const context = await session.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const errors = pageErrors(page);

    await page.goto(`${session.base}/careers/electrician`);
    await page.getByRole('link', { name: 'Save this career' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved on this device' }).waitFor();
    // the roadmap is folded on the page: open it as a reader would
    await page.getByRole('heading', { level: 2, name: 'Electrician roadmap' }).click();
    const firstStep = page.locator('[data-plan-career] li').first().getByLabel('Done');
    await firstStep.check();
    await page.getByRole('status').filter({ hasText: 'on this device' }).waitFor();

    await page.goto(`${session.base}/signup`);
    await page.getByLabel('Email', { exact: true }).fill('browser@example.com');
    await page.getByLabel('Password', { exact: true }).fill('a long enough pass phrase');
    await page.getByLabel('Year of birth').fill('1998');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForURL(/\/me$/);
    // the island merges what the device kept, then shows the account's list
    await page.getByRole('link', { name: 'Electrician', exact: true }).waitFor();
    assert.equal(await page.evaluate(() => localStorage.getItem('careerpath:my-plan:v1')), null, 'nothing is left on the device');

    await page.getByRole('link', { name: 'My plan for Electrician' }).click();
    await page.getByText(/^1 of \d+ steps done\.$/).waitFor();
    const second = page.locator('.plan-step').nth(1);
    await second.getByRole('button', { name: /done$/ }).click();
    await page.getByText(/^2 of \d+ steps done\.$/).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the plan is ${overflow}px wider than the phone`);

    await page.goto(`${session.base}/me/export`);
    const exported = JSON.parse((await page.locator('pre.export').textContent()) ?? '{}');
    assert.equal(exported.account.email, 'browser@example.com');
    assert.deepEqual(
      exported.savedCareers.map((s: { slug: string }) => s.slug),
      ['electrician'],
    );
    assert.equal(exported.progress.filter((p: { status: string }) => p.status === 'done').length, 2);

    await page.goto(`${session.base}/me`);
    await page.getByLabel('Your password').fill('a long enough pass phrase');
    await page.getByRole('button', { name: 'Delete my account and all my data' }).click();
    await page.getByRole('heading', { name: 'Your account is deleted' }).waitFor();
    await page.goto(`${session.base}/me`);
    await page.waitForURL(/\/login\?next=%2Fme$/);
    assert.deepEqual(errors, [], 'no console errors (CSP violations show up here)');
    await context.close();
  });
});
