import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { derived, type CatalogSnapshot, type SnapshotStore } from '../../catalog/snapshot.ts';
import { notModified } from '../../http/cache.ts';
import { careerExtras } from './career-extras.tsx';
import { careerJsonLd } from './career-json-ld.ts';
import { CareerPage } from './career-page.tsx';
import { careerMessages } from './career.messages.ts';
import { careerWords } from './career-language.ts';
import { careerTitle, categoryName } from '../mixed-language.tsx';
import { careerShareAlt } from '../share/share-images.ts';
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
  const m = careerMessages[locale];
  const notFoundPage = (reply: FastifyReply, what: string) =>
    reply
      .code(404)
      .type(HTML)
      .send(renderPage({ title: m.notFoundTitle, description: what, path: '/' }, <NotFoundPage what={what} />, locale));

  app.get('/', (request, reply) => {
    const snapshot = store.current();
    const { catalog } = snapshot;
    return send(request, reply, snapshot, 'home', () =>
      renderPage(
        {
          title: m.homeMetaTitle,
          description: m.homeMetaDescription(catalog.profiles.length),
          path: '/',
        },
        <HomePage categories={catalog.categories()} total={catalog.profiles.length} />,
        locale,
      ),
    );
  });

  app.get<{ Params: { slug: string } }>('/careers/:slug', (request, reply) => {
    const snapshot = store.current();
    const p = snapshot.catalog.get(request.params.slug);
    if (!p) return notFoundPage(reply, m.noCareer(request.params.slug));
    const path = `/careers/${p.slug}`;
    return send(request, reply, snapshot, path, () =>
      renderPage(
        {
          title: m.metaTitle(careerTitle(locale, p.title, p).text),
          description: careerWords(p, locale).field('summary').text,
          path,
          jsonLd: careerJsonLd(p, `${SITE_URL()}${path}`),
          scripts: [assetUrl('my-plan'), assetUrl('career-sections')],
          image: { path: `/careers/${p.slug}/share.png`, alt: careerShareAlt(p) },
        },
        <CareerPage p={p} extras={careerExtras(snapshot, p)} />,
        locale,
      ),
    );
  });

  app.get<{ Params: { slug: string } }>('/categories/:slug', (request, reply) => {
    const snapshot = store.current();
    const { catalog } = snapshot;
    const category = catalog.category(request.params.slug);
    if (!category) return notFoundPage(reply, m.noCategory(request.params.slug));
    const path = `/categories/${category.slug}`;
    return send(request, reply, snapshot, path, () =>
      renderPage(
        {
          title: m.categoryMetaTitle(categoryName(locale, category.name, category).text),
          description: m.categoryMetaDescription(category.careers.length, categoryName(locale, category.name, category).text),
          path,
        },
        <CategoryPage category={category} categories={catalog.categories()} />,
        locale,
      ),
    );
  });
};
