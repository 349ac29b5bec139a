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
    it(`shows every section heading on a ${name}, folded sections opening on a tap, without sideways scrolling`, async () => {
      const page = await session.browser.newPage({ viewport });
      const errors = pageErrors(page);
      await page.goto(`${session.base}/careers/backend-developer`);
      const inside = new Set<string>([SECTIONS.mainRole.id, SECTIONS.bestFitFor.id, SECTIONS.notBestFor.id]);
      for (const section of Object.values(SECTIONS).filter((x) => !inside.has(x.id))) {
        const heading = page.getByRole('heading', { level: 2, name: section.heading('Backend Developer'), exact: true });
        await heading.scrollIntoViewIfNeeded();
        assert.ok(await heading.isVisible(), `${section.heading('Backend Developer')} is visible`);
      }
      // Overview is folded: its blocks show after a tap on its heading
      const mainRole = page.getByRole('heading', { level: 3, name: SECTIONS.mainRole.heading(''), exact: true });
      assert.equal(await mainRole.isVisible(), false, 'a folded section hides its body');
      await page.getByRole('heading', { level: 2, name: 'Overview', exact: true }).click();
      assert.ok(await mainRole.isVisible(), 'a tap on the heading opens the section');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the ${name} screen`);
      assert.deepEqual(errors, [], 'no console errors (CSP violations show up here)');
      await page.close();
    });
  }

  it('keeps "On this page" on screen while reading, and its links open the folded section they point at', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${session.base}/careers/staff-nurse`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const firstScreen = await page.evaluate(() => document.querySelector('.sticky-toc')!.getBoundingClientRect().height);
    assert.ok(firstScreen < 80, `the navigation takes ${firstScreen}px of the screen folded`);
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(100);
    const top = await page.evaluate(() => document.querySelector('.sticky-toc')!.getBoundingClientRect().top);
    assert.equal(Math.round(top), 0, 'the navigation sticks to the top of the screen');
    await toc.getByText('On this page').click();
    await toc.getByRole('link', { name: 'Career risks and challenges' }).click();
    const risk = page.locator('#risks .card').first();
    await risk.waitFor({ state: 'visible' });
    assert.ok(await risk.isVisible(), 'the risks section opened');
    assert.equal(await toc.getByRole('link', { name: 'Career risks and challenges' }).isVisible(), false, 'the list folded again');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.close();
    // folded, the phone page is a few screens to scan rather than tens
    const fresh = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    await fresh.goto(`${session.base}/careers/staff-nurse`);
    const folded = await fresh.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(folded < height, 'opening a section makes the page longer');
    await fresh.close();
  });

  it('draws progression with the pay of each stage, legibly on a phone', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${session.base}/careers/staff-nurse#progression`);
    const chart = page.locator('#progression .progression-chart svg.chart-narrow');
    await chart.waitFor({ state: 'visible' });
    const labels = await chart.locator('text.chart-value').allTextContents();
    assert.ok(labels.length >= 3, 'one label per stage');
    assert.ok(
      labels.some((l) => /₹\d/.test(l)),
      `a stage shows its pay: ${labels.join(' | ')}`,
    );
    const size = await chart.evaluate(
      (svg: SVGSVGElement) =>
        (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * parseFloat(getComputedStyle(svg.querySelector('text')!).fontSize),
    );
    assert.ok(size >= 12, `progression chart text is ${size.toFixed(1)} px`);
    assert.match((await chart.locator('desc').textContent()) ?? '', /Entry \(0-1 year\): ₹/);
    await page.close();
  });

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
      // chart text as drawn on the screen: font size × the drawing's scale
      const sizes = await page.evaluate(() =>
        Array.from(document.querySelectorAll<SVGSVGElement>('.chart svg'))
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .map((svg) => (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * parseFloat(getComputedStyle(svg.querySelector('text')!).fontSize)),
      );
      for (const size of sizes) assert.ok(size >= 12, `chart text is ${size.toFixed(1)} px on the phone`);
      await page.close();
    });
  }

  it('prints a career on at most five A4 pages, the longest profile included', async () => {
    const page = await session.browser.newPage();
    for (const slug of ['doctor-mbbs', 'backend-developer', 'clinical-psychologist']) {
      await page.goto(`${session.base}/careers/${slug}`);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const pages = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 1 && pages <= 5, `${slug} prints on ${pages} pages`);
    }
    await page.close();
  });

  it('links similar careers to their pages', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.base}/careers/backend-developer`);
    // The curated list; computed similarity and transitions link the same career further down.
    await page.getByRole('heading', { level: 2, name: 'Similar careers', exact: true }).click();
    await page.locator('#similar-careers').getByRole('link', { name: 'Software Developer', exact: true }).click();
    await page.waitForURL(/\/careers\/software-developer$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Software Developer Career Path in India');
    await page.close();
  });
});
