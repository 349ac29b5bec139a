import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyReply } from 'fastify';
import Type from 'typebox';
import type { CareerCatalog } from '../../catalog/career-catalog.ts';
import type { SnapshotStore } from '../../catalog/snapshot.ts';
import { selectionSlugs } from '../../compare/compare.ts';
import type { FieldError } from '../../errors.ts';
import { finderOf } from '../../finder/finder-facts.ts';
import { DEFAULT_LIMIT, MAX_COMPARE } from '../../finder/finder-options.ts';
import { queryTag } from '../../http/query-hygiene.ts';
import { FinderQuery, type FinderResult } from '../../finder/finder.schema.ts';
import { runFinder } from '../../finder/finder.ts';
import { errorHandler } from '../../http/error-handler.ts';
import { notModified } from '../../http/cache.ts';
import { assetUrl } from '../assets.ts';
import { FinderApp } from './finder-app.tsx';
import { FINDER_MODEL_ID, FINDER_ROOT_ID } from './finder-page-ids.ts';
import { EMPTY_STATE, LIST_KEYS, finderUrl, stateFromQuery, type CompareChoice, type FinderModel } from './finder-state.ts';
import { renderPage } from '../layout.tsx';
import { jsonBlock } from '../json-block.ts';
import { pageFieldErrors } from '../page-errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import { snapshotWords } from '../snapshot-words.ts';
import { finderMessages } from './finder.messages.ts';

const FinderPageQuery = Type.Object(
  { ...FinderQuery.properties, careers: Type.Optional(Type.Array(Type.String({ maxLength: 400 }), { maxItems: 8 })) },
  { additionalProperties: false },
);
const DEFAULT_QUERY: FinderQuery = { segment: 'headline', level: 'entry', sort: 'relevance', limit: DEFAULT_LIMIT };
const HTML = 'text/html; charset=utf-8';

function finderPage(model: FinderModel, total: number, locale: Locale): string {
  const m = finderMessages[locale];
  const q = model.state.q.trim();
  return renderPage(
    {
      title: q ? m.searchTitle(q) : m.pageTitle,
      description: m.description(total),
      path: '/finder',
      // the language switch keeps the same search, filters and selection
      switchPath: finderUrl(model.state, model.compare),
      scripts: [assetUrl('finder')],
    },
    <>
      {/* with a search made, a phone skips the introduction so the first results are on the first screen */}
      <header class={model.state.q ? 'hero searching' : 'hero'}>
        <h1>{m.heading}</h1>
        <p class="summary">{m.intro(total)}</p>
      </header>
      <div id={FINDER_ROOT_ID}>
        <FinderApp initial={model} />
      </div>
      <script type="application/json" id={FINDER_MODEL_ID} dangerouslySetInnerHTML={{ __html: jsonBlock(model) }} />
    </>,
    locale,
  );
}

/** Known careers of a compare selection carried in the finder URL; unknown ones are dropped. */
function compareChoices(catalog: CareerCatalog, values: readonly string[] | undefined): CompareChoice[] {
  const slugs = [...new Set(selectionSlugs(values))].filter((s) => catalog.get(s));
  return slugs.slice(0, MAX_COMPARE).map((slug) => ({ slug, title: catalog.get(slug)!.title }));
}

/** The form shows each named filter as the finder resolved it (a category slug, a skill's spelling). */
function resolvedState(query: FinderQuery, result: FinderResult) {
  const state = stateFromQuery(query);
  for (const key of LIST_KEYS) state[key] = result.facets[key].filter((v) => v.selected).map((v) => v.value);
  return state;
}

/** GET /finder: the finder as a page, complete without JavaScript; every state has its own URL. */
export const finderPageRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore; locale: Locale }> = async (app, { store, locale }) => {
  const send = (reply: FastifyReply, status: number, model: FinderModel, catalog: CareerCatalog) =>
    reply
      .code(status)
      .type(HTML)
      .send(finderPage(model, catalog.profiles.length, locale));

  app.setErrorHandler((error, request, reply) => {
    const errors: FieldError[] | null = pageFieldErrors(error);
    if (!errors) return errorHandler(error as FastifyError, request, reply);
    const snapshot = store.current();
    const model = { state: EMPTY_STATE, result: runFinder(finderOf(snapshot), DEFAULT_QUERY), compare: [], errors, words: snapshotWords(snapshot, locale) };
    return send(reply, 400, model, snapshot.catalog);
  });

  app.get('/finder', { schema: { querystring: FinderPageQuery, hide: true } }, async (request, reply) => {
    const snapshot = store.current();
    const { catalog } = snapshot;
    const { careers, ...query } = request.query;
    const result = runFinder(finderOf(snapshot), query);
    const model: FinderModel = {
      state: resolvedState(query, result),
      result,
      compare: compareChoices(catalog, careers),
      errors: [],
      words: snapshotWords(snapshot, locale),
    };
    if (notModified(request, reply, `"${snapshot.version}:${locale}:finder:${queryTag(request.query)}"`)) return reply;
    return send(reply, 200, model, catalog);
  });
};
