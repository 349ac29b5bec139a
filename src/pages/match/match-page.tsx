/** The /match page: intro, any errors, the results when there are some, and the form. */
import type { FieldError } from '../../errors.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { MatchResult } from '../../matching/match.schema.ts';
import { assetUrl } from '../assets.ts';
import { renderPage } from '../layout.tsx';
import { useMessages } from '../locale-context.tsx';
import type { CareerLookup } from './match-career.tsx';
import { MatchForm, type FormChoices } from './match-form.tsx';
import { matchPageMessages } from './match-page.messages.ts';
import { fieldKeyOf, formFieldOf, matchUrl, type MatchFormState } from './match-query.ts';
import { MatchResults } from './match-results.tsx';
import { skillRowMessages } from './skill-row.messages.ts';

export interface MatchPageModel {
  form: MatchFormState;
  choices: FormChoices;
  result: MatchResult | null;
  errors: FieldError[];
  /** When the degree matched nothing we know: the nearest degrees (maybe none); else null. */
  degreeNearest?: readonly string[] | null;
  /** A career's profile by slug, for its translated title. */
  career?: CareerLookup;
}

type PageMessages = (typeof matchPageMessages)['en'];

/** A problem in the page's words: English keeps the validator's message, other languages say the field's rule. */
function problemText(m: PageMessages, e: FieldError, model: MatchPageModel): string {
  const { key } = fieldKeyOf(e.field);
  if (key === 'degree' && model.degreeNearest) return m.unknownDegree(model.form.degree, model.degreeNearest, e.message);
  return m.problem(key, e.message);
}

function useFieldLabel(): (field: string) => string {
  const m = useMessages(matchPageMessages);
  const row = useMessages(skillRowMessages);
  return (field) => {
    const { key, index } = fieldKeyOf(field);
    return key === 'skill' || key === 'level' ? row.skill(index + 1) : m.labels[key];
  };
}

function ErrorSummary({ errors, text }: { errors: FieldError[]; text: (e: FieldError) => string }) {
  const m = useMessages(matchPageMessages);
  const label = useFieldLabel();
  return (
    <div class="error-summary" role="alert" aria-labelledby="match-errors-h">
      <h2 id="match-errors-h">{m.fixHeading}</h2>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#${formFieldOf(e.field)}`}>{label(e.field)}</a>: {text(e)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function MatchPage({ model }: { model: MatchPageModel }) {
  const { form, choices, result, errors } = model;
  const m = useMessages(matchPageMessages);
  const text = (e: FieldError) => problemText(m, e, model);
  const messages = new Map<string, string[]>();
  for (const e of errors) {
    const id = formFieldOf(e.field);
    messages.set(id, [...(messages.get(id) ?? []), text(e)]);
  }
  return (
    <>
      <header class="hero">
        <h1>{m.heading}</h1>
        <p class="summary">{m.summary}</p>
      </header>
      {errors.length ? <ErrorSummary errors={errors} text={text} /> : null}
      {result ? (
        <MatchResults result={result} shareUrl={matchUrl(form)} stageUrl={(stage) => matchUrl({ ...form, stage })} career={model.career ?? (() => undefined)} />
      ) : null}
      <section aria-labelledby="form-h" class="mp-form-section">
        <h2 id="form-h">{result ? m.changeAnswers : m.tellUs}</h2>
        <MatchForm form={form} choices={choices} messages={messages} wizard={!result && errors.length === 0} />
      </section>
    </>
  );
}

export function renderMatchPage(model: MatchPageModel, locale: Locale = 'en'): string {
  const m = matchPageMessages[locale];
  const shareUrl = matchUrl(model.form);
  return renderPage(
    {
      title: model.result ? m.resultTitle : m.title,
      description: m.description,
      path: '/match',
      // the language switch keeps the answers
      switchPath: shareUrl,
      scripts: [assetUrl('match-wizard'), assetUrl('my-plan')],
    },
    <MatchPage model={model} />,
    locale,
  );
}
