import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSkipReason, pageErrors, servedAppWithBrowser } from './browser.ts';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

const cardTitles = (page: Page) => page.locator('.results-list h3').allTextContents();

describe('finder and compare in a real browser', { skip: skip ?? false }, () => {
  const session = servedAppWithBrowser();

  it('finds a misspelt career as you type, filters, and compares two careers', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = pageErrors(page);
    await page.goto(`${session.base}/finder`);

    await page.getByLabel('Search careers').fill('bakend devloper');
    await page.getByRole('status').filter({ hasText: '“bakend devloper”' }).waitFor();
    assert.equal((await cardTitles(page))[0], 'Backend Developer');
    assert.match(page.url(), /\/finder\?q=bakend\+devloper$/, 'the address bar holds the search');

    await page.locator('summary', { hasText: 'Remote-friendly' }).click();
    const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/careers') && r.url().includes('remote=high'));
    await page.getByRole('group', { name: 'Remote-friendly' }).getByRole('checkbox', { name: /^High/ }).check();
    await filtered;
    await page.waitForURL(/remote=high/);
    const titles = await cardTitles(page);
    assert.ok(titles.length > 0 && titles.includes('Backend Developer'), titles.join());
    for (const title of titles) assert.equal(session.app.catalog.profiles.find((p) => p.title === title)!.remote, 'high', title);

    await page.getByRole('checkbox', { name: 'Add Backend Developer to compare' }).check();
    await page.getByRole('checkbox', { name: 'Add Frontend Developer to compare' }).check();
    await page.getByText('2 of 4 selected').waitFor();
    await page.getByRole('button', { name: 'Compare selected' }).click();

    await page.waitForURL(/\/compare\?careers=backend-developer,frontend-developer$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Compare Backend Developer vs Frontend Developer');
    const header = page.getByRole('region', { name: 'At a glance' }).getByRole('columnheader');
    assert.deepEqual((await header.allTextContents()).slice(1), ['Backend Developer', 'Frontend Developer']);
    assert.deepEqual(errors, [], 'no console errors (CSP violations show up here)');
    await page.close();
  });

  it('works without JavaScript: search, tick two careers, compare', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${session.base}/finder`);
    await page.getByLabel('Search careers').fill('data analyst');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/q=data\+analyst/);
    assert.equal((await cardTitles(page))[0], 'Data Analyst');
    await page.getByRole('checkbox', { name: 'Add Data Analyst to compare' }).check();
    await page.getByRole('checkbox', { name: 'Add Business Analyst to compare' }).check();
    await page.getByRole('button', { name: 'Compare selected' }).click();
    await page.waitForURL(/\/compare\?careers=data-analyst,business-analyst$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Compare Data Analyst vs Business Analyst');
    await context.close();
  });

  it('answers a Hindi query and a Hinglish one, and never ends a search that finds nothing', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = pageErrors(page);
    await page.goto(`${session.base}/finder`);
    const search = page.getByLabel('Search careers');

    await search.fill('डॉक्टर');
    await page.getByRole('status').filter({ hasText: '“डॉक्टर”' }).waitFor();
    assert.match((await cardTitles(page))[0] ?? '', /Doctor/);

    await search.fill('sarkari naukri');
    await page.getByRole('status').filter({ hasText: '“sarkari naukri”' }).waitFor();
    const government = await cardTitles(page);
    assert.ok(government.length >= 3, government.join());
    const categoryOf = (title: string) => session.app.catalog.profiles.find((p) => p.title === title)?.category;
    // sarkari = government: most of the top three are government posts (a government school teacher counts under Education)
    const posts = government.slice(0, 3).filter((t) => categoryOf(t) === 'Government and Public Service' || /Government/.test(t));
    assert.ok(posts.length >= 2, government.join());

    await search.fill('bnk');
    await page.getByText('No careers match.').waitFor();
    await page.getByRole('link', { name: 'bank' }).click();
    await page.waitForURL(/\/finder\?q=bank$/);
    assert.ok((await cardTitles(page)).some((t) => /Bank/.test(t)));
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('works in Hindi under /hi: searches as you type, keeps the Hindi address, compares in Hindi', async () => {
    const page = await session.browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors = pageErrors(page);
    await page.goto(`${session.base}/hi/finder`);
    await page.getByLabel('करियर खोजें', { exact: true }).fill('nurse');
    await page.getByRole('status').filter({ hasText: '“nurse” के लिए' }).waitFor();
    assert.equal((await cardTitles(page))[0], 'स्टाफ़ नर्स', 'the translated title');
    assert.match(page.url(), /\/hi\/finder\?q=nurse$/, 'the address bar keeps the Hindi page');
    assert.match((await page.locator('.results-list .salary').first().textContent()) ?? '', /लाख\/वर्ष/, 'fetched results are worded in Hindi');
    assert.equal(await page.locator('.results-list h3 a').first().getAttribute('href'), '/hi/careers/staff-nurse');

    await page.getByRole('checkbox', { name: 'स्टाफ़ नर्स को तुलना में जोड़ें' }).check();
    await page.getByRole('checkbox', { name: 'Auxiliary Nurse Midwife (ANM) को तुलना में जोड़ें' }).check();
    await page.getByText('4 में से 2 चुने गए।').waitFor();
    await page.getByRole('button', { name: 'चुने हुए करियर की तुलना करें' }).click();
    await page.waitForURL(/\/hi\/compare\?careers=staff-nurse,auxiliary-nurse-midwife$/);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'स्टाफ़ नर्स बनाम Auxiliary Nurse Midwife (ANM) की तुलना');
    assert.deepEqual(errors, [], 'no console errors (CSP violations show up here)');
    await page.close();
  });

  it('draws every Hindi compare chart value inside its chart on a 360 px phone', async () => {
    const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${session.base}/hi/compare?careers=backend-developer,staff-nurse,chartered-accountant,data-analyst`);
    const outside = await page.evaluate(() =>
      Array.from(document.querySelectorAll<SVGSVGElement>('.compare-chart svg')).flatMap((svg) =>
        Array.from(svg.querySelectorAll<SVGTextElement>('text'))
          .filter((text) => text.getBBox().x + text.getBBox().width > svg.viewBox.baseVal.width)
          .map((text) => text.textContent),
      ),
    );
    assert.ok(outside.length === 0 && (await page.locator('.compare-chart text').count()) > 0, `cut off: ${outside.join(', ')}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await page.close();
  });

  for (const path of ['/finder?q=engineer&careers=civil-engineer', '/compare?careers=backend-developer,staff-nurse,chartered-accountant,data-analyst']) {
    it(`fits a 360 px phone without sideways scrolling: ${path}`, async () => {
      const page = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
      await page.goto(`${session.base}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
      await page.close();
    });
  }

  it('shows the first result on the first screen of a 360 px phone, filters folded until tapped; a desktop shows them open', async () => {
    const phone = await session.browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/finder?q=nurse', '/hi/finder?q=nurse', '/finder?q=accountant&demand=high']) {
      await phone.goto(`${session.base}${path}`);
      const first = phone.locator('.results-list .result h3').first();
      const box = (await first.boundingBox())!;
      assert.ok(box.y + box.height <= 740, `${path}: the first result's name ends at ${Math.round(box.y + box.height)}px of a 740px screen`);
    }
    await phone.goto(`${session.base}/finder?q=nurse`);
    const demand = phone.locator('summary', { hasText: 'Demand' });
    assert.equal(await demand.isVisible(), false, 'filters folded on a phone');
    await phone.getByRole('heading', { name: 'Filters' }).click();
    assert.ok(await demand.isVisible(), 'a tap opens them');
    await phone.close();
    const desktop = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await desktop.goto(`${session.base}/finder?q=nurse`);
    assert.ok(await desktop.locator('summary', { hasText: 'Demand' }).isVisible(), 'a desktop shows the filters without a tap');
    await desktop.close();
  });
});
