/**
 * "My careers", "My plan" and "Data and privacy" for the signed-in person: server-rendered,
 * changed through POST forms carrying the CSRF token (no JavaScript needed). Anonymous
 * visitors are sent to log in and brought back.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { AccountDeps } from '../../accounts/account-deps.ts';
import { STEP_STATUSES, type StepStatus } from '../../accounts/account.schema.ts';
import { deleteAccount } from '../../accounts/account.service.ts';
import { recordAction } from '../../accounts/account.repository.ts';
import { saveCareer, unsaveCareer } from '../../accounts/plan.repository.ts';
import { careerOrThrow, exportData, planOf, savedList, setStep } from '../../accounts/plan.service.ts';
import { endSession, requireUser, signedIn, type SignedIn } from '../../accounts/session.ts';
import type { SnapshotStore } from '../../catalog/snapshot.ts';
import { AppError } from '../../errors.ts';
import { renderPage } from '../layout.tsx';
import { formFields, type FormFields } from '../form-fields.ts';
import { assetUrl } from '../assets.ts';
import { ExportView, MyCareers, MyPlan, SaveConfirm } from './me-page.tsx';

type Form = FormFields;

export const mePageRoutes: FastifyPluginAsync<{ store: SnapshotStore; accounts: AccountDeps }> = async (app, { store, accounts }) => {
  const { db } = accounts;

  /** The signed-in person, or a redirect to log in that comes back here. */
  async function person(request: FastifyRequest, reply: FastifyReply): Promise<SignedIn | null> {
    // a POST without a session goes to log in; one with a session but no CSRF token is refused (403), never redirected
    const who = request.method === 'GET' ? await signedIn(db, request) : (await signedIn(db, request)) && (await requireUser(db, request));
    if (!who) {
      void reply.redirect(`/login?next=${encodeURIComponent(request.method === 'GET' ? request.url : '/me')}`, 303);
      return null;
    }
    return who;
  }
  const page = (reply: FastifyReply, title: string, path: string, body: preact.ComponentChildren, status = 200) =>
    reply
      .code(status)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderPage({ title: `${title} | careerpath`, description: title, path, scripts: [assetUrl('my-plan')] }, body));

  app.get('/me', { schema: { hide: true } }, async (request, reply) => {
    const who = await person(request, reply);
    if (!who) return reply;
    const saved = await savedList(db, store.current().catalog, who.user.id);
    return page(reply, 'My careers', '/me', <MyCareers user={who.user} saved={saved.items} csrf={who.session.csrf_token} />);
  });

  app.get<{ Params: { slug: string } }>('/me/save/:slug', { schema: { hide: true } }, async (request, reply) => {
    const career = careerOrThrow(store.current().catalog, request.params.slug);
    const who = await person(request, reply);
    if (!who) return reply;
    return page(reply, `Save ${career.title}`, '/me', <SaveConfirm career={career} csrf={who.session.csrf_token} />);
  });

  app.post<{ Params: { slug: string }; Body: Form }>('/me/saved/:slug', { schema: { hide: true } }, async (request, reply) => {
    const who = await person(request, reply);
    if (!who) return reply;
    await saveCareer(db, who.user.id, careerOrThrow(store.current().catalog, request.params.slug).slug);
    return reply.redirect('/me', 303);
  });

  app.post<{ Params: { slug: string }; Body: Form }>('/me/saved/:slug/remove', { schema: { hide: true } }, async (request, reply) => {
    const who = await person(request, reply);
    if (!who) return reply;
    await unsaveCareer(db, who.user.id, request.params.slug);
    return reply.redirect('/me', 303);
  });

  app.get<{ Params: { slug: string } }>('/me/plans/:slug', { schema: { hide: true } }, async (request, reply) => {
    const career = careerOrThrow(store.current().catalog, request.params.slug);
    const who = await person(request, reply);
    if (!who) return reply;
    const plan = await planOf(db, career, who.user.id);
    return page(reply, `My plan: ${career.title}`, `/me/plans/${career.slug}`, <MyPlan plan={plan} csrf={who.session.csrf_token} />);
  });

  app.post<{ Params: { slug: string; stepId: string }; Body: Form }>('/me/plans/:slug/steps/:stepId', { schema: { hide: true } }, async (request, reply) => {
    const who = await person(request, reply);
    if (!who) return reply;
    const status = formFields(request.body).status;
    if (!STEP_STATUSES.includes(status as StepStatus))
      throw new AppError('VALIDATION_FAILED', 'status: must be todo, doing, done or skipped', [
        { field: 'status', message: 'must be todo, doing, done or skipped' },
      ]);
    const career = careerOrThrow(store.current().catalog, request.params.slug);
    await setStep(db, career, who.user.id, request.params.stepId, status as StepStatus);
    return reply.redirect(`/me/plans/${career.slug}#step-${request.params.stepId}`, 303);
  });

  app.get('/me/export', { schema: { hide: true } }, async (request, reply) => {
    const who = await person(request, reply);
    if (!who) return reply;
    await recordAction(db, who.user.id, 'export', 'printable page');
    const data = await exportData(db, store.current().catalog, who.user);
    return page(reply, 'Everything we hold about you', '/me/export', <ExportView data={data} />);
  });

  app.post<{ Body: Form }>('/me/delete', { schema: { hide: true } }, async (request, reply) => {
    const who = await person(request, reply);
    if (!who) return reply;
    try {
      await deleteAccount(db, who.user, formFields(request.body).password ?? '');
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const saved = await savedList(db, store.current().catalog, who.user.id);
      return page(
        reply,
        'My careers',
        '/me',
        <MyCareers user={who.user} saved={saved.items} csrf={who.session.csrf_token} deleteError="That is not your password." />,
        400,
      );
    }
    await endSession(db, request, reply);
    return page(
      reply,
      'Account deleted',
      '/me',
      <section class="narrow">
        <h1>Your account is deleted</h1>
        <p role="status">Every record about you is gone. Thank you for using careerpath.</p>
      </section>,
    );
  });
};
