/**
 * Sign-up and log-in forms: plain POST forms that work without JavaScript, each problem named
 * next to its field and listed at the top (linked to the field) for screen readers.
 */
import type { ComponentChildren } from 'preact';
import type { FieldError } from '../../errors.ts';

export interface FormState {
  values: Record<string, string>;
  errors: FieldError[];
  /** A message for the whole form (wrong password, too many tries). */
  message?: string;
}

export const EMPTY_FORM: FormState = { values: {}, errors: [] };

export function Problems({ state, title }: { state: FormState; title: string }) {
  if (state.errors.length === 0 && !state.message) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="form-errors-h">
      <h2 id="form-errors-h">{title}</h2>
      {state.message ? <p>{state.message}</p> : null}
      <ul>
        {state.errors.map((e) => (
          <li>
            <a href={`#${e.field}`}>{e.field}</a>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Field(props: { id: string; label: string; type: string; state: FormState; hint?: string; autocomplete?: string; children?: ComponentChildren }) {
  const { id, label, type, state, hint, autocomplete } = props;
  const errors = state.errors.filter((e) => e.field === id);
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
        <p class="error" id={`${id}-error`}>
          {errors.map((e) => e.message).join('; ')}
        </p>
      ) : null}
    </div>
  );
}

export function SignupForm({ state }: { state: FormState }) {
  return (
    <form method="post" action="/signup" class="account-form" novalidate>
      <Field id="email" label="Email" type="email" state={state} autocomplete="email" />
      <Field id="password" label="Password" type="password" state={state} autocomplete="new-password" hint="At least 10 characters; not a common password." />
      <Field
        id="birthYear"
        label="Year of birth"
        type="number"
        state={state}
        hint="We ask the year only. Under 18 this year? A parent or guardian must agree."
      />
      <Field
        id="guardianEmail"
        label="Parent’s or guardian’s email (if you are under 18)"
        type="email"
        state={state}
        hint="We email them a link; your account opens when they agree."
      />
      <button type="submit">Create my account</button>
    </form>
  );
}

export function LoginForm({ state, next }: { state: FormState; next: string }) {
  return (
    <form method="post" action="/login" class="account-form" novalidate>
      <input type="hidden" name="next" value={next} />
      <Field id="email" label="Email" type="email" state={state} autocomplete="email" />
      <Field id="password" label="Password" type="password" state={state} autocomplete="current-password" />
      <button type="submit">Log in</button>
    </form>
  );
}

/** A POST form carrying the session's CSRF token: the only way pages change anything. */
export function ActionForm({
  action,
  csrf,
  label,
  fields = {},
  className,
}: {
  action: string;
  csrf: string;
  label: string;
  fields?: Record<string, string>;
  className?: string;
}) {
  return (
    <form method="post" action={action} class={className ?? 'inline-form'}>
      <input type="hidden" name="_csrf" value={csrf} />
      {Object.entries(fields).map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <button type="submit">{label}</button>
    </form>
  );
}
