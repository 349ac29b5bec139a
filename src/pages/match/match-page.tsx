/** The /match page: intro, any errors, the results when there are some, and the form. */
import type { FieldError } from '../../errors.ts';
import type { MatchResult } from '../../matching/match.schema.ts';
import { assetUrl } from '../assets.ts';
import { renderPage } from '../layout.tsx';
import { MatchForm, type FieldMessages, type FormChoices } from './match-form.tsx';
import { fieldLabel, formFieldOf, matchUrl, type MatchFormState } from './match-query.ts';
import { MatchResults } from './match-results.tsx';

export interface MatchPageModel {
  form: MatchFormState;
  choices: FormChoices;
  result: MatchResult | null;
  errors: FieldError[];
}

function messagesOf(errors: FieldError[]): FieldMessages {
  const map = new Map<string, string[]>();
  for (const e of errors) {
    const id = formFieldOf(e.field);
    map.set(id, [...(map.get(id) ?? []), e.message]);
  }
  return map;
}

function ErrorSummary({ errors }: { errors: FieldError[] }) {
  return (
    <div class="error-summary" role="alert" aria-labelledby="match-errors-h">
      <h2 id="match-errors-h">Some answers need a fix</h2>
      <ul>
        {errors.map((e) => (
          <li>
            <a href={`#${formFieldOf(e.field)}`}>{fieldLabel(e.field)}</a>: {e.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function renderMatchPage({ form, choices, result, errors }: MatchPageModel): string {
  const shareUrl = matchUrl(form);
  return renderPage(
    {
      title: result ? 'Your career matches | careerpath' : 'Which career fits you? Personal career match | careerpath',
      description: 'Tell us your degree, skills, interests and preferences; see which careers fit you, why, what to learn and how long it takes.',
      path: '/match',
      scripts: [assetUrl('match-wizard'), assetUrl('my-plan')],
    },
    <>
      <header class="hero">
        <h1>Which career fits you?</h1>
        <p class="summary">
          Your degree, skills, interests and preferences against every career: a fit score with its reasons, the skills you are missing and a roadmap that skips
          what you already know.
        </p>
      </header>
      {errors.length ? <ErrorSummary errors={errors} /> : null}
      {result ? <MatchResults result={result} shareUrl={shareUrl} stageUrl={(stage) => matchUrl({ ...form, stage })} /> : null}
      <section aria-labelledby="form-h" class="mp-form-section">
        <h2 id="form-h">{result ? 'Change your answers' : 'Tell us about you'}</h2>
        <MatchForm form={form} choices={choices} messages={messagesOf(errors)} wizard={!result && errors.length === 0} />
      </section>
    </>,
  );
}
