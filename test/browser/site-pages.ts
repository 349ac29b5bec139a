/**
 * Every page a visitor can reach without an account, in the states that draw different
 * parts (empty, with results, with none), taken from the route table. The accessibility and
 * phone-layout tests walk this one list, so a page added here is checked by both.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { FIXTURE } from '../../src/onet/onet-test-fixture.ts';
import { startOnetTestApp } from '../support/onet-app.ts';
import { REPO_CONTENT } from '../support/content.ts';
import type { TestApp } from '../support/test-app.ts';
import { pageErrors, type BrowserSession } from './browser.ts';

export interface SitePage {
  name: string;
  path: string;
  /** The HTTP status the page answers with (404 for the not-found page). */
  status: number;
}

const MATCH_ANSWERS = new URLSearchParams([
  ['degree', 'BCA'],
  ['skill', 'JavaScript'],
  ['skill', 'SQL'],
  ['skill', 'git'],
  ['code', 'yes'],
  ['remote', 'prefer'],
  ['hours', '8'],
]).toString();

export const SITE_PAGES: readonly SitePage[] = [
  { name: 'home', path: '/', status: 200 },
  { name: 'career', path: '/careers/backend-developer', status: 200 },
  { name: 'career with exams', path: '/careers/doctor-mbbs', status: 200 },
  { name: 'category', path: '/categories/software-development', status: 200 },
  { name: 'finder', path: '/finder', status: 200 },
  { name: 'finder with results', path: '/finder?q=developer', status: 200 },
  { name: 'finder with no results', path: '/finder?q=qqzzxxkk', status: 200 },
  { name: 'compare, empty', path: '/compare', status: 200 },
  { name: 'compare two careers', path: '/compare?careers=backend-developer,data-analyst', status: 200 },
  { name: 'match, empty', path: '/match', status: 200 },
  { name: 'match with answers', path: `/match?${MATCH_ANSWERS}`, status: 200 },
  { name: 'titles with a query', path: '/titles?q=SDE-1', status: 200 },
  { name: 'occupation', path: '/occupations/15-1252.00', status: 200 },
  { name: 'sign up', path: '/signup', status: 200 },
  { name: 'log in', path: '/login', status: 200 },
  { name: 'privacy', path: '/privacy', status: 200 },
  { name: 'API documentation', path: '/docs', status: 200 },
  { name: 'not found', path: '/no-such-page', status: 404 },
];

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const;

/** The app with the O*NET fixture imported, so occupation pages and links exist. */
export const startSiteApp = (): Promise<TestApp> => startOnetTestApp('sqlite', REPO_CONTENT, FIXTURE);

/**
 * Opens a page of the list in a new tab at `viewport`, asserting its status, once its
 * scripts have run, with every <details> open. `errors` are the console errors but the
 * not-found page's own 404.
 */
export async function openSitePage(session: BrowserSession, { path, status }: SitePage, viewport: { width: number; height: number }) {
  const page: Page = await session.browser.newPage({ viewport });
  const all = pageErrors(page);
  const response = await page.goto(`${session.base}${path}`, { waitUntil: 'load' });
  assert.equal(response?.status(), status, `${path} answers ${status}`);
  // what a <details> hides is checked too: a reader may open any of them
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const errors = () => all.filter((e) => !(status === 404 && e.includes('status of 404')));
  return { page, errors };
}
