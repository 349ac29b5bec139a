/**
 * Browser entry of the finder page: hydrates the server-rendered finder with the model the
 * server serialised into the page (a JSON data block, which the strict CSP allows), in the
 * page's language (the lang of <html>, set by the server).
 */
import { hydrate } from 'preact';
import { FinderApp } from '../finder/finder-app.tsx';
import { FINDER_MODEL_ID, FINDER_ROOT_ID } from '../finder/finder-page-ids.ts';
import type { FinderModel } from '../finder/finder-state.ts';
import { LocaleContext } from '../locale-context.tsx';

const root = document.getElementById(FINDER_ROOT_ID);
const data = document.getElementById(FINDER_MODEL_ID);
if (root && data?.textContent) {
  const model = JSON.parse(data.textContent) as FinderModel;
  const locale = document.documentElement.lang.startsWith('hi') ? 'hi' : 'en';
  hydrate(
    <LocaleContext.Provider value={locale}>
      <FinderApp initial={model} />
    </LocaleContext.Provider>,
    root,
  );
}
