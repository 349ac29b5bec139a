import type { FastifyPluginAsync } from 'fastify';
import { derived, type SnapshotStore } from '../../catalog/snapshot.ts';
import { notModified } from '../../http/cache.ts';
import type { Locale } from '../../i18n/locale.ts';
import { checkMatchRequest } from '../../matching/match-request-check.ts';
import { matcherOf } from '../../matching/matcher.ts';
import { unknownDegree } from '../../matching/person.ts';
import type { FormChoices } from './match-form.tsx';
import { renderMatchPage } from './match-page.tsx';
import { EMPTY_FORM, formFromQuery, isSubmitted, requestFromForm, type RawQuery } from './match-query.ts';

const HTML = 'text/html; charset=utf-8';

/** What the form offers for one snapshot, and its empty page in each language, rendered once. */
const formOf = derived((snapshot) => {
  const matcher = matcherOf(snapshot);
  const choices: FormChoices = {
    degrees: matcher.degrees.entries.map((d) => d.degree),
    skills: matcher.skills.entries.map((s) => s.name),
    careers: snapshot.catalog.profiles.map(({ slug, title, translations }) => ({ slug, title, translations })),
  };
  const career = (slug: string) => snapshot.catalog.get(slug);
  const emptyPages = new Map<Locale, string>();
  const emptyPage = (locale: Locale) => {
    let page = emptyPages.get(locale);
    if (page === undefined) emptyPages.set(locale, (page = renderMatchPage({ form: EMPTY_FORM, choices, result: null, errors: [] }, locale)));
    return page;
  };
  return { matcher, choices, career, emptyPage };
});

/**
 * GET /match: the empty form (cacheable), or a result computed from the query alone. A
 * result is personal, so it is never cached and never stored; the logger drops query strings.
 */
export const matchPageRoutes: FastifyPluginAsync<{ store: SnapshotStore; locale: Locale }> = async (app, { store, locale }) => {
  app.get('/match', { schema: { hide: true } }, async (request, reply) => {
    const snapshot = store.current();
    const { matcher, choices, career, emptyPage } = formOf(snapshot);
    const query = request.query as RawQuery;
    if (!isSubmitted(query)) {
      if (notModified(request, reply, `"${snapshot.version}:${locale}:match"`)) return reply;
      return reply.type(HTML).send(emptyPage(locale));
    }
    const form = formFromQuery(query);
    // the matcher checks the degree only once the rest is valid; the page reports every fix at once
    const resolved = form.degree ? matcher.degrees.resolve(form.degree) : null;
    const degreeNearest = resolved && !resolved.entry ? resolved.suggestions : null;
    const checked = checkMatchRequest(requestFromForm(form));
    const outcome =
      'errors' in checked
        ? { errors: [...(degreeNearest ? [unknownDegree(form.degree, degreeNearest)] : []), ...checked.errors] }
        : matcher.match(checked.request);
    reply.header('cache-control', 'no-store').type(HTML);
    const model = { form, choices, career, degreeNearest };
    if ('errors' in outcome) return reply.code(400).send(renderMatchPage({ ...model, result: null, errors: outcome.errors }, locale));
    return reply.send(renderMatchPage({ ...model, result: outcome.result, errors: [] }, locale));
  });
};
