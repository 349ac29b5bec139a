import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyError, FastifyReply } from 'fastify';
import type { SnapshotStore } from '../../catalog/snapshot.ts';
import { CompareQuery } from '../../compare/compare.schema.ts';
import { compareCareers, selectionErrors, selectionSlugs } from '../../compare/compare.ts';
import type { FieldError } from '../../errors.ts';
import { notModified } from '../../http/cache.ts';
import { errorHandler } from '../../http/error-handler.ts';
import { ComparePage, ComparePickerPage } from './compare-page.tsx';
import { renderPage } from '../layout.tsx';
import { pageFieldErrors } from '../page-errors.ts';

const HTML = 'text/html; charset=utf-8';

/**
 * GET /compare?careers=a,b[,c[,d]]: the comparison page. Without careers it offers a picker;
 * a bad selection gets the picker and the reasons (400). A selection sent by a form (repeated
 * parameters, the finder's other fields) is redirected to its one canonical URL.
 */
export const comparePageRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore }> = async (app, { store }) => {
  const picker = (reply: FastifyReply, status: number, chosen: string[], errors: FieldError[]) =>
    reply
      .code(status)
      .type(HTML)
      .send(
        renderPage(
          { title: 'Compare careers | careerpath', description: 'Compare two to four India careers side by side.', path: '/compare' },
          <ComparePickerPage categories={store.current().catalog.categories()} chosen={chosen} errors={errors} />,
        ),
      );

  app.setErrorHandler((error, request, reply) => {
    const errors = pageFieldErrors(error);
    if (!errors) return errorHandler(error as FastifyError, request, reply);
    return picker(reply, 400, [], errors);
  });

  app.get('/compare', { schema: { querystring: CompareQuery, hide: true } }, async (request, reply) => {
    const snapshot = store.current();
    const { catalog } = snapshot;
    const slugs = selectionSlugs(request.query.careers);
    if (slugs.length === 0) return picker(reply, 200, [], []);
    const errors = selectionErrors(catalog, slugs);
    if (errors.length > 0)
      return picker(
        reply,
        400,
        slugs.filter((s) => catalog.get(s)),
        errors,
      );
    const canonical = `/compare?careers=${slugs.join(',')}`;
    if (request.url !== canonical) return reply.redirect(canonical, 303);
    if (notModified(request, reply, `"${snapshot.version}:compare:${slugs.join('+')}"`)) return reply;
    const comparison = compareCareers(slugs.map((s) => catalog.get(s)!));
    const titles = comparison.careers.map((c) => c.title).join(' vs ');
    return reply.type(HTML).send(
      renderPage(
        {
          title: `${titles}: salary, skills and scope compared | careerpath`,
          description: `${titles} side by side: salary bands, demand, education fit, skills and progression in India.`,
          path: canonical,
        },
        <ComparePage c={comparison} categories={catalog.categories()} />,
      ),
    );
  });
};
