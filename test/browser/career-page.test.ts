import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SECTIONS } from '../../src/careers/section-copy.ts';
import { browserSkipReason, pageErrors, servedAppWithBrowser } from './browser.ts';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

describe('career page in a real browser', { skip: skip ?? false }, () => {
  const session = servedAppWithBrowser();

  for (const [name, viewport] of [
    ['phone', { width: 360, height: 740 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const) {
    it(`shows every section heading on a ${name} without sideways scrolling`, async () => {
      const page = await session.browser.newPage({ viewport });
      const errors = pageErrors(page);
      await page.goto(`${session.base}/careers/backend-developer`);
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

  for (const path of ['/careers/doctor-mbbs', '/compare?careers=backend-developer,staff-nurse,chartered-accountant,data-analyst']) {
    it(`shows every table whole on a 360 px phone, each value named: ${path}`, async () => {
      const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${session.base}${path}`);
      const clipped = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.table-wrap'))
          .filter((box) => box.scrollWidth > box.clientWidth + 1)
          .map((box) => box.getAttribute('aria-label')),
      );
      assert.deepEqual(clipped, [], 'no table is cut off inside a sideways-scrolling box');
      const wide = await page.evaluate(
        () => Array.from(document.querySelectorAll('main *')).filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1).length,
      );
      assert.equal(wide, 0, 'no element is wider than the screen');
      const label = await page.evaluate(() => {
        const cell = document.querySelector('.stack td[data-label]');
        return cell ? getComputedStyle(cell, '::before').content : null;
      });
      assert.match(label ?? '', /^".+: "$/, 'each cell says which column it is');
      await page.close();
    });
  }

  it('links similar careers to their pages', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.base}/careers/backend-developer`);
    // The curated list; computed similarity and transitions link the same career further down.
    await page.locator('#similar-careers').getByRole('link', { name: 'Software Developer', exact: true }).click();
    await page.waitForURL(/\/careers\/software-developer$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Software Developer Career Path in India');
    await page.close();
  });
});
