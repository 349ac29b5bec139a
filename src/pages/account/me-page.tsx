/** The signed-in person's pages: saved careers, one plan, the export as a printable page. */
import type { UserRow } from '../../accounts/account.repository.ts';
import type { Plan, StepStatus } from '../../accounts/account.schema.ts';
import type { CareerProfile } from '../../careers/career.schema.ts';
import { ActionForm } from './account-forms.tsx';

const STATUS_LABELS: Record<StepStatus, string> = { todo: 'To do', doing: 'Doing', done: 'Done', skipped: 'Skipped' };

export function MyCareers(props: { user: UserRow; saved: Array<{ slug: string; title: string | null; savedAt: string }>; csrf: string; deleteError?: string }) {
  const { user, saved, csrf, deleteError } = props;
  return (
    <>
      <header class="hero">
        <h1>My careers</h1>
        <p class="summary">Signed in as {user.email}.</p>
        <ActionForm action="/logout" csrf={csrf} label="Log out" />
      </header>
      <section aria-labelledby="saved-h">
        <h2 id="saved-h">Saved careers</h2>
        {saved.length === 0 ? (
          <p>
            Nothing saved yet. Use “Save this career” on a <a href="/">career page</a>.
          </p>
        ) : (
          <ul class="cards saved-list">
            {saved.map((s) => (
              <li class="card">
                <h3>{s.title ? <a href={`/careers/${s.slug}`}>{s.title}</a> : `${s.slug} (no longer in the catalog)`}</h3>
                {s.title ? <a href={`/me/plans/${s.slug}`}>My plan for {s.title}</a> : null}
                <ActionForm action={`/me/saved/${s.slug}/remove`} csrf={csrf} label={`Remove ${s.title ?? s.slug}`} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="data-h">
        <h2 id="data-h">Data and privacy</h2>
        <p>
          <a href="/me/export">See everything we hold about you</a> (printable) or <a href="/api/v1/me/export">download it as a file</a> (JSON).{' '}
          <a href="/privacy">What we store and why</a>.
        </p>
        <form method="post" action="/me/delete" class="account-form danger">
          <input type="hidden" name="_csrf" value={csrf} />
          <h3>Delete my account</h3>
          <p>Every record about you is removed at once. This cannot be undone.</p>
          <div class="field">
            <label for="delete-password">Your password</label>
            <input
              id="delete-password"
              name="password"
              type="password"
              autocomplete="current-password"
              aria-invalid={deleteError ? 'true' : undefined}
              aria-describedby={deleteError ? 'delete-error' : undefined}
            />
            {deleteError ? (
              <p class="error" id="delete-error" role="alert">
                {deleteError}
              </p>
            ) : null}
          </div>
          <button type="submit">Delete my account and all my data</button>
        </form>
      </section>
    </>
  );
}

export function SaveConfirm({ career, csrf }: { career: CareerProfile; csrf: string }) {
  return (
    <section class="narrow">
      <h1>Save {career.title}?</h1>
      <ActionForm action={`/me/saved/${career.slug}`} csrf={csrf} label={`Save ${career.title} to my careers`} />
      <p>
        <a href={`/careers/${career.slug}`}>Back to {career.title}</a>
      </p>
    </section>
  );
}

export function MyPlan({ plan, csrf }: { plan: Plan; csrf: string }) {
  return (
    <>
      <header class="hero">
        <h1>My plan: {plan.title}</h1>
        <p class="summary" role="status">
          {plan.done} of {plan.total} steps done.
        </p>
      </header>
      <ol class="plan-steps">
        {plan.steps.map((s) => (
          <li id={`step-${s.id}`} class={`plan-step plan-${s.status}`}>
            <h2 class="plan-title">{s.title}</h2>
            <p>
              Status: <strong>{STATUS_LABELS[s.status]}</strong>
              {s.hours ? ` · about ${s.hours} hours` : ''}
            </p>
            <div class="plan-actions">
              {(['doing', 'done', 'skipped', 'todo'] as const)
                .filter((x) => x !== s.status)
                .map((x) => (
                  <ActionForm
                    action={`/me/plans/${plan.slug}/steps/${s.id}`}
                    csrf={csrf}
                    label={`Mark “${s.title}” ${STATUS_LABELS[x].toLowerCase()}`}
                    fields={{ status: x }}
                  />
                ))}
            </div>
          </li>
        ))}
      </ol>
      {plan.retired.length > 0 ? (
        <section aria-labelledby="retired-h">
          <h2 id="retired-h">Steps no longer in this roadmap</h2>
          <p>The roadmap was revised; what you recorded is kept.</p>
          <ul>
            {plan.retired.map((r) => (
              <li>
                {r.title}: {STATUS_LABELS[r.status]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a href={`/careers/${plan.slug}`}>Back to the career</a> · <a href="/me">My careers</a>
      </p>
    </>
  );
}

export function ExportView({ data }: { data: object }) {
  return (
    <article class="narrow">
      <h1>Everything we hold about you</h1>
      <p>This is all of it. Print this page or download the same as a file from “My careers”.</p>
      <pre class="export">{JSON.stringify(data, null, 2)}</pre>
    </article>
  );
}
