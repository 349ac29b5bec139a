/** Sign-up, guardian consent, log-in and log-out (API). The pages post to the same services. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { problemResponses } from '../http/problem.schema.ts';
import type { AccountDeps } from './account-deps.ts';
import { LoginBody, PendingAnswer, SignedInAnswer, SignupBody, TokenParams, User } from './account.schema.ts';
import { giveConsent, login, signup, userView } from './account.service.ts';
import { endSession, requireUser, signedIn, startSession } from './session.ts';

export const authRoutes: FastifyPluginAsyncTypebox<{ accounts: AccountDeps }> = async (app, { accounts }) => {
  const { db, mailer, secureCookies, publicUrl } = accounts;
  const tags = ['accounts'];

  app.post(
    '/auth/signup',
    {
      schema: {
        tags,
        summary: 'Create an account',
        description:
          'Email, password (10+ characters, not a common one) and year of birth. Anyone who may be under 18 this year must name a parent or guardian: ' +
          'the account is created pending (202) and opens when the guardian follows the emailed consent link.',
        body: SignupBody,
        response: { 201: SignedInAnswer, 202: PendingAnswer, ...problemResponses(400, 409, 413, 415) },
      },
    },
    async (request, reply) => {
      const { user, active } = await signup(db, mailer, request.body, (token) => `${publicUrl}/consent/${token}`);
      reply.header('cache-control', 'no-store');
      if (!active) return reply.code(202).send({ user: userView(user), message: 'We emailed your parent or guardian; the account opens when they agree.' });
      const csrfToken = await startSession(db, reply, user.id, secureCookies);
      return reply.code(201).send({ user: userView(user), csrfToken });
    },
  );

  app.post(
    '/auth/consent/:token',
    {
      schema: {
        tags,
        summary: "A guardian agrees to a child's account",
        description: 'Records the consent (who, when, for which account) and opens the account. The token comes from the emailed link.',
        params: TokenParams,
        response: { 200: Type.Object({ user: User }), ...problemResponses(400, 404) },
      },
    },
    async (request) => ({ user: userView(await giveConsent(db, request.params.token)) }),
  );

  app.post(
    '/auth/login',
    {
      schema: {
        tags,
        summary: 'Log in',
        description: 'Sets the session cookie and returns the CSRF token. Five failures in 15 minutes, for the account or from the address, answer 429.',
        body: LoginBody,
        response: { 200: SignedInAnswer, ...problemResponses(400, 401, 403, 413, 415, 429) },
      },
    },
    async (request, reply) => {
      const user = await login(db, request.body.email, request.body.password, request.ip);
      const csrfToken = await startSession(db, reply, user.id, secureCookies);
      reply.header('cache-control', 'no-store');
      return { user: userView(user), csrfToken };
    },
  );

  app.get(
    '/auth/session',
    {
      schema: {
        tags,
        summary: 'Whether this browser is signed in',
        description:
          "Always 200: signedIn false for a visitor; when signed in, the user and the session's CSRF token, so the site's own scripts can act " +
          'for the person (no other origin can read it: the API sends no CORS headers).',
        response: {
          200: Type.Object({
            signedIn: Type.Boolean(),
            user: Type.Union([Type.Ref('User'), Type.Null()]),
            csrfToken: Type.Union([Type.String(), Type.Null()]),
          }),
        },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const who = await signedIn(db, request);
      return who ? { signedIn: true, user: userView(who.user), csrfToken: who.session.csrf_token } : { signedIn: false, user: null, csrfToken: null };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags,
        summary: 'Log out',
        description: 'Revokes the session on the server and clears the cookie.',
        response: { 204: Type.Null(), ...problemResponses(403) },
      },
    },
    async (request, reply) => {
      // a logout forged by another site would be a nuisance: with a live session it needs the CSRF token too
      if (await signedIn(db, request)) await requireUser(db, request);
      await endSession(db, request, reply);
      return reply.code(204).send(null);
    },
  );
};
