/**
 * Every public page on a 360 px phone: nothing wider than the screen, nothing cut off inside
 * a sideways-scrolling box, and chart text drawn at 12 CSS px or more. Failures name the
 * elements, so the fix can start from the message.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserSkipReason, servedAppWithBrowser } from './browser.ts';
import { ALL_PAGES, VIEWPORTS, openSitePage, startSiteApp } from './site-pages.ts';

const skip = browserSkipReason();
if (skip) console.log(`# ${skip}`);

const MIN_CHART_TEXT_PX = 12;

interface Layout {
  scrollWidth: number;
  innerWidth: number;
  /** Elements reaching past either edge of the screen, outermost first. */
  wide: string[];
  /** Boxes that scroll sideways because their content is wider than they are. */
  clipped: string[];
  /** SVG texts on screen with the size they are drawn at. */
  chartText: Array<{ text: string; px: number }>;
}

/** Runs in the page: measures what a phone user would see. */
function measure(): Layout {
  const name = (el: Element) => {
    const id = el.id ? `#${el.id}` : '';
    const classes = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${id}${classes} "${text}"`;
  };
  const visible = (el: Element) => el.getClientRects().length > 0;
  const all = Array.from(document.body.querySelectorAll('*')).filter(visible);
  const width = window.innerWidth;
  // content of a box that clips or scrolls does not widen the page (the scroll check below sees it)
  const clippedByBox = (el: Node) => {
    for (let box = el.parentElement; box && box !== document.body; box = box.parentElement) if (getComputedStyle(box).overflowX !== 'visible') return true;
    return false;
  };
  const past = all.filter((el) => el.getBoundingClientRect().right > width + 1 && !clippedByBox(el));
  // text that runs out of its box (a long word in a flex item) widens the page while its box does not
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || past.includes(parent) || !visible(parent) || clippedByBox(node)) continue;
    range.selectNodeContents(node);
    if (range.getBoundingClientRect().right > width + 1) past.push(parent);
  }
  // an element inside another one that is too wide says nothing new
  const wide = past.filter((el) => !past.some((other) => other !== el && other.contains(el))).map(name);
  const clipped = all
    .filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
    .map((el) => `${name(el)} (${el.scrollWidth} px of content in ${el.clientWidth} px${el.querySelector('table') ? ', a table' : ''})`);
  const chartText = Array.from(document.querySelectorAll<SVGTextElement>('svg text'))
    .filter(visible)
    .map((t) => {
      const ctm = t.getScreenCTM();
      const scale = ctm ? Math.hypot(ctm.a, ctm.b) : 0;
      return { text: (t.textContent ?? '').trim().slice(0, 40), px: parseFloat(getComputedStyle(t).fontSize) * scale };
    });
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide, clipped, chartText };
}

describe('phone layout at 360 px', { skip: skip ?? false }, () => {
  const session = servedAppWithBrowser(startSiteApp);

  for (const sitePage of ALL_PAGES) {
    it(`${sitePage.name} (${sitePage.path})`, async () => {
      const { page } = await openSitePage(session, sitePage, VIEWPORTS.phone);
      // tsx keeps function names with a __name() helper that the page does not have
      await page.evaluate('window.__name = (fn) => fn');
      const layout = await page.evaluate(measure);
      await page.close();
      assert.ok(
        layout.scrollWidth <= layout.innerWidth && layout.wide.length === 0,
        `the page is ${layout.scrollWidth} px wide on a ${layout.innerWidth} px screen; past the edge:\n${layout.wide.join('\n')}`,
      );
      assert.deepEqual(layout.clipped, [], 'nothing is cut off inside a sideways-scrolling box');
      const small = layout.chartText.filter((t) => t.px < MIN_CHART_TEXT_PX).map((t) => `"${t.text}" at ${t.px.toFixed(1)} px`);
      assert.deepEqual(small, [], `chart text is ${MIN_CHART_TEXT_PX} px or more`);
    });
  }
});
