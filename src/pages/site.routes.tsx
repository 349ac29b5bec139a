/**
 * The site's edges: robots.txt, sitemap.xml (every career and category, and occupations when
 * O*NET is imported), and the HTML answer for page URLs no route matched — not found, method
 * not allowed, not implemented (the API keeps problem+json) — with a 308 to the same URL
 * without a trailing slash.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { derived, type SnapshotStore } from '../catalog/snapshot.ts';
import { careerShareImage, siteShareImage } from './share/share-images.ts';
import { withAllow, type Unmatched } from '../http/unmatched.ts';
import { NotFoundPage } from './career/home-page.tsx';
import { SITE_URL, renderPage } from './layout.tsx';
import { ASSET_BODIES } from './assets.ts';
import { siteMessages } from './site.messages.ts';
import { LOCALES, localePath, splitLocale } from '../i18n/locale.ts';

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML answer for a page URL no route matched: 404, 405 (with `Allow`) or 501, or a 308 without a trailing slash. */
export function htmlUnmatched(request: FastifyRequest, reply: FastifyReply, verdict: Unmatched = { status: 404 }) {
  const [path, query] = (request.url ?? '/').split(/\?(.*)/s, 2) as [string, string | undefined];
  if (verdict.status === 404 && (request.method === 'GET' || request.method === 'HEAD') && path.length > 1 && path.endsWith('/')) {
    return reply.redirect(`${path.replace(/\/+$/, '') || '/'}${query ? `?${query}` : ''}`, 308);
  }
  // an unknown address under /hi gets the Hindi page, with the switch to the same address in the
  // other language (never to "//host" or "/\\host", which a browser would read as another site)
  const { locale, path: rest } = splitLocale(path);
  const m = siteMessages[locale];
  const switchPath = /^\/[/\\]/.test(rest) ? '/' : rest;
  const page = m[verdict.status];
  // the method is one of the server's known methods (a 405) or of Node's parser's list (a 501): never free text
  const what =
    verdict.status === 405 ? m.notAllowed(request.method, verdict.allow.join(', ')) : verdict.status === 501 ? m.notImplemented(request.method) : m.noPage;
  return withAllow(reply, verdict)
    .code(verdict.status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(
      renderPage(
        { title: `${page.title} · careerpath`, description: page.title, path: '/', switchPath },
        <NotFoundPage heading={page.heading} what={what} />,
        locale,
      ),
    );
}

/** A plain mark: the letters "cp" on the brand colour; no external file, no tracking pixel. */
const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="#0b5394"/><text x="32" y="42" font-family="sans-serif" font-size="28" font-weight="700" fill="#fff" text-anchor="middle">cp</text></svg>`;

const MANIFEST = {
  name: 'careerpath: career paths in India',
  short_name: 'careerpath',
  start_url: '/',
  display: 'standalone',
  background_color: '#ffffff',
  theme_color: '#0b5394',
  lang: 'en-IN',
  icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
};

/** Share images of one snapshot, by slug: bounded by the catalog's size, dropped with the snapshot. */
const sharesOf = derived(() => new Map<string, Buffer>());
const png = (reply: FastifyReply, image: Buffer) => reply.type('image/png').header('cache-control', 'public, max-age=3600').send(image);

export const siteRoutes: FastifyPluginAsync<{ store: SnapshotStore }> = async (app, { store }) => {
  app.get('/favicon.svg', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('image/svg+xml').header('cache-control', 'public, max-age=604800').send(FAVICON),
  );
  app.get('/manifest.webmanifest', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/manifest+json').header('cache-control', 'public, max-age=86400').send(JSON.stringify(MANIFEST)),
  );

  app.get<{ Params: { file: string } }>('/assets/:file', { schema: { hide: true } }, (request, reply) => {
    const asset = ASSET_BODIES[`/assets/${request.params.file}`];
    if (!asset) return htmlUnmatched(request, reply);
    return reply.type(asset.type).header('cache-control', 'public, max-age=31536000, immutable').send(asset.body);
  });

  // link-preview pictures: one per career, drawn once per snapshot, and one for the site
  app.get('/share.png', { schema: { hide: true } }, async (_request, reply) => png(reply, siteShareImage()));
  app.get<{ Params: { slug: string } }>('/careers/:slug/share.png', { schema: { hide: true } }, async (request, reply) => {
    const snapshot = store.current();
    const p = snapshot.catalog.get(request.params.slug);
    if (!p) return htmlUnmatched(request, reply);
    const images = sharesOf(snapshot);
    let image = images.get(p.slug);
    if (!image) {
      image = careerShareImage(p);
      images.set(p.slug, image);
    }
    return png(reply, image);
  });

  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/plain; charset=utf-8')
      .header('cache-control', 'public, max-age=86400')
      .send(
        [
          'User-agent: *',
          'Allow: /',
          'Disallow: /api/',
          'Disallow: /me',
          'Disallow: /hi/me',
          'Disallow: /editor',
          `Sitemap: ${SITE_URL()}/sitemap.xml`,
          '',
        ].join('\n'),
      ),
  );

  app.get('/sitemap.xml', { schema: { hide: true } }, async (_request, reply) => {
    const { catalog, occupations } = store.current();
    const paths = [
      '/',
      '/finder',
      '/match',
      '/compare',
      '/privacy',
      ...catalog.categories().map((c) => `/categories/${c.slug}`),
      ...catalog.profiles.map((p) => `/careers/${p.slug}`),
      ...(occupations ? occupations.codes().map((code) => `/occupations/${code}`) : []),
    ];
    // every page in every interface language (the Hindi pages are the same pages under /hi)
    const all = LOCALES.flatMap((locale) => paths.map((p) => localePath(locale, p)));
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${all
      .map((p) => `  <url><loc>${xml(`${SITE_URL()}${p}`)}</loc></url>`)
      .join('\n')}\n</urlset>\n`;
    return reply.type('application/xml; charset=utf-8').header('cache-control', 'public, max-age=3600').send(body);
  });
};
