/** Admin-only views. Access is decided by roles.ts, never by a check written here. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AppError } from '../errors.ts';
import { problemResponses } from '../http/problem.schema.ts';
import type { AccountDeps } from './account-deps.ts';
import { outbox } from './account.repository.ts';
import { authorize } from './roles.ts';
import { requireUser } from './session.ts';

const OutboxList = Type.Object({
  items: Type.Array(Type.Object({ to: Type.String(), subject: Type.String(), body: Type.String(), createdAt: Type.String() })),
});

export const adminRoutes: FastifyPluginAsyncTypebox<{ accounts: AccountDeps }> = async (app, { accounts }) => {
  const { db } = accounts;
  app.get(
    '/admin/outbox',
    {
      schema: {
        tags: ['accounts'],
        summary: 'Mail kept when no SMTP server is configured',
        description: 'Newest first, at most 100. Admins only: it holds guardians’ addresses and consent links.',
        response: { 200: OutboxList, ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      const { user } = await requireUser(db, request);
      if (!authorize(user, 'read', { kind: 'outbox' })) throw new AppError('FORBIDDEN', 'admins only');
      reply.header('cache-control', 'no-store');
      const rows = await outbox(db);
      return { items: rows.map((r) => ({ to: r.to_address, subject: r.subject, body: r.body, createdAt: r.created_at })) };
    },
  );
};
