/**
 * GET /docs: the API reference as a page of the site, with its header and navigation, under
 * the site's strict CSP. The OpenAPI document is fixed once the app is built, so the page is
 * rendered on first request and kept (one string), with an ETag of its bytes.
 */
import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { notModified } from '../../http/cache.ts';
import { renderPage } from '../layout.tsx';
import { ApiDocsPage } from './api-docs-page.tsx';
import type { OpenApiDocument } from './openapi-doc.ts';

export const apiDocsPageRoutes: FastifyPluginAsync = async (app) => {
  let page: { html: Buffer; etag: string } | null = null;
  const rendered = () => {
    if (page) return page;
    const doc = app.swagger() as unknown as OpenApiDocument;
    const html = Buffer.from(
      renderPage(
        {
          title: 'API reference | careerpath',
          description: 'The careerpath JSON API: every operation with its parameters, request body and responses, and the data shapes it uses.',
          path: '/docs',
          // English only: no Hindi twin to switch to
          translated: false,
        },
        <ApiDocsPage doc={doc} />,
      ),
    );
    page = { html, etag: `"${createHash('sha256').update(html).digest('base64url').slice(0, 16)}"` };
    return page;
  };

  app.get('/docs', { schema: { hide: true } }, (request, reply) => {
    const { html, etag } = rendered();
    if (notModified(request, reply, etag)) return reply;
    return reply.type('text/html; charset=utf-8').send(html);
  });
};
