import type { FastifyPluginAsync } from 'fastify';
import { derived, type SnapshotStore } from '../../catalog/snapshot.ts';
import { notModified } from '../../http/cache.ts';
import { checkMatchRequest } from '../../matching/match-request-check.ts';
import { matcherOf } from '../../matching/matcher.ts';
import { unknownDegree } from '../../matching/person.ts';
import type { FormChoices } from './match-form.tsx';
import { renderMatchPage } from './match-page.tsx';
import { EMPTY_FORM, formFromQuery, isSubmitted, requestFromForm, type RawQuery } from './match-query.ts';

const HTML = 'text/html; charset=utf-8';

/** What the form offers for one snapshot, and its empty page rendered once. */
const formOf = derived((snapshot) => {
  const matcher = matcherOf(snapshot);
  const choices: FormChoices = {
    degrees: matcher.degrees.entries.map((d) => d.degree),
    skills: matcher.skills.entries.map((s) => s.name),
    careers: snapshot.catalog.profiles.map(({ slug, title }) => ({ slug, title })),
  };
  let emptyPage: string | undefined;
  return { matcher, choices, emptyPage: () => (emptyPage ??= renderMatchPage({ form: EMPTY_FORM, choices, result: null, errors: [] })) };
});

/**
 * GET /match: the empty form (cacheable), or a result computed from the query alone. A
 * result is personal, so it is never cached and never stored; the logger drops query strings.
 */
export const matchPageRoutes: FastifyPluginAsync<{ store: SnapshotStore }> = async (app, { store }) => {
  app.get('/match', { schema: { hide: true } }, async (request, reply) => {
    const snapshot = store.current();
    const { matcher, choices, emptyPage } = formOf(snapshot);
    const query = request.query as RawQuery;
    if (!isSubmitted(query)) {
      if (notModified(request, reply, `"${snapshot.version}:match"`)) return reply;
      return reply.type(HTML).send(emptyPage());
    }
    // the matcher checks the degree only once the rest is valid; the page reports every fix at once
    const degreeErrors = (degree: string) => {
      const r = degree ? matcher.degrees.resolve(degree) : null;
      return r && !r.entry ? [unknownDegree(degree, r.suggestions)] : [];
    };
    const form = formFromQuery(query);
    const checked = checkMatchRequest(requestFromForm(form));
    const outcome = 'errors' in checked ? { errors: [...degreeErrors(form.degree), ...checked.errors] } : matcher.match(checked.request);
    reply.header('cache-control', 'no-store').type(HTML);
    if ('errors' in outcome) return reply.code(400).send(renderMatchPage({ form, choices, result: null, errors: outcome.errors }));
    return reply.send(renderMatchPage({ form, choices, result: outcome.result, errors: [] }));
  });
};
