/**
 * axe-core (every rule it runs by default: WCAG 2.x A/AA and best practices, plus WCAG 2.2's
 * target size, which Lighthouse checks too) on every public page at phone and desktop width:
 * no violation of any impact. axe is evaluated in the page
 * over the DevTools protocol, so the page's own strict CSP stays on while it runs.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import type { AxeResults } from 'axe-core';
import { browserSkipReason, servedAppWithBrowser } from './browser.ts';
import { ALL_PAGES, VIEWPORTS, openSitePage, startSiteApp } from './site-pages.ts';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One line a violation: rule, impact, what it asks, and the first elements it found. */
function describeViolations(results: Pick<AxeResults, 'violations'>): string[] {
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}, ${v.nodes.length}×): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}`,
  );
}

describe('axe: no accessibility violations on any page', { skip: skip ?? false }, () => {
  const session = servedAppWithBrowser(startSiteApp);

  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    for (const sitePage of ALL_PAGES) {
      const { name, path } = sitePage;
      it(`${name} (${path}) at ${viewport.width} px`, async () => {
        const { page, errors } = await openSitePage(session, sitePage, viewport);
        await page.evaluate(AXE_SOURCE);
        const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'], rules: { 'target-size': { enabled: true } } }));
        const found = describeViolations(results);
        assert.deepEqual(found, [], `${found.length} axe rules fail on ${path} at ${width} width:\n${found.join('\n')}`);
        assert.deepEqual(errors(), [], 'no console errors (CSP violations show up here)');
        await page.close();
      });
    }
  }
});

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}
