/**
 * The editorial API (docs/editorial.md). Every route needs a session (401) and a role allowed
 * the action on drafts (403 for readers); unsafe requests need the CSRF token. Drafts never
 * reach public routes: only a publish changes what readers see, on every instance.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { AccountDeps } from '../accounts/account-deps.ts';
import { authorize, type Action } from '../accounts/roles.ts';
import { requireUser } from '../accounts/session.ts';
import type { SnapshotStore } from '../catalog/snapshot.ts';
import { AppError, notFound } from '../errors.ts';
import { problemResponses } from '../http/problem.schema.ts';
import type { CatalogWatch } from './catalog-watch.ts';
import { auditPage, draftsBy, findDraft, latestRevision, revisionOf, revisionsOf, type DraftRow } from './editorial.repository.ts';
import {
  AuditList,
  AuditQuery,
  Diff,
  DiffQuery,
  DraftAnswer,
  DraftList,
  PublishAnswer,
  DraftWithProfile,
  IdParams,
  ProfileBody,
  Published,
  RejectBody,
  RevisionList,
  RevisionParams,
  SlugParams,
} from './editorial.schema.ts';
import { DRAFT_STATES, createDraft, draftEtag, editDraft, moveDraft, publishDraft, restoreRevision, validateDraftProfile } from './editorial.service.ts';
import { jsonPatch, patchSummary } from './json-patch.ts';

/** A whole profile as JSON: the largest is about 35 KB; room to grow. */
const PROFILE_BODY_LIMIT = 256 * 1024;

export interface EditorialDeps {
  watch: Pick<CatalogWatch, 'refresh'>;
}

const view = (d: DraftRow) => ({
  id: d.id,
  slug: d.slug,
  state: d.state as (typeof DRAFT_STATES)[number],
  baseRevision: d.base_revision,
  reason: d.reason,
  updatedAt: d.updated_at,
});

export const editorialRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore; accounts: AccountDeps; editorial: EditorialDeps }> = async (
  app,
  { store, accounts, editorial },
) => {
  const { db } = accounts;
  const tags = ['editorial'];
  const errors = (...more: number[]) => problemResponses(401, 403, ...more);
  async function actor(request: FastifyRequest, action: Action) {
    const { user } = await requireUser(db, request);
    if (!authorize(user, action, { kind: 'draft' })) throw new AppError('FORBIDDEN', `your role (${user.role}) may not ${action} drafts`);
    return user;
  }
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get(
    '/editorial/careers/:slug',
    { schema: { tags, summary: 'The published revision of a career', params: SlugParams, response: { 200: Published, ...errors(404) } } },
    async (request, reply) => {
      await actor(request, 'read');
      const latest = await latestRevision(db, request.params.slug);
      if (!latest) throw notFound(`no career "${request.params.slug}"`);
      reply.header('etag', `"rev-${request.params.slug}-${latest.revision}"`);
      return { profile: latest.profile, revision: latest.revision, state: 'published' as const };
    },
  );

  app.get('/editorial/drafts', { schema: { tags, summary: 'The queue: drafts, newest first', response: { 200: DraftList, ...errors() } } }, async (request) => {
    await actor(request, 'read');
    return { items: (await draftsBy(db)).map(view) };
  });

  app.get(
    '/editorial/drafts/:id',
    { schema: { tags, summary: 'One draft with its profile', params: IdParams, response: { 200: DraftWithProfile, ...errors(404) } } },
    async (request, reply) => {
      await actor(request, 'read');
      const draft = await findDraft(db, request.params.id);
      if (!draft) throw notFound(`no draft "${request.params.id}"`);
      reply.header('etag', draftEtag(draft));
      return { draft: view(draft), profile: JSON.parse(draft.profile) as unknown };
    },
  );

  app.post(
    '/editorial/careers/:slug/drafts',
    {
      schema: {
        tags,
        summary: 'Start a draft (a new slug starts a new career)',
        description: 'Validated like content:check; problems name the JSON pointer of the field.',
        params: SlugParams,
        body: ProfileBody,
        response: { 201: DraftAnswer, ...errors(400, 413) },
      },
      bodyLimit: PROFILE_BODY_LIMIT,
    },
    async (request, reply) => {
      const user = await actor(request, 'create');
      const profile = validateDraftProfile(request.body.profile, request.params.slug, store.current().catalog);
      const draft = await createDraft(db, user, request.params.slug, profile);
      return reply
        .code(201)
        .header('etag', draftEtag(draft))
        .send({ draft: view(draft) });
    },
  );

  app.put(
    '/editorial/drafts/:id',
    {
      schema: {
        tags,
        summary: 'Edit a draft',
        description: 'Needs If-Match with the ETag last read: a stale one answers 412 and writes nothing; none answers 428.',
        params: IdParams,
        body: ProfileBody,
        response: { 200: DraftAnswer, ...errors(400, 404, 409, 412, 413, 428) },
      },
      bodyLimit: PROFILE_BODY_LIMIT,
    },
    async (request, reply) => {
      const user = await actor(request, 'edit');
      const current = await findDraft(db, request.params.id);
      if (!current) throw notFound(`no draft "${request.params.id}"`);
      const profile = validateDraftProfile(request.body.profile, current.slug, store.current().catalog);
      const draft = await editDraft(db, user, request.params.id, request.headers['if-match'], profile);
      return reply.header('etag', draftEtag(draft)).send({ draft: view(draft) });
    },
  );

  for (const [move, action] of [
    ['submit', 'edit'],
    ['approve', 'review'],
  ] as const) {
    app.post(
      `/editorial/drafts/:id/${move}`,
      { schema: { tags, summary: `${move[0]!.toUpperCase()}${move.slice(1)} a draft`, params: IdParams, response: { 200: DraftAnswer, ...errors(404, 409) } } },
      async (request) => {
        const user = await actor(request, action);
        return { draft: view(await moveDraft(db, user, request.params.id, move)) };
      },
    );
  }

  app.post(
    '/editorial/drafts/:id/reject',
    { schema: { tags, summary: 'Reject a draft, saying why', params: IdParams, body: RejectBody, response: { 200: DraftAnswer, ...errors(400, 404, 409) } } },
    async (request) => {
      const user = await actor(request, 'review');
      return { draft: view(await moveDraft(db, user, request.params.id, 'reject', request.body.reason)) };
    },
  );

  app.post(
    '/editorial/drafts/:id/publish',
    {
      schema: {
        tags,
        summary: 'Publish an approved draft',
        description: 'One transaction; every instance serves it within about a second. 409 when another revision was published after the draft began.',
        params: IdParams,
        response: { 200: PublishAnswer, ...errors(404, 409) },
      },
    },
    async (request) => {
      const user = await actor(request, 'publish');
      const revision = await publishDraft(db, user, request.params.id);
      await editorial.watch.refresh();
      return { revision };
    },
  );

  app.get(
    '/editorial/careers/:slug/revisions',
    { schema: { tags, summary: 'Published revisions, newest first', params: SlugParams, response: { 200: RevisionList, ...errors() } } },
    async (request) => {
      await actor(request, 'read');
      return { items: (await revisionsOf(db, request.params.slug)).map((r) => ({ revision: r.revision, actor: r.actor, createdAt: r.created_at })) };
    },
  );

  app.get(
    '/editorial/careers/:slug/revisions/:rev/diff',
    {
      schema: {
        tags,
        summary: 'What a revision changed against another',
        params: RevisionParams,
        querystring: DiffQuery,
        response: { 200: Diff, ...errors(404) },
      },
    },
    async (request) => {
      await actor(request, 'read');
      const [to, from] = await Promise.all([
        revisionOf(db, request.params.slug, request.params.rev),
        revisionOf(db, request.params.slug, request.query.against),
      ]);
      if (!to || !from) throw notFound(`${request.params.slug} has no revision ${to ? request.query.against : request.params.rev}`);
      const patch = jsonPatch(from, to);
      return { patch, summary: patchSummary(patch) };
    },
  );

  app.post(
    '/editorial/careers/:slug/revisions/:rev/restore',
    { schema: { tags, summary: 'A new draft equal to an earlier revision', params: RevisionParams, response: { 201: DraftAnswer, ...errors(404) } } },
    async (request, reply) => {
      const user = await actor(request, 'publish');
      const draft = await restoreRevision(db, user, request.params.slug, request.params.rev);
      return reply
        .code(201)
        .header('etag', draftEtag(draft))
        .send({ draft: view(draft) });
    },
  );

  app.get(
    '/editorial/audit',
    { schema: { tags, summary: 'The append-only audit log, newest first', querystring: AuditQuery, response: { 200: AuditList, ...errors() } } },
    async (request) => {
      await actor(request, 'read');
      const rows = await auditPage(db, request.query.limit, request.query.before);
      return { items: rows.map(({ at, actor: who, action, target, revision, detail }) => ({ at, actor: who, action, target, revision, detail })) };
    },
  );
};
