/**
 * GET /titles?q=: type a job title from a notification, an offer letter or a CV ("LDC",
 * "SDE-1", "lekhpal") and see the careers (and, when O*NET is imported, the occupations) it
 * means; when none, the nearest categories. A plain GET form: works without JavaScript.
 */
import type { FastifyPluginAsync } from 'fastify';
import type { SnapshotStore } from '../../catalog/snapshot.ts';
import { nearestCategories } from '../../titles/nearest-categories.ts';
import { resolveTitle, titleIndexOf } from '../../titles/resolve-title.ts';
import { renderPage } from '../layout.tsx';
import { CategoryLinks } from '../category-links.tsx';

const MAX_QUERY = 120;

export const titlesPageRoutes: FastifyPluginAsync<{ store: SnapshotStore }> = async (app, { store }) => {
  app.get<{ Querystring: { q?: string } }>('/titles', { schema: { hide: true } }, async (request, reply) => {
    const q = String(request.query.q ?? '')
      .trim()
      .slice(0, MAX_QUERY);
    const snapshot = store.current();
    const result = q ? resolveTitle(titleIndexOf(snapshot), q, 5) : null;
    const nearest = result && result.careers.length === 0 ? nearestCategories(snapshot, q) : [];
    const body = (
      <>
        <header class="hero">
          <h1>What does this job title mean?</h1>
          <p class="summary">Type a title from a job notice, an offer letter or a CV: we show the careers it belongs to.</p>
          <form action="/titles" method="get" role="search" class="search">
            <label for="title-q">Job title</label>
            <input id="title-q" name="q" type="search" value={q} maxLength={MAX_QUERY} placeholder="e.g. LDC, SDE-1, staff nurse, lekhpal" />
            <button type="submit">Look up</button>
          </form>
        </header>
        {result ? (
          <section aria-labelledby="title-results-h">
            <h2 id="title-results-h">
              {result.careers.length
                ? `“${q}” is a title in ${result.careers.length === 1 ? 'this career' : 'these careers'}`
                : `No career has the title “${q}”`}
            </h2>
            <ul class="cards">
              {result.careers.map((c) => (
                <li class="card">
                  <h3>
                    <a href={`/careers/${c.slug}`}>{c.title}</a>
                  </h3>
                  <p class="muted">Matched “{c.matchedTitle}”</p>
                </li>
              ))}
            </ul>
            {result.occupations.length ? (
              <>
                <h2>US occupations (O*NET, US data)</h2>
                <ul>
                  {result.occupations.map((o) => (
                    <li>
                      <a href={`/occupations/${o.code}`}>{o.title}</a> <span class="muted">({o.code})</span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <CategoryLinks categories={nearest} lead="Browse the nearest categories instead:" />
          </section>
        ) : null}
      </>
    );
    return reply
      .header('cache-control', 'public, max-age=300')
      .type('text/html; charset=utf-8')
      .send(
        renderPage(
          {
            title: q ? `“${q}”: which career is it? | careerpath` : 'Job title lookup | careerpath',
            description: 'Find the career a job title belongs to.',
            path: '/titles',
          },
          body,
        ),
      );
  });
};
