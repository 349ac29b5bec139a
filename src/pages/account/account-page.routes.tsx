/**
 * Account pages: sign up, log in, log out, a guardian's consent and the privacy notice. Forms
 * post here and call the same services as the API; problems come back as the form again.
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { AccountDeps } from '../../accounts/account-deps.ts';
import { giveConsent, login, signup } from '../../accounts/account.service.ts';
import { endSession, requireUser, signedIn, startSession } from '../../accounts/session.ts';
import { AppError } from '../../errors.ts';
import { renderPage } from '../layout.tsx';
import { formFields, type FormFields } from '../form-fields.ts';
import { pageFieldErrors } from '../page-errors.ts';
import { EMPTY_FORM, LoginForm, Problems, SignupForm, type FormState } from './account-forms.tsx';
import { PrivacyPage } from './privacy-page.tsx';

type Form = FormFields;

/** Where to go after logging in: a path on this site only. */
export const safeNext = (next: string | undefined) => (next && /^\/(?!\/)[\w\-./?=&%]*$/.test(next) ? next : '/me');

const html = (reply: FastifyReply, status: number, title: string, body: preact.ComponentChildren, path: string) =>
  reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(renderPage({ title: `${title} | careerpath`, description: title, path }, body));

function failure(error: unknown, values: Form): FormState {
  const clean = Object.fromEntries(Object.entries(values).filter(([k, v]) => k !== 'password' && typeof v === 'string')) as Record<string, string>;
  const errors = pageFieldErrors(error);
  if (errors) return { values: clean, errors };
  if (error instanceof AppError) return { values: clean, errors: [], message: error.message.charAt(0).toUpperCase() + error.message.slice(1) + '.' };
  throw error;
}

export const accountPageRoutes: FastifyPluginAsync<{ accounts: AccountDeps }> = async (app, { accounts }) => {
  const { db, mailer, secureCookies, publicUrl } = accounts;

  const signupPage = (reply: FastifyReply, status: number, state: FormState) =>
    html(
      reply,
      status,
      'Create an account',
      <section class="narrow">
        <h1>Create an account</h1>
        <p>Save careers and tick off your plan. Without an account, they stay on this device only.</p>
        <Problems state={state} title="Please fix this" />
        <SignupForm state={state} />
        <p>
          Already have one? <a href="/login">Log in</a>. <a href="/privacy">What we store and why</a>.
        </p>
      </section>,
      '/signup',
    );

  const loginPage = (reply: FastifyReply, status: number, state: FormState, next: string) =>
    html(
      reply,
      status,
      'Log in',
      <section class="narrow">
        <h1>Log in</h1>
        <Problems state={state} title="Could not log you in" />
        <LoginForm state={state} next={next} />
        <p>
          New here? <a href="/signup">Create an account</a>.
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
      const { user, active } = await signup(db, mailer, body, (token) => `${publicUrl}/consent/${token}`);
      if (!active) {
        return html(
          reply,
          202,
          'Waiting for your guardian',
          <section class="narrow">
            <h1>Almost there</h1>
            <p role="status">We emailed your parent or guardian. Your account opens when they agree; then log in with {user.email}.</p>
          </section>,
          '/signup',
        );
      }
      await startSession(db, reply, user.id, secureCookies);
      return reply.redirect('/me', 303);
    } catch (error) {
      const state = failure(error, form);
      return signupPage(reply, error instanceof AppError ? error.status : 400, state);
    }
  });

  app.get<{ Querystring: { next?: string } }>('/login', { schema: { hide: true } }, async (request, reply) =>
    loginPage(reply, 200, EMPTY_FORM, safeNext(request.query.next)),
  );
  app.post<{ Body: Form }>('/login', { schema: { hide: true } }, async (request, reply) => {
    const form = formFields(request.body);
    const next = safeNext(form.next);
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
    return reply.redirect('/', 303);
  });

  app.get<{ Params: { token: string } }>('/consent/:token', { schema: { hide: true } }, async (request, reply) =>
    html(
      reply,
      200,
      'Agree to your child’s account',
      <section class="narrow">
        <h1>Agree to your child’s careerpath account</h1>
        <p>
          careerpath keeps only what your child saves: careers and roadmap progress. It shows no advertising and does no tracking. You or your child can export
          or delete everything at any time. <a href="/privacy">Read what we store</a>.
        </p>
        <form method="post" action={`/consent/${encodeURIComponent(request.params.token)}`}>
          <button type="submit">I am the parent or guardian and I agree</button>
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
      done ? 'Thank you' : 'Link not valid',
      <section class="narrow">
        <h1>{done ? 'Thank you' : 'This link is not valid'}</h1>
        <p role="status">{done ? 'The account is open; your child can log in now.' : 'It may have been used for an account that was since deleted.'}</p>
      </section>,
      '/consent',
    );
  });

  app.get('/privacy', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=3600')
      .type('text/html; charset=utf-8')
      .send(
        renderPage(
          {
            title: 'Your data and privacy | careerpath',
            description: 'What careerpath stores, why, for how long, and how to export or delete it.',
            path: '/privacy',
          },
          <PrivacyPage />,
        ),
      ),
  );
};
