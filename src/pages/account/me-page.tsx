/**
 * The signed-in person's pages: saved careers, one plan, the export as a printable page.
 * Career titles are shown translated when the profile has a translation; step titles are
 * the roadmap's, in English (lang="en" on other pages).
 */
import type { UserRow } from '../../accounts/account.repository.ts';
import type { Plan } from '../../accounts/account.schema.ts';
import type { CareerProfile } from '../../careers/career.schema.ts';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { CareerName, English, englishLang, Fill } from '../mixed-language.tsx';
import { ActionForm } from './account-forms.tsx';
import { meMessages } from './me.messages.ts';

export interface SavedCareer {
  slug: string;
  /** Null when the career is no longer in the catalog. */
  title: string | null;
  profile?: CareerProfile | undefined;
}

export function MyCareers(props: { user: UserRow; saved: SavedCareer[]; csrf: string; deleteError?: boolean }) {
  const { user, saved, csrf, deleteError } = props;
  const m = useMessages(meMessages);
  const href = useHref();
  return (
    <>
      <header class="hero">
        <h1>{m.myCareers}</h1>
        <p class="summary">{m.signedInAs(user.email)}</p>
        <ActionForm action="/logout" csrf={csrf} label={m.logOut} />
      </header>
      <section aria-labelledby="saved-h">
        <h2 id="saved-h">{m.saved}</h2>
        {saved.length === 0 ? (
          <p>
            <Fill text={m.nothingSaved}>
              <a href={href('/')}>{m.careerPage}</a>
            </Fill>
          </p>
        ) : (
          <ul class="cards saved-list">
            {saved.map((s) => {
              const name = s.title ? <CareerName title={s.title} profile={s.profile} /> : s.slug;
              return (
                <li class="card">
                  <h3>{s.title ? <a href={href(`/careers/${s.slug}`)}>{name}</a> : m.notInCatalog(s.slug)}</h3>
                  {s.title ? (
                    <a href={href(`/me/plans/${s.slug}`)}>
                      <Fill text={m.planFor}>{name}</Fill>
                    </a>
                  ) : null}
                  <ActionForm action={`/me/saved/${s.slug}/remove`} csrf={csrf} label={<Fill text={m.remove}>{name}</Fill>} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="data-h">
        <h2 id="data-h">{m.data}</h2>
        <p>
          <Fill text={m.dataLinks}>
            <a href={href('/me/export')}>{m.seeEverything}</a>
            <a href="/api/v1/me/export">{m.download}</a>
          </Fill>{' '}
          <a href={href('/privacy')}>{m.whatWeStore}</a>
          {m.stop}
        </p>
        <form method="post" action={href('/me/delete')} class="account-form danger">
          <input type="hidden" name="_csrf" value={csrf} />
          <h3>{m.deleteHeading}</h3>
          <p>{m.deleteText}</p>
          <div class="field">
            <label for="delete-password">{m.yourPassword}</label>
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
                {m.notYourPassword}
              </p>
            ) : null}
          </div>
          <button type="submit">{m.deleteButton}</button>
        </form>
      </section>
    </>
  );
}

export function SaveConfirm({ career, csrf }: { career: CareerProfile; csrf: string }) {
  const m = useMessages(meMessages);
  const href = useHref();
  const name = <CareerName title={career.title} profile={career} />;
  return (
    <section class="narrow">
      <h1>
        <Fill text={m.saveQuestion}>{name}</Fill>
      </h1>
      <ActionForm action={`/me/saved/${career.slug}`} csrf={csrf} label={<Fill text={m.saveTo}>{name}</Fill>} />
      <p>
        <a href={href(`/careers/${career.slug}`)}>
          <Fill text={m.backTo}>{name}</Fill>
        </a>
      </p>
    </section>
  );
}

export function MyPlan({ plan, profile, csrf }: { plan: Plan; profile: CareerProfile | undefined; csrf: string }) {
  const m = useMessages(meMessages);
  const href = useHref();
  const lang = englishLang(useLocale());
  return (
    <>
      <header class="hero">
        <h1>
          <Fill text={m.plan}>
            <CareerName title={plan.title} profile={profile} />
          </Fill>
        </h1>
        <p class="summary" role="status">
          {m.stepsDone(plan.done, plan.total)}
        </p>
      </header>
      <ol class="plan-steps">
        {plan.steps.map((s) => (
          <li id={`step-${s.id}`} class={`plan-step plan-${s.status}`}>
            <h2 class="plan-title" lang={lang}>
              {s.title}
            </h2>
            <p>
              {m.status} <strong>{m.statuses[s.status]}</strong>
              {s.hours ? m.aboutHours(s.hours) : ''}
            </p>
            <div class="plan-actions">
              {(['doing', 'done', 'skipped', 'todo'] as const)
                .filter((x) => x !== s.status)
                .map((x) => (
                  <ActionForm
                    action={`/me/plans/${plan.slug}/steps/${s.id}`}
                    csrf={csrf}
                    label={
                      <Fill text={m.mark(x)}>
                        <English>{s.title}</English>
                      </Fill>
                    }
                    fields={{ status: x }}
                  />
                ))}
            </div>
          </li>
        ))}
      </ol>
      {plan.retired.length > 0 ? (
        <section aria-labelledby="retired-h">
          <h2 id="retired-h">{m.retired}</h2>
          <p>{m.retiredText}</p>
          <ul>
            {plan.retired.map((r) => (
              <li>
                <English>{r.title}</English>: {m.statuses[r.status]}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a href={href(`/careers/${plan.slug}`)}>{m.backToCareer}</a> · <a href={href('/me')}>{m.myCareers}</a>
      </p>
    </>
  );
}

export function ExportView({ data }: { data: object }) {
  const m = useMessages(meMessages);
  return (
    <article class="narrow">
      <h1>{m.exportTitle}</h1>
      <p>{m.exportText}</p>
      <pre class="export" lang={englishLang(useLocale())}>
        {JSON.stringify(data, null, 2)}
      </pre>
    </article>
  );
}
