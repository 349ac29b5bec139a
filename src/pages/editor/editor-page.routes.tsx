/**
 * /editor: the editorial workflow as server-rendered pages that work without JavaScript. Forms
 * post with the CSRF token and call the same services as the API; roles decide what each
 * person sees and may do (authorize), visitors are sent to log in.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { parse, stringify } from 'yaml';
import type { AccountDeps } from '../../accounts/account-deps.ts';
import { authorize, type Action } from '../../accounts/roles.ts';
import { requireUser, signedIn } from '../../accounts/session.ts';
import type { SnapshotStore } from '../../catalog/snapshot.ts';
import type { EditorialDeps } from '../../editorial/editorial.routes.ts';
import { auditPage, draftsBy, findDraft, latestRevision, revisionOf, revisionsOf } from '../../editorial/editorial.repository.ts';
import { createDraft, moveDraft, publishDraft, restoreRevision, validateDraftProfile } from '../../editorial/editorial.service.ts';
import { jsonPatch } from '../../editorial/json-patch.ts';
import { AppError, notFound } from '../../errors.ts';
import { renderPage } from '../layout.tsx';
import { formFields, type FormFields } from '../form-fields.ts';
import { AuditView, COMMON_FIELDS, DraftView, HistoryView, Queue, RevisionChanges, YamlEditor } from './editor-views.tsx';

type Form = FormFields;

const commonValues = (profile: Record<string, unknown>) => Object.fromEntries(COMMON_FIELDS.map(([name]) => [name, String(profile[name] ?? '')]));
const commonFromForm = (form: Form) =>
  Object.fromEntries(COMMON_FIELDS.flatMap(([name]) => (typeof form[name] === 'string' ? [[name, form[name].trim()]] : [])));

/** A whole profile as URL-encoded YAML: the largest is about 35 KB of YAML, up to three times that encoded. */
const PROFILE_FORM_LIMIT = 512 * 1024;

export const editorPageRoutes: FastifyPluginAsync<{ store: SnapshotStore; accounts: AccountDeps; editorial: EditorialDeps }> = async (
  app,
  { store, accounts, editorial },
) => {
  const { db } = accounts;
  const page = (reply: FastifyReply, title: string, body: preact.ComponentChildren, status = 200) =>
    reply
      .code(status)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderPage({ title: `${title} | careerpath editor`, description: title, path: '/editor', translated: false }, body));

  /** The editor allowed `action` on drafts; a visitor is sent to log in, a reader gets a 403 page. */
  async function editor(request: FastifyRequest, reply: FastifyReply, action: Action) {
    const who = request.method === 'GET' ? await signedIn(db, request) : await requireUser(db, request);
    if (!who) {
      void reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
      return null;
    }
    if (!authorize(who.user, action, { kind: 'draft' })) {
      void page(
        reply,
        'Not allowed',
        <p role="alert">
          Your role ({who.user.role}) may not {action} drafts.
        </p>,
        403,
      );
      return null;
    }
    return who;
  }
  const can = (role: string) => {
    const u = { id: '', role };
    return {
      submit: authorize(u, 'edit', { kind: 'draft' }),
      review: authorize(u, 'review', { kind: 'draft' }),
      publish: authorize(u, 'publish', { kind: 'draft' }),
    };
  };

  async function showDraft(reply: FastifyReply, id: string, csrf: string, role: string, message?: string, status = 200) {
    const draft = await findDraft(db, id);
    if (!draft) throw notFound(`no draft "${id}"`);
    const base = (await latestRevision(db, draft.slug))?.profile ?? {};
    const changes = jsonPatch(base, JSON.parse(draft.profile));
    return page(
      reply,
      `Draft of ${draft.slug}`,
      <DraftView draft={draft} changes={changes} before={base} csrf={csrf} can={can(role)} {...(message ? { message } : {})} />,
      status,
    );
  }

  app.get('/editor', { schema: { hide: true } }, async (request, reply) => {
    if (!(await editor(request, reply, 'read'))) return reply;
    return page(reply, 'Editorial queue', <Queue drafts={await draftsBy(db)} />);
  });

  app.get('/editor/audit', { schema: { hide: true } }, async (request, reply) => {
    if (!(await editor(request, reply, 'read'))) return reply;
    return page(reply, 'Audit log', <AuditView rows={await auditPage(db, 200)} />);
  });

  app.get<{ Params: { id: string } }>('/editor/drafts/:id', { schema: { hide: true } }, async (request, reply) => {
    const who = await editor(request, reply, 'read');
    if (!who) return reply;
    return showDraft(reply, request.params.id, who.session.csrf_token, who.user.role);
  });

  app.get<{ Params: { slug: string } }>('/editor/careers/:slug', { schema: { hide: true } }, async (request, reply) => {
    const who = await editor(request, reply, 'create');
    if (!who) return reply;
    const current = await latestRevision(db, request.params.slug);
    const yaml = current ? stringify(current.profile, { lineWidth: 0 }) : stringify({ slug: request.params.slug });
    const values = current ? commonValues(current.profile) : {};
    return page(
      reply,
      `Edit ${request.params.slug}`,
      <YamlEditor slug={request.params.slug} yaml={yaml} csrf={who.session.csrf_token} errors={[]} values={values} />,
    );
  });

  app.get<{ Params: { slug: string } }>('/editor/careers/:slug/history', { schema: { hide: true } }, async (request, reply) => {
    const who = await editor(request, reply, 'read');
    if (!who) return reply;
    const revisions = await revisionsOf(db, request.params.slug);
    if (revisions.length === 0) throw notFound(`no career "${request.params.slug}"`);
    const canRestore = authorize(who.user, 'publish', { kind: 'draft' });
    return page(
      reply,
      `History of ${request.params.slug}`,
      <HistoryView slug={request.params.slug} revisions={revisions} csrf={who.session.csrf_token} canRestore={canRestore} />,
    );
  });

  app.get<{ Params: { slug: string; rev: string } }>('/editor/careers/:slug/revisions/:rev', { schema: { hide: true } }, async (request, reply) => {
    if (!(await editor(request, reply, 'read'))) return reply;
    const rev = Number(request.params.rev);
    const [after, before] =
      Number.isInteger(rev) && rev > 1
        ? await Promise.all([revisionOf(db, request.params.slug, rev), revisionOf(db, request.params.slug, rev - 1)])
        : [null, null];
    if (!after || !before) throw notFound(`${request.params.slug} has no revision ${request.params.rev} with one before it`);
    return page(
      reply,
      `${request.params.slug} revision ${rev}`,
      <RevisionChanges slug={request.params.slug} revision={rev} changes={jsonPatch(before, after)} before={before} />,
    );
  });

  app.post<{ Params: { slug: string; rev: string }; Body: Form }>(
    '/editor/careers/:slug/revisions/:rev/restore',
    { schema: { hide: true } },
    async (request, reply) => {
      const who = await editor(request, reply, 'publish');
      if (!who) return reply;
      const draft = await restoreRevision(db, who.user, request.params.slug, Number(request.params.rev));
      return reply.redirect(`/editor/drafts/${draft.id}`, 303);
    },
  );

  app.post<{ Params: { slug: string }; Body: Form }>(
    '/editor/careers/:slug/drafts',
    { schema: { hide: true }, bodyLimit: PROFILE_FORM_LIMIT },
    async (request, reply) => {
      const who = await editor(request, reply, 'create');
      if (!who) return reply;
      const form = formFields(request.body);
      const current = await latestRevision(db, request.params.slug);
      // the common-fields form changes those fields of the published profile; the YAML form sends the whole profile
      const text = form.yaml ?? stringify({ ...(current?.profile ?? { slug: request.params.slug }), ...commonFromForm(form) }, { lineWidth: 0 });
      try {
        const profile = validateDraftProfile(parse(text), request.params.slug, store.current().catalog);
        const draft = await createDraft(db, who.user, request.params.slug, profile);
        return reply.redirect(`/editor/drafts/${draft.id}`, 303);
      } catch (error) {
        const errors =
          error instanceof AppError
            ? (error.errors ?? [{ field: '/profile', message: error.message }])
            : [{ field: '/profile', message: `YAML: ${(error as Error).message.split('\n')[0]}` }];
        return page(
          reply,
          `Edit ${request.params.slug}`,
          <YamlEditor slug={request.params.slug} yaml={text} csrf={who.session.csrf_token} errors={errors} values={commonFromForm(form)} />,
          400,
        );
      }
    },
  );

  for (const [move, action] of [
    ['submit', 'edit'],
    ['approve', 'review'],
    ['reject', 'review'],
    ['publish', 'publish'],
  ] as const) {
    app.post<{ Params: { id: string }; Body: Form }>(`/editor/drafts/:id/${move}`, { schema: { hide: true } }, async (request, reply) => {
      const who = await editor(request, reply, action);
      if (!who) return reply;
      try {
        if (move === 'publish') {
          await publishDraft(db, who.user, request.params.id);
          await editorial.watch.refresh();
        } else await moveDraft(db, who.user, request.params.id, move, formFields(request.body).reason);
        return reply.redirect(`/editor/drafts/${request.params.id}`, 303);
      } catch (error) {
        if (!(error instanceof AppError) || error.code === 'NOT_FOUND') throw error;
        return showDraft(reply, request.params.id, who.session.csrf_token, who.user.role, error.message, error.status);
      }
    });
  }
};
