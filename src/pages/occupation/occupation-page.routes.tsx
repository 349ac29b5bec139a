/**
 * `/occupations/:code`: O*NET occupation pages, rendered once per import and language and
 * served from memory. Without an O*NET import the page says so (404), and nothing else changes.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { derived, type SnapshotStore } from '../../catalog/snapshot.ts';
import { notModified } from '../../http/cache.ts';
import type { Locale } from '../../i18n/locale.ts';
import { ONET_CODE } from '../../onet/onet-types.ts';
import { renderPage } from '../layout.tsx';
import { snapshotWords } from '../snapshot-words.ts';
import { OccupationPage, OnetMissingPage } from './occupation-page.tsx';
import { occupationMessages } from './occupation.messages.ts';

const HTML = 'text/html; charset=utf-8';

/** Rendered pages of one snapshot, by language and code; bounded by the number of imported occupations times the languages. */
const renderedOf = derived(() => new Map<string, string>());

export const occupationPageRoutes: FastifyPluginAsync<{ store: SnapshotStore; locale: Locale }> = async (app, { store, locale }) => {
  const m = occupationMessages[locale];
  const missing = (reply: FastifyReply, what: string, code: string) =>
    reply
      .code(404)
      .type(HTML)
      .send(
        renderPage(
          { title: m.missingTitle, description: what, path: '/', switchPath: `/occupations/${encodeURIComponent(code)}` },
          <OnetMissingPage what={what} />,
          locale,
        ),
      );

  app.get<{ Params: { code: string } }>('/occupations/:code', { schema: { hide: true } }, (request, reply) => {
    const { code } = request.params;
    const snapshot = store.current();
    const { catalog, occupations } = snapshot;
    if (!ONET_CODE.test(code)) return missing(reply, m.notACode(code), code);
    if (!occupations) return missing(reply, m.notImported, code);
    const view = occupations.get(code);
    if (!view) return missing(reply, m.noSuchCode(code), code);
    if (notModified(request, reply, `"onet-${snapshot.version}:${locale}:${code}"`)) return reply;
    const rendered = renderedOf(snapshot);
    const key = `${locale}:${code}`;
    let html = rendered.get(key);
    if (html === undefined) {
      const careers = catalog.profiles.filter((p) => p.codes?.onet === code).map((p) => ({ slug: p.slug, title: p.title }));
      const path = `/occupations/${code}`;
      html = renderPage(
        { title: m.title(view.title, code), description: view.description, path },
        <OccupationPage view={view} similar={occupations.similar(code, 10) ?? []} careers={careers} words={snapshotWords(snapshot, locale)} />,
        locale,
      );
      rendered.set(key, html);
    }
    return reply.type(HTML).send(html);
  });
};
