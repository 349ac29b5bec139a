/**
 * Browser entry of the finder page: hydrates the server-rendered finder with the model the
 * server serialised into the page (a JSON data block, which the strict CSP allows).
 */
import { hydrate } from 'preact';
import { FinderApp } from '../finder/finder-app.tsx';
import { FINDER_MODEL_ID, FINDER_ROOT_ID } from '../finder/finder-page-ids.ts';
import type { FinderModel } from '../finder/finder-state.ts';

const root = document.getElementById(FINDER_ROOT_ID);
const data = document.getElementById(FINDER_MODEL_ID);
if (root && data?.textContent) {
  const model = JSON.parse(data.textContent) as FinderModel;
  hydrate(<FinderApp initial={model} />, root);
}
