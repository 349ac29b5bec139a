import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyReply } from 'fastify';
import type { CatalogSnapshot, SnapshotStore } from '../../catalog/snapshot.ts';
import { CompareQuery } from '../../compare/compare.schema.ts';
import { compareCareers, selectionProblems, selectionSlugs, type SelectionProblem } from '../../compare/compare.ts';
import type { FieldError } from '../../errors.ts';
import { notModified } from '../../http/cache.ts';
import { errorHandler } from '../../http/error-handler.ts';
import { localePath, type Locale } from '../../i18n/locale.ts';
import { ComparePage } from './compare-page.tsx';
import { ComparePickerPage } from './compare-picker.tsx';
import { compareMessages } from './compare.messages.ts';
import { titleIn } from '../content-words.tsx';
import { snapshotWords } from '../snapshot-words.ts';
import { renderPage } from '../layout.tsx';
import { pageFieldErrors } from '../page-errors.ts';

const HTML = 'text/html; charset=utf-8';

/**
 * GET /compare?careers=a,b[,c[,d]]: the comparison page. Without careers it offers a picker;
 * a bad selection gets the picker and the reasons (400). A selection sent by a form (repeated
 * parameters, the finder's other fields) is redirected to its one canonical URL.
 */
export const comparePageRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore; locale: Locale }> = async (app, { store, locale }) => {
  const m = compareMessages[locale];
  const picker = (reply: FastifyReply, status: number, chosen: string[], problems: SelectionProblem[], invalid: FieldError[]) => {
    const snapshot = store.current();
    return reply
      .code(status)
      .type(HTML)
      .send(
        renderPage(
          { title: m.pickerTitle, description: m.pickerDescription, path: '/compare' },
          <ComparePickerPage
            categories={snapshot.catalog.categories()}
            chosen={chosen}
            words={snapshotWords(snapshot, locale)}
            problems={problems}
            invalid={invalid}
          />,
          locale,
        ),
      );
  };

  app.setErrorHandler((error, request, reply) => {
    const errors = pageFieldErrors(error);
    if (!errors) return errorHandler(error as FastifyError, request, reply);
    return picker(reply, 400, [], [], errors);
  });

  app.get('/compare', { schema: { querystring: CompareQuery, hide: true } }, async (request, reply) => {
    const snapshot = store.current();
    const { catalog } = snapshot;
    const slugs = selectionSlugs(request.query.careers);
    if (slugs.length === 0) return picker(reply, 200, [], [], []);
    const problems = selectionProblems(catalog, slugs);
    if (problems.length > 0)
      return picker(
        reply,
        400,
        slugs.filter((s) => catalog.get(s)),
        problems,
        [],
      );
    const path = `/compare?careers=${slugs.join(',')}`;
    if (request.url !== localePath(locale, path)) return reply.redirect(localePath(locale, path), 303);
    if (notModified(request, reply, `"${snapshot.version}:${locale}:compare:${slugs.join('+')}"`)) return reply;
    return reply.type(HTML).send(comparisonPage(snapshot, slugs, path, locale));
  });
};

function comparisonPage(snapshot: CatalogSnapshot, slugs: string[], path: string, locale: Locale): string {
  const m = compareMessages[locale];
  const { catalog } = snapshot;
  const profiles = slugs.map((s) => catalog.get(s)!);
  const words = snapshotWords(snapshot, locale);
  const titles = profiles.map((p) => titleIn(words, p.slug, p.title)).join(m.versus);
  return renderPage(
    { title: m.title(titles), description: m.description(titles), path },
    <ComparePage c={compareCareers(profiles)} categories={catalog.categories()} words={words} />,
    locale,
  );
}
