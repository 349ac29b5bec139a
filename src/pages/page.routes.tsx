import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { CareerCatalog } from '../careers/career-catalog.ts';
import { pageTitle } from '../careers/section-copy.ts';
import { notModified } from '../http/cache.ts';
import { ASSET_BODIES } from './assets.ts';
import type { CareerInsights } from '../occupations/career-insights.ts';
import { careerExtras } from './career-extras.tsx';
import { careerJsonLd } from './career-json-ld.ts';
import { CareerPage } from './career-page.tsx';
import { CategoryPage, HomePage, NotFoundPage } from './home-page.tsx';
import { SITE_URL, renderPage } from './layout.tsx';

export interface PageRoutesOptions {
  catalog: CareerCatalog;
  /** Computed similarity, transitions and O*NET facts for career pages; without it they show the profile only. */
  insights?: CareerInsights;
}

const HTML = 'text/html; charset=utf-8';

/**
 * Server-rendered pages. The catalog is immutable between loads, so each page is rendered
 * once and served from memory with an ETag tied to the catalog version.
 */
export const pageRoutes: FastifyPluginAsync<PageRoutesOptions> = async (app, { catalog, insights }) => {
  // kept as bytes: re-encoding a 40 KB string on every request halves throughput
  const rendered = new Map<string, Buffer>();
  const once = (key: string, render: () => string) => {
    let html = rendered.get(key);
    if (html === undefined) {
      html = Buffer.from(render());
      rendered.set(key, html);
    }
    return html;
  };
  // Career pages also show O*NET data when it is imported: their ETag follows that import too.
  const send = (request: FastifyRequest, reply: FastifyReply, key: string, render: () => string, version = catalog.version) => {
    if (notModified(request, reply, `"${version}:${key}"`)) return reply;
    return reply.type(HTML).send(once(key, render));
  };
  const notFoundPage = (reply: FastifyReply, what: string) =>
    reply
      .code(404)
      .type(HTML)
      .send(renderPage({ title: 'Not found · careerpath', description: what, path: '/' }, <NotFoundPage what={what} />));

  app.get('/', (request, reply) =>
    send(request, reply, 'home', () =>
      renderPage(
        { title: 'careerpath · Career paths in India', description: `Explore ${catalog.profiles.length} India career profiles with salaries, skills and roadmaps.`, path: '/' },
        <HomePage categories={catalog.categories()} total={catalog.profiles.length} />,
      ),
    ),
  );

  app.get<{ Params: { slug: string } }>('/careers/:slug', (request, reply) => {
    const p = catalog.get(request.params.slug);
    if (!p) return notFoundPage(reply, `There is no career called "${request.params.slug}".`);
    const path = `/careers/${p.slug}`;
    return send(request, reply, path, () =>
      renderPage(
        { title: `${pageTitle(p.title)} · Salary, Skills, Roadmap | careerpath`, description: p.summary, path, jsonLd: careerJsonLd(p, `${SITE_URL}${path}`) },
        <CareerPage p={p} {...(insights ? { extras: careerExtras(insights, p) } : {})} />,
      ),
      insights?.version,
    );
  });

  app.get<{ Params: { slug: string } }>('/categories/:slug', (request, reply) => {
    const category = catalog.category(request.params.slug);
    if (!category) return notFoundPage(reply, `There is no category called "${request.params.slug}".`);
    const path = `/categories/${category.slug}`;
    return send(request, reply, path, () =>
      renderPage(
        { title: `${category.name} careers in India | careerpath`, description: `${category.careers.length} ${category.name} careers with India salaries, skills and roadmaps.`, path },
        <CategoryPage category={category} categories={catalog.categories()} />,
      ),
    );
  });

  app.get<{ Params: { file: string } }>('/assets/:file', (request, reply) => {
    const asset = ASSET_BODIES[`/assets/${request.params.file}`];
    if (!asset) return notFoundPage(reply, 'No such file.');
    return reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body);
  });
};
