import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { derived, type CatalogSnapshot, type SnapshotStore } from '../../catalog/snapshot.ts';
import { pageTitle } from '../../careers/section-copy.ts';
import { notModified } from '../../http/cache.ts';
import { careerExtras } from './career-extras.tsx';
import { careerJsonLd } from './career-json-ld.ts';
import { CareerPage } from './career-page.tsx';
import { CategoryPage, HomePage, NotFoundPage } from './home-page.tsx';
import { SITE_URL, renderPage } from '../layout.tsx';
import { assetUrl } from '../assets.ts';
import type { Locale } from '../../i18n/locale.ts';

const HTML = 'text/html; charset=utf-8';

/** Rendered pages of one snapshot, as bytes: re-encoding a 40 KB string on every request halves throughput. Bounded by the catalog's size. */
const renderedOf = derived(() => new Map<string, Buffer>());

/**
 * Server-rendered pages. A snapshot is immutable, so each page is rendered once per snapshot
 * and served from memory with an ETag tied to the snapshot's version.
 */
export const careerPageRoutes: FastifyPluginAsync<{ store: SnapshotStore; locale: Locale }> = async (app, { store, locale }) => {
  const send = (request: FastifyRequest, reply: FastifyReply, snapshot: CatalogSnapshot, key: string, render: () => string) => {
    const id = `${locale}:${key}`;
    if (notModified(request, reply, `"${snapshot.version}:${id}"`)) return reply;
    const rendered = renderedOf(snapshot);
    let html = rendered.get(id);
    if (html === undefined) {
      html = Buffer.from(render());
      rendered.set(id, html);
    }
    return reply.type(HTML).send(html);
  };
  const notFoundPage = (reply: FastifyReply, what: string) =>
    reply
      .code(404)
      .type(HTML)
      .send(renderPage({ title: 'Not found · careerpath', description: what, path: '/' }, <NotFoundPage what={what} />));

  app.get('/', (request, reply) => {
    const snapshot = store.current();
    const { catalog } = snapshot;
    return send(request, reply, snapshot, 'home', () =>
      renderPage(
        {
          title: 'careerpath · Career paths in India',
          description: `Explore ${catalog.profiles.length} India career profiles with salaries, skills and roadmaps.`,
          path: '/',
        },
        <HomePage categories={catalog.categories()} total={catalog.profiles.length} />,
      ),
    );
  });

  app.get<{ Params: { slug: string } }>('/careers/:slug', (request, reply) => {
    const snapshot = store.current();
    const p = snapshot.catalog.get(request.params.slug);
    if (!p) return notFoundPage(reply, `There is no career called "${request.params.slug}".`);
    const path = `/careers/${p.slug}`;
    return send(request, reply, snapshot, path, () =>
      renderPage(
        {
          title: `${pageTitle(p.title)} · Salary, Skills, Roadmap | careerpath`,
          description: p.summary,
          path,
          jsonLd: careerJsonLd(p, `${SITE_URL()}${path}`),
          scripts: [assetUrl('my-plan')],
        },
        <CareerPage p={p} extras={careerExtras(snapshot, p)} />,
      ),
    );
  });

  app.get<{ Params: { slug: string } }>('/categories/:slug', (request, reply) => {
    const snapshot = store.current();
    const { catalog } = snapshot;
    const category = catalog.category(request.params.slug);
    if (!category) return notFoundPage(reply, `There is no category called "${request.params.slug}".`);
    const path = `/categories/${category.slug}`;
    return send(request, reply, snapshot, path, () =>
      renderPage(
        {
          title: `${category.name} careers in India | careerpath`,
          description: `${category.careers.length} ${category.name} careers with India salaries, skills and roadmaps.`,
          path,
        },
        <CategoryPage category={category} categories={catalog.categories()} />,
      ),
    );
  });
};
