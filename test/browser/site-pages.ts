/**
 * Every page a visitor can reach without an account, in the states that draw different
 * parts (empty, with results, with none), taken from the route table. The accessibility and
 * phone-layout tests walk this one list, so a page added here is checked by both.
 */
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
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
  /** Opened by a signed-in person. */
  signedIn?: boolean;
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
  { name: 'guardian consent', path: '/consent/a-token-from-the-email', status: 200 },
  { name: 'API documentation', path: '/docs', status: 200 },
  { name: 'not found', path: '/no-such-page', status: 404 },
  // the Hindi interface: a translated career, an untranslated one (English marked as English), the tools
  { name: 'Hindi home', path: '/hi', status: 200 },
  { name: 'Hindi career, translated', path: '/hi/careers/doctor-mbbs', status: 200 },
  { name: 'Hindi career, in English', path: '/hi/careers/backend-developer', status: 200 },
  { name: 'Hindi finder with results', path: '/hi/finder?q=nurse', status: 200 },
  { name: 'Hindi compare', path: '/hi/compare?careers=staff-nurse,doctor-mbbs', status: 200 },
  { name: 'Hindi match with answers', path: `/hi/match?${MATCH_ANSWERS}`, status: 200 },
  { name: 'Hindi not found', path: '/hi/no-such-page', status: 404 },
];

/** The pages of a signed-in person (the editor's pages, for staff, are not in this list). */
export const SIGNED_IN_PAGES: readonly SitePage[] = [
  { name: 'my careers', path: '/me', status: 200, signedIn: true },
  { name: 'save a career', path: '/me/save/electrician', status: 200, signedIn: true },
  { name: 'my plan', path: '/me/plans/electrician', status: 200, signedIn: true },
  { name: 'my data', path: '/me/export', status: 200, signedIn: true },
];

export const ALL_PAGES: readonly SitePage[] = [...SITE_PAGES, ...SIGNED_IN_PAGES];

export const VIEWPORTS = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 900 },
} as const;

/** The app with the O*NET fixture imported, so occupation pages and links exist. */
export const startSiteApp = (): Promise<TestApp> => startOnetTestApp('sqlite', REPO_CONTENT, FIXTURE);

/**
 * Opens a page of the list in a new browser context at `viewport` (signed in as a new adult
 * account when asked), asserting its status, once its scripts have run, with every <details> open. `errors` are the console errors but the
 * not-found page's own 404.
 */
export async function openSitePage(session: BrowserSession, { path, status, signedIn }: SitePage, viewport: Viewport) {
  const context = await session.browser.newContext({ viewport });
  if (signedIn) await signUp(session, context);
  const page: Page = await context.newPage();
  page.once('close', () => void context.close());
  const all = pageErrors(page);
  const response = await page.goto(`${session.base}${path}`, { waitUntil: 'load' });
  assert.equal(response?.status(), status, `${path} answers ${status}`);
  assert.equal(new URL(page.url()).pathname, path.split('?')[0], `${path} is not sent elsewhere (a log-in page)`);
  // what a <details> hides is checked too: a reader may open any of them
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const errors = () => all.filter((e) => !(status === 404 && e.includes('status of 404')));
  return { page, errors };
}

type Viewport = { width: number; height: number };

let accounts = 0;

/** Signs `context` up as a new adult account through the sign-up form's POST (no JavaScript needed). */
async function signUp(session: BrowserSession, context: BrowserContext) {
  const form = { email: `reader-${++accounts}@example.com`, password: 'a long enough pass phrase', birthYear: '1998' };
  const response = await context.request.post(`${session.base}/signup`, { form, maxRedirects: 0 });
  assert.equal(response.status(), 303, `sign-up answers ${response.status()}`);
}
