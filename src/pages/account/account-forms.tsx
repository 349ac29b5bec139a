/**
 * Sign-up and log-in forms: plain POST forms that work without JavaScript, each problem named
 * next to its field and listed at the top (linked to the field) for screen readers.
 */
import type { ComponentChildren } from 'preact';
import type { ErrorCode, FieldError } from '../../errors.ts';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { englishLang } from '../mixed-language.tsx';
import { accountMessages } from './account.messages.ts';

export interface FormState {
  values: Record<string, string>;
  errors: FieldError[];
  /** A problem with the whole form (wrong password, too many tries): the service's message and its code. */
  failure?: { code: ErrorCode; message: string };
}

/** A problem's words in the page's language, and lang="en" when that language has none for it. */
function useProblem(): (e: FieldError) => { text: string; lang: 'en' | undefined } {
  const m = useMessages(accountMessages);
  const locale = useLocale();
  return (e) => {
    const text = m.problem(e.message);
    return { text, lang: text === e.message ? englishLang(locale) : undefined };
  };
}

export const EMPTY_FORM: FormState = { values: {}, errors: [] };

export function Problems({ state, title }: { state: FormState; title: string }) {
  const m = useMessages(accountMessages);
  const locale = useLocale();
  const problem = useProblem();
  const { failure } = state;
  if (state.errors.length === 0 && !failure) return null;
  const whole = failure ? m.formError(failure.code, failure.message) : '';
  return (
    <div class="error-summary" role="alert" aria-labelledby="form-errors-h">
      <h2 id="form-errors-h">{title}</h2>
      {failure ? <p lang={whole === accountMessages.en.formError(failure.code, failure.message) ? englishLang(locale) : undefined}>{whole}</p> : null}
      <ul>
        {state.errors.map((e) => {
          const { text, lang } = problem(e);
          return (
            <li>
              <a href={`#${e.field}`}>{m.fields[e.field] ?? e.field}</a>: {lang ? <span lang={lang}>{text}</span> : text}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function Field(props: { id: string; label: string; type: string; state: FormState; hint?: string; autocomplete?: string; children?: ComponentChildren }) {
  const { id, label, type, state, hint, autocomplete } = props;
  const problem = useProblem();
  const errors = state.errors.filter((e) => e.field === id).map(problem);
  const describedBy = [hint ? `${id}-hint` : '', errors.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={id}
        type={type}
        value={type === 'password' ? '' : (state.values[id] ?? '')}
        autocomplete={autocomplete}
        aria-invalid={errors.length ? 'true' : undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors.length ? (
        <p class="error" id={`${id}-error`} lang={errors.every((e) => e.lang) ? errors[0]!.lang : undefined}>
          {errors.map((e) => e.text).join('; ')}
        </p>
      ) : null}
    </div>
  );
}

export function SignupForm({ state }: { state: FormState }) {
  const m = useMessages(accountMessages);
  const href = useHref();
  return (
    <form method="post" action={href('/signup')} class="account-form" novalidate>
      <Field id="email" label={m.email} type="email" state={state} autocomplete="email" />
      <Field id="password" label={m.password} type="password" state={state} autocomplete="new-password" hint={m.passwordHint} />
      <Field id="birthYear" label={m.birthYear} type="number" state={state} hint={m.birthYearHint} />
      <Field id="guardianEmail" label={m.guardianEmail} type="email" state={state} hint={m.guardianHint} />
      <button type="submit">{m.createButton}</button>
    </form>
  );
}

export function LoginForm({ state, next }: { state: FormState; next: string }) {
  const m = useMessages(accountMessages);
  const href = useHref();
  return (
    <form method="post" action={href('/login')} class="account-form" novalidate>
      <input type="hidden" name="next" value={next} />
      <Field id="email" label={m.email} type="email" state={state} autocomplete="email" />
      <Field id="password" label={m.password} type="password" state={state} autocomplete="current-password" />
      <button type="submit">{m.loginButton}</button>
    </form>
  );
}

/** A POST form carrying the session's CSRF token: the only way pages change anything. `action` is a site path, put in the page's language. */
export function ActionForm({
  action,
  csrf,
  label,
  fields = {},
  className,
}: {
  action: string;
  csrf: string;
  label: ComponentChildren;
  fields?: Record<string, string>;
  className?: string;
}) {
  const href = useHref();
  return (
    <form method="post" action={href(action)} class={className ?? 'inline-form'}>
      <input type="hidden" name="_csrf" value={csrf} />
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit">{label}</button>
    </form>
  );
}
