/**
 * `/occupations/:code`: O*NET occupation pages, rendered once per import and served from
 * memory. Without an O*NET import the page says so (404), and nothing else changes.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { derived, type SnapshotStore } from '../../catalog/snapshot.ts';
import { notModified } from '../../http/cache.ts';
import { ONET_NOT_IMPORTED } from '../../occupations/api-query.ts';
import { ONET_CODE } from '../../onet/onet-types.ts';
import { renderPage } from '../layout.tsx';
import { OccupationPage, OnetMissingPage } from './occupation-page.tsx';

const HTML = 'text/html; charset=utf-8';

/** Rendered pages of one snapshot; bounded by the number of imported occupations. */
const renderedOf = derived(() => new Map<string, string>());

export const occupationPageRoutes: FastifyPluginAsync<{ store: SnapshotStore }> = async (app, { store }) => {
  const missing = (reply: FastifyReply, what: string) =>
    reply
      .code(404)
      .type(HTML)
      .send(renderPage({ title: 'Occupation not available · careerpath', description: what, path: '/' }, <OnetMissingPage what={what} />));

  app.get<{ Params: { code: string } }>('/occupations/:code', { schema: { hide: true } }, (request, reply) => {
    const { code } = request.params;
    const snapshot = store.current();
    const { catalog, occupations } = snapshot;
    if (!ONET_CODE.test(code)) return missing(reply, `"${code}" is not an O*NET-SOC code (they look like 15-1252.00).`);
    if (!occupations) return missing(reply, ONET_NOT_IMPORTED.replace(/`/g, ''));
    const view = occupations.get(code);
    if (!view) return missing(reply, `There is no O*NET occupation with code ${code}.`);
    if (notModified(request, reply, `"onet-${snapshot.version}:${code}"`)) return reply;
    const rendered = renderedOf(snapshot);
    let html = rendered.get(code);
    if (html === undefined) {
      const careers = catalog.profiles.filter((p) => p.codes?.onet === code).map((p) => ({ slug: p.slug, title: p.title }));
      const path = `/occupations/${code}`;
      html = renderPage(
        { title: `${view.title} (O*NET ${code}) | careerpath`, description: view.description, path },
        <OccupationPage view={view} similar={occupations.similar(code, 10) ?? []} careers={careers} />,
      );
      rendered.set(code, html);
    }
    return reply.type(HTML).send(html);
  });
};
