/**
 * GET /titles?q=: type a job title from a notification, an offer letter or a CV ("LDC",
 * "SDE-1", "lekhpal") and see the careers (and, when O*NET is imported, the occupations) it
 * means; when none, the nearest categories. A plain GET form: works without JavaScript.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { SnapshotStore } from '../../catalog/snapshot.ts';
import type { Locale } from '../../i18n/locale.ts';
import { nearestCategories } from '../../titles/nearest-categories.ts';
import { resolveTitle, titleIndexOf } from '../../titles/resolve-title.ts';
import { renderPage } from '../layout.tsx';
import { snapshotWords } from '../snapshot-words.ts';
import { MAX_QUERY, TitlesPage } from './titles-page.tsx';
import { titlesMessages } from './titles.messages.ts';

export const titlesPageRoutes: FastifyPluginAsync<{ store: SnapshotStore; locale: Locale }> = async (app, { store, locale }) => {
  const m = titlesMessages[locale];
  app.get<{ Querystring: { q?: string } }>('/titles', { schema: { hide: true } }, async (request, reply) => {
    const q = String(request.query.q ?? '')
      .trim()
      .slice(0, MAX_QUERY);
    const snapshot = store.current();
    const result = q ? resolveTitle(titleIndexOf(snapshot), q, 5) : null;
    const nearest = result && result.careers.length === 0 ? nearestCategories(snapshot, q) : [];
    return reply
      .header('cache-control', 'public, max-age=300')
      .type('text/html; charset=utf-8')
      .send(
        renderPage(
          {
            title: q ? m.queryTitle(q) : m.pageTitle,
            description: m.description,
            path: '/titles',
            switchPath: q ? `/titles?q=${encodeURIComponent(q)}` : '/titles',
          },
          <TitlesPage q={q} result={result} nearest={nearest} words={snapshotWords(snapshot, locale)} />,
          locale,
        ),
      );
  });
};
