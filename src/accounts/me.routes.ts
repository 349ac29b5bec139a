/**
 * The signed-in person's own data: account, saved careers, plans, import, export, delete.
 * Every route resolves the person from the session (401 without one), checks the CSRF token
 * on unsafe methods (403) and asks authorize() for the person's own data: a route never takes
 * a user id, so one person cannot name another's.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { SnapshotStore } from '../catalog/snapshot.ts';
import { AppError } from '../errors.ts';
import { problemResponses } from '../http/problem.schema.ts';
import type { AccountDeps } from './account-deps.ts';
import { recordAction } from './account.repository.ts';
import { ImportAnswer, ImportBody, PasswordBody, Plan, SavedList, SlugParams, StepBody, StepParams, User } from './account.schema.ts';
import { deleteAccount, userView } from './account.service.ts';
import { saveCareer, unsaveCareer } from './plan.repository.ts';
import { careerOrThrow, exportData, importLocal, planOf, savedList, setStep } from './plan.service.ts';
import { authorize, type Action } from './roles.ts';
import { endSession, requireUser } from './session.ts';

const ME_ERRORS = problemResponses(401, 403);

export const meRoutes: FastifyPluginAsyncTypebox<{ store: SnapshotStore; accounts: AccountDeps }> = async (app, { store, accounts }) => {
  const { db } = accounts;
  const tags = ['accounts'];
  /** The person, allowed `action` on their own data. */
  async function owner(request: FastifyRequest, action: Action) {
    const who = await requireUser(db, request);
    if (!authorize(who.user, action, { kind: 'own', ownerId: who.user.id })) throw new AppError('FORBIDDEN', 'your role may not do this');
    return who.user;
  }
  // personal data: no shared cache may keep any of it
  app.addHook('onRequest', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
  });

  app.get('/me', { schema: { tags, summary: 'The signed-in account', response: { 200: Type.Object({ user: User }), ...ME_ERRORS } } }, async (request) => ({
    user: userView(await owner(request, 'read')),
  }));

  app.get('/me/saved', { schema: { tags, summary: 'Saved careers', response: { 200: SavedList, ...ME_ERRORS } } }, async (request) => {
    const user = await owner(request, 'read');
    return savedList(db, store.current().catalog, user.id);
  });

  app.put(
    '/me/saved/:slug',
    { schema: { tags, summary: 'Save a career', params: SlugParams, response: { 200: SavedList, ...problemResponses(401, 403, 404) } } },
    async (request) => {
      const user = await owner(request, 'write');
      const catalog = store.current().catalog;
      await saveCareer(db, user.id, careerOrThrow(catalog, request.params.slug).slug);
      return savedList(db, catalog, user.id);
    },
  );

  app.delete(
    '/me/saved/:slug',
    { schema: { tags, summary: 'Remove a saved career', params: SlugParams, response: { 200: SavedList, ...problemResponses(401, 403) } } },
    async (request) => {
      const user = await owner(request, 'write');
      await unsaveCareer(db, user.id, request.params.slug);
      return savedList(db, store.current().catalog, user.id);
    },
  );

  app.get(
    '/me/plans/:slug',
    {
      schema: {
        tags,
        summary: "The person's plan for a career",
        description: "The career's roadmap steps by their stable ids with the person's status; steps the content no longer has are listed as retired.",
        params: SlugParams,
        response: { 200: Plan, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => {
      const user = await owner(request, 'read');
      return planOf(db, careerOrThrow(store.current().catalog, request.params.slug), user.id);
    },
  );

  app.put(
    '/me/plans/:slug/steps/:stepId',
    { schema: { tags, summary: "Set a step's status", params: StepParams, body: StepBody, response: { 200: Plan, ...problemResponses(400, 401, 403, 404) } } },
    async (request) => {
      const user = await owner(request, 'write');
      const career = careerOrThrow(store.current().catalog, request.params.slug);
      return setStep(db, career, user.id, request.params.stepId, request.body.status);
    },
  );

  app.post(
    '/me/import',
    {
      schema: {
        tags,
        summary: 'Merge what the browser kept before sign-in',
        description: "Saved careers are added; a step's status is taken unless the account already has one. Unknown careers and steps are counted as ignored.",
        body: ImportBody,
        response: { 200: ImportAnswer, ...problemResponses(400, 401, 403, 413) },
      },
    },
    async (request) => importLocal(db, store.current().catalog, (await owner(request, 'write')).id, request.body),
  );

  app.get(
    '/me/export',
    {
      schema: {
        tags,
        summary: 'Everything we hold about you',
        description:
          'Account, guardian consent, saved careers, progress (retired steps included), sessions without secrets, your actions and mail sent about you.',
        response: { 200: Type.Object({}, { additionalProperties: true }), ...ME_ERRORS },
      },
    },
    async (request, reply) => {
      const user = await owner(request, 'read');
      await recordAction(db, user.id, 'export');
      reply.header('content-disposition', 'attachment; filename="careerpath-my-data.json"');
      return exportData(db, store.current().catalog, user);
    },
  );

  app.delete(
    '/me',
    {
      schema: {
        tags,
        summary: 'Delete the account and all its data',
        description: 'Needs the password again. Every row about the person is removed; the email may sign up again.',
        body: PasswordBody,
        response: { 204: Type.Null(), ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const user = await owner(request, 'delete');
      await deleteAccount(db, user, request.body.password);
      await endSession(db, request, reply);
      return reply.code(204).send(null);
    },
  );
};
