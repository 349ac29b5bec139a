import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_CONTENT } from '../support/content.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Why browser tests may not run here, or null when they must. Outside CI a machine without
 * Chromium skips them with this reason; in CI a missing browser is a failure, not a skip.
 */
export function browserSkipReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.env.CI) return null;
  return `no Chromium at ${CHROMIUM} (apt-get install chromium); browser tests skipped`;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

export interface BrowserSession {
  app: TestApp;
  browser: Browser;
  /** http://127.0.0.1:<port> of the app under test. */
  base: string;
}

/**
 * Registers before/after hooks in the calling suite: the real app on a real port, loaded
 * with the repository's catalog (or as `start` builds it), and one Chromium. Read the fields inside tests.
 */
export function servedAppWithBrowser(start: () => Promise<TestApp> = () => startTestApp('sqlite', REPO_CONTENT)): BrowserSession {
  const session = {} as BrowserSession;
  before(async () => {
    session.app = await start();
    session.base = await session.app.app.listen({ port: 0, host: '127.0.0.1' });
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.app?.close();
  });
  return session;
}

/** Console errors and uncaught exceptions of a page (CSP violations show up here). */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
