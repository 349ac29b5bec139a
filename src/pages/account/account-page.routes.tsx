/**
 * Account pages: sign up, log in, log out, a guardian's consent and the privacy notice. Forms
 * post here and call the same services as the API; problems come back as the form again.
 * Every redirect stays in the page's language: a log-in on /hi/login lands on /hi/me.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { AccountDeps } from '../../accounts/account-deps.ts';
import { giveConsent, login, signup } from '../../accounts/account.service.ts';
import { endSession, requireUser, signedIn, startSession } from '../../accounts/session.ts';
import { AppError } from '../../errors.ts';
import { localePath, type Locale } from '../../i18n/locale.ts';
import { renderPage } from '../layout.tsx';
import { formFields, type FormFields } from '../form-fields.ts';
import { Fill } from '../mixed-language.tsx';
import { pageFieldErrors } from '../page-errors.ts';
import { EMPTY_FORM, LoginForm, Problems, SignupForm, type FormState } from './account-forms.tsx';
import { accountMessages } from './account.messages.ts';
import { PrivacyPage } from './privacy-page.tsx';
import { privacyMessages } from './privacy.messages.ts';

type Form = FormFields;

/** Where to go after logging in: a path on this site only; by default My careers in `locale`. */
export const safeNext = (next: string | undefined, locale: Locale = 'en') => (next && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : localePath(locale, '/me'));

function failure(error: unknown, values: Form): FormState {
  const clean = Object.fromEntries(Object.entries(values).filter(([k, v]) => k !== 'password' && typeof v === 'string')) as Record<string, string>;
  const errors = pageFieldErrors(error);
  if (errors) return { values: clean, errors };
  if (error instanceof AppError) return { values: clean, errors: [], failure: { code: error.code, message: error.message } };
  throw error;
}

export const accountPageRoutes: FastifyPluginAsync<{ accounts: AccountDeps; locale: Locale }> = async (app, { accounts, locale }) => {
  const { db, mailer, secureCookies, publicUrl } = accounts;
  const m = accountMessages[locale];
  const href = (path: string) => localePath(locale, path);

  const html = (reply: FastifyReply, status: number, title: string, body: preact.ComponentChildren, path: string) =>
    reply
      .code(status)
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(renderPage({ title: `${title} | careerpath`, description: title, path }, body, locale));

  const signupPage = (reply: FastifyReply, status: number, state: FormState) =>
    html(
      reply,
      status,
      m.signupTitle,
      <section class="narrow">
        <h1>{m.signupTitle}</h1>
        <p>{m.signupIntro}</p>
        <Problems state={state} title={m.fixThis} />
        <SignupForm state={state} />
        <p>
          <Fill text={m.haveAccount}>
            <a href={href('/login')}>{m.logInLink}</a>
          </Fill>{' '}
          <a href={href('/privacy')}>{m.whatWeStore}</a>
          {m.stop}
        </p>
      </section>,
      '/signup',
    );

  const loginPage = (reply: FastifyReply, status: number, state: FormState, next: string) =>
    html(
      reply,
      status,
      m.loginTitle,
      <section class="narrow">
        <h1>{m.loginTitle}</h1>
        <Problems state={state} title={m.loginFailed} />
        <LoginForm state={state} next={next} />
        <p>
          <Fill text={m.newHere}>
            <a href={href('/signup')}>{m.createLink}</a>
          </Fill>
        </p>
      </section>,
      '/login',
    );

  app.get('/signup', { schema: { hide: true } }, async (_request, reply) => signupPage(reply, 200, EMPTY_FORM));
  app.post<{ Body: Form }>('/signup', { schema: { hide: true } }, async (request, reply) => {
    const form = formFields(request.body);
    try {
      const birthYear = Number(form.birthYear);
      if (!form.email || !form.password || !Number.isInteger(birthYear)) {
        throw new AppError('VALIDATION_FAILED', 'missing fields', [
          ...(form.email ? [] : [{ field: 'email', message: 'is required' }]),
          ...(form.password ? [] : [{ field: 'password', message: 'is required' }]),
          ...(Number.isInteger(birthYear) ? [] : [{ field: 'birthYear', message: 'must be a year, e.g. 2007' }]),
        ]);
      }
      const body = { email: form.email, password: form.password, birthYear, ...(form.guardianEmail ? { guardianEmail: form.guardianEmail } : {}) };
      // the guardian's link opens the consent page in the language the child signed up in
      const { user, active } = await signup(db, mailer, body, (token) => `${publicUrl}${href(`/consent/${token}`)}`);
      if (!active) {
        return html(
          reply,
          202,
          m.waitingTitle,
          <section class="narrow">
            <h1>{m.almostThere}</h1>
            <p role="status">{m.emailedGuardian(user.email)}</p>
          </section>,
          '/signup',
        );
      }
      await startSession(db, reply, user.id, secureCookies);
      return reply.redirect(href('/me'), 303);
    } catch (error) {
      const state = failure(error, form);
      return signupPage(reply, error instanceof AppError ? error.status : 400, state);
    }
  });

  app.get<{ Querystring: { next?: string } }>('/login', { schema: { hide: true } }, async (request, reply) =>
    loginPage(reply, 200, EMPTY_FORM, safeNext(request.query.next, locale)),
  );
  app.post<{ Body: Form }>('/login', { schema: { hide: true } }, async (request, reply) => {
    const form = formFields(request.body);
    const next = safeNext(form.next, locale);
    try {
      const user = await login(db, form.email ?? '', form.password ?? '', request.ip);
      await startSession(db, reply, user.id, secureCookies);
      return reply.redirect(next, 303);
    } catch (error) {
      const state = failure(error, form);
      return loginPage(reply, error instanceof AppError ? error.status : 400, state, next);
    }
  });

  app.post('/logout', { schema: { hide: true } }, async (request, reply) => {
    if (await signedIn(db, request)) await requireUser(db, request);
    await endSession(db, request, reply);
    return reply.redirect(href('/'), 303);
  });

  app.get<{ Params: { token: string } }>('/consent/:token', { schema: { hide: true } }, async (request, reply) =>
    html(
      reply,
      200,
      m.consentTitle,
      <section class="narrow">
        <h1>{m.consentHeading}</h1>
        <p>
          {m.consentText} <a href={href('/privacy')}>{m.readWhatWeStore}</a>
          {m.stop}
        </p>
        <form method="post" action={href(`/consent/${encodeURIComponent(request.params.token)}`)}>
          <button type="submit">{m.agree}</button>
        </form>
      </section>,
      '/consent',
    ),
  );
  app.post<{ Params: { token: string } }>('/consent/:token', { schema: { hide: true } }, async (request, reply) => {
    const done = await giveConsent(db, request.params.token).then(
      () => true,
      (error: unknown) => {
        if (error instanceof AppError) return false;
        throw error;
      },
    );
    return html(
      reply,
      done ? 200 : 404,
      done ? m.thanks : m.linkInvalidTitle,
      <section class="narrow">
        <h1>{done ? m.thanks : m.linkInvalid}</h1>
        <p role="status">{done ? m.accountOpen : m.linkMaybeUsed}</p>
      </section>,
      '/consent',
    );
  });

  app.get('/privacy', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=3600')
      .type('text/html; charset=utf-8')
      .send(renderPage({ title: privacyMessages[locale].title, description: privacyMessages[locale].description, path: '/privacy' }, <PrivacyPage />, locale)),
  );
};
