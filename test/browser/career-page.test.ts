import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { SECTIONS } from '../../src/careers/section-copy.ts';
import { REPO_CONTENT } from '../support/content.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';
import { browserSkipReason, launchBrowser } from './browser.ts';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

describe('career page in a real browser', { skip: skip ?? false }, () => {
  let t: TestApp;
  let browser: Browser;
  let base: string;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
    base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const [name, viewport] of [
    ['phone', { width: 360, height: 740 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    it(`shows every section heading on a ${name} without sideways scrolling`, async () => {
      const page = await browser.newPage({ viewport });
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(`${base}/careers/backend-developer`);
      for (const section of Object.values(SECTIONS)) {
        const heading = page.getByRole('heading', { name: section.heading('Backend Developer'), exact: true });
        await heading.scrollIntoViewIfNeeded();
        assert.ok(await heading.isVisible(), `${section.heading('Backend Developer')} is visible`);
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the ${name} screen`);
      assert.deepEqual(errors, [], 'no console errors (CSP violations show up here)');
      await page.close();
    });
  }

  it('links similar careers to their pages', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/careers/backend-developer`);
    // The curated list; computed similarity and transitions link the same career further down.
    await page.locator('#similar-careers').getByRole('link', { name: 'Software Developer', exact: true }).click();
    await page.waitForURL(/\/careers\/software-developer$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Software Developer Career Path in India');
    await page.close();
  });
});
