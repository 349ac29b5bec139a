/**
 * "My careers", "My plan" and "Data and privacy" for the signed-in person: server-rendered,
 * changed through POST forms carrying the CSRF token (no JavaScript needed). Anonymous
 * visitors are sent to log in and brought back, in the page's language.
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
import type { CareerProfile } from '../../careers/career.schema.ts';
import { AppError } from '../../errors.ts';
import { localePath, type Locale } from '../../i18n/locale.ts';
import { renderPage } from '../layout.tsx';
import { formFields, type FormFields } from '../form-fields.ts';
import { assetUrl } from '../assets.ts';
import { careerTitle } from '../mixed-language.tsx';
import { ExportView, MyCareers, MyPlan, SaveConfirm } from './me-page.tsx';
import { meMessages } from './me.messages.ts';

type Form = FormFields;

export const mePageRoutes: FastifyPluginAsync<{ store: SnapshotStore; accounts: AccountDeps; locale: Locale }> = async (app, { store, accounts, locale }) => {
  const { db } = accounts;
  const m = meMessages[locale];
  const href = (path: string) => localePath(locale, path);
  const titleOf = (career: CareerProfile) => careerTitle(locale, career.title, career).text;
  /** The saved list with each career's profile, for its translated title. */
  const savedOf = async (userId: string) => {
    const { catalog } = store.current();
    return (await savedList(db, catalog, userId)).items.map((s) => ({ ...s, profile: catalog.get(s.slug) }));
  };

  /** The signed-in person, or a redirect to log in that comes back here. */
  async function person(request: FastifyRequest, reply: FastifyReply): Promise<SignedIn | null> {
    // a POST without a session goes to log in; one with a session but no CSRF token is refused (403), never redirected
    const who = request.method === 'GET' ? await signedIn(db, request) : (await signedIn(db, request)) && (await requireUser(db, request));
    if (!who) {
      void reply.redirect(`${href('/login')}?next=${encodeURIComponent(request.method === 'GET' ? request.url : href('/me'))}`, 303);
      return null;
    }
    return who;
  }
  const page = (reply: FastifyReply, title: string, path: string, body: preact.ComponentChildren, status = 200) =>
    reply
      .code(status)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderPage({ title: `${title} | careerpath`, description: title, path, scripts: [assetUrl('my-plan')] }, body, locale));

  app.get('/me', { schema: { hide: true } }, async (request, reply) => {
    const who = await person(request, reply);
    if (!who) return reply;
    return page(reply, m.myCareers, '/me', <MyCareers user={who.user} saved={await savedOf(who.user.id)} csrf={who.session.csrf_token} />);
  });

  app.get<{ Params: { slug: string } }>('/me/save/:slug', { schema: { hide: true } }, async (request, reply) => {
    const career = careerOrThrow(store.current().catalog, request.params.slug);
    const who = await person(request, reply);
    if (!who) return reply;
    return page(reply, m.saveTitle(titleOf(career)), '/me', <SaveConfirm career={career} csrf={who.session.csrf_token} />);
  });

  app.post<{ Params: { slug: string }; Body: Form }>('/me/saved/:slug', { schema: { hide: true } }, async (request, reply) => {
    const who = await person(request, reply);
    if (!who) return reply;
    await saveCareer(db, who.user.id, careerOrThrow(store.current().catalog, request.params.slug).slug);
    return reply.redirect(href('/me'), 303);
  });

  app.post<{ Params: { slug: string }; Body: Form }>('/me/saved/:slug/remove', { schema: { hide: true } }, async (request, reply) => {
    const who = await person(request, reply);
    if (!who) return reply;
    await unsaveCareer(db, who.user.id, request.params.slug);
    return reply.redirect(href('/me'), 303);
  });

  app.get<{ Params: { slug: string } }>('/me/plans/:slug', { schema: { hide: true } }, async (request, reply) => {
    const career = careerOrThrow(store.current().catalog, request.params.slug);
    const who = await person(request, reply);
    if (!who) return reply;
    const plan = await planOf(db, career, who.user.id);
    return page(reply, m.planTitle(titleOf(career)), `/me/plans/${career.slug}`, <MyPlan plan={plan} profile={career} csrf={who.session.csrf_token} />);
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
    return reply.redirect(href(`/me/plans/${career.slug}#step-${request.params.stepId}`), 303);
  });

  app.get('/me/export', { schema: { hide: true } }, async (request, reply) => {
    const who = await person(request, reply);
    if (!who) return reply;
    await recordAction(db, who.user.id, 'export', 'printable page');
    const data = await exportData(db, store.current().catalog, who.user);
    return page(reply, m.exportTitle, '/me/export', <ExportView data={data} />);
  });

  app.post<{ Body: Form }>('/me/delete', { schema: { hide: true } }, async (request, reply) => {
    const who = await person(request, reply);
    if (!who) return reply;
    try {
      await deleteAccount(db, who.user, formFields(request.body).password ?? '');
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return page(reply, m.myCareers, '/me', <MyCareers user={who.user} saved={await savedOf(who.user.id)} csrf={who.session.csrf_token} deleteError />, 400);
    }
    await endSession(db, request, reply);
    return page(
      reply,
      m.deletedTitle,
      '/me',
      <section class="narrow">
        <h1>{m.deleted}</h1>
        <p role="status">{m.deletedText}</p>
      </section>,
    );
  });
};
