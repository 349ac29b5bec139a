/**
 * The /match results: what the matcher understood, then the top careers, each with its
 * fit's parts as a small bar chart (SVG bars sized by attribute, never inline style: the
 * CSP forbids it), the skills to learn and the personal roadmap.
 */
import type { CareerMatch, MatchResult, PartName } from '../../matching/match.schema.ts';
import { PART_NAMES } from '../../matching/match.schema.ts';
import { INTEREST_KINDS } from '../../matching/interest-questions.ts';
import type { StartStage } from '../../careers/pathway.schema.ts';
import { STAGE_LABELS } from './match-query.ts';

const PART_LABELS: Record<PartName, string> = { skills: 'Skills', education: 'Education', interests: 'Interests', preferences: 'Preferences' };
const STATUS_LABELS = { done: 'Covered: skip', partial: 'Shortened', todo: 'To do' } as const;
const GAPS_SHOWN = 8;

const weeks = (start: number | null, end: number | null) => (start === null || end === null ? '' : start === end ? `week ${start}` : `weeks ${start}–${end}`);

/** Where the person stands, as read; when the words could mean several stages, a link for each to choose from. */
function Stage({ understood, stageUrl }: { understood: MatchResult['understood']; stageUrl: (stage: StartStage) => string }) {
  const { stage, stageCandidates, degree } = understood;
  if (stage) {
    return (
      <li>
        Where you stand: <strong>{STAGE_LABELS[stage.value]}</strong>
        {stage.how === 'degree' ? ' (read from your education)' : ''}
      </li>
    );
  }
  if (stageCandidates.length === 0) return <li>Where you stand: not given, so eligibility is unknown</li>;
  return (
    <li class="mp-candidates">
      {degree ? `“${degree.input}” could mean several things.` : 'Your education could mean several things.'} Which one is you? We will not guess:{' '}
      <ul>
        {stageCandidates.map((c) => (
          <li>
            <a href={stageUrl(c)}>{STAGE_LABELS[c]}</a>
          </li>
        ))}
      </ul>
    </li>
  );
}

function Understood({ understood, note, stageUrl }: { understood: MatchResult['understood']; note: string; stageUrl: (stage: StartStage) => string }) {
  const { degree, skills, unmatchedSkills } = understood;
  return (
    <div class="mp-understood">
      <h3>What we understood</h3>
      <ul>
        {degree ? (
          <li>
            Education: <strong>{degree.degree}</strong>
            {degree.how === 'exact' ? '' : ` (nearest to “${degree.input}”)`}
          </li>
        ) : (
          <li>Education: not given</li>
        )}
        <Stage understood={understood} stageUrl={stageUrl} />
        <li>
          Skills:{' '}
          {skills.length === 0
            ? 'none recognised'
            : skills.map((s, i) => (
                <>
                  {i > 0 ? ', ' : ''}
                  <strong>{s.name}</strong> ({s.level}){s.how === 'exact' ? '' : ` from “${s.input}”`}
                </>
              ))}
        </li>
        {unmatchedSkills.length > 0 ? (
          <li class="mp-unmatched">
            Not recognised, so not counted:{' '}
            {unmatchedSkills.map((u, i) => (
              <>
                {i > 0 ? '; ' : ''}“{u.input}”{u.suggestions.length ? ` (did you mean ${u.suggestions.join(', ')}?)` : ''}
              </>
            ))}
          </li>
        ) : null}
        <li>
          Interest questions answered: {understood.interestsAnswered} of {INTEREST_KINDS.length}
        </li>
      </ul>
      <p class="muted">{note}</p>
    </div>
  );
}

function PartsChart({ c }: { c: CareerMatch }) {
  return (
    <figure class="mp-parts">
      <figcaption class="visually-hidden">How the fit of {c.fit} is made up</figcaption>
      <dl>
        {PART_NAMES.map((name) => {
          const part = c.parts[name];
          const score = part.score ?? 0;
          return (
            <div class={`mp-part mp-part-${name}${part.score === null ? ' mp-unrated' : ''}`}>
              <dt>
                {PART_LABELS[name]} <span class="muted">{part.weight}%</span>
              </dt>
              <dd>
                <span class="mp-bar-row">
                  <svg class="mp-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="mp-track" width="100" height="8" rx="2" />
                    <rect class="mp-fill" width={score} height="8" rx="2" />
                  </svg>
                  <span class="mp-score">{part.score === null ? 'not rated' : `${part.score}/100`}</span>
                </span>
                <span class="mp-reason">{part.reason}</span>
              </dd>
            </div>
          );
        })}
      </dl>
    </figure>
  );
}

function Gaps({ c, open }: { c: CareerMatch; open: boolean }) {
  if (c.missingSkills.length === 0) return <p>You have every skill it lists at the level needed.</p>;
  return (
    <details class="mp-gaps" open={open}>
      <summary>Skills to learn next ({c.missingSkills.length})</summary>
      <ol>
        {c.missingSkills.slice(0, GAPS_SHOWN).map((g) => (
          <li>
            <strong>{g.name}</strong>: needs {g.levelNeeded}, {g.importance} importance;{' '}
            {g.yourLevel ? `you: ${g.yourLevel}${g.from ? ` (counted from ${g.from})` : ''}` : 'you: not yet'}
          </li>
        ))}
      </ol>
      {c.missingSkills.length > GAPS_SHOWN ? (
        <p class="muted">
          And {c.missingSkills.length - GAPS_SHOWN} more on the <a href={`/careers/${c.slug}#skills`}>career page</a>.
        </p>
      ) : null}
    </details>
  );
}

const months = (m: { min: number; max: number }) => (m.min === m.max ? `${m.min} months` : `${m.min}–${m.max} months`);

function Roadmap({ c, open }: { c: CareerMatch; open: boolean }) {
  const first = c.roadmap.monthsToFirstJob;
  return (
    <details class="mp-roadmap" open={open}>
      <summary>
        Your roadmap: {first ? `about ${months(first)} to the first job` : `${c.roadmap.totalWeeks} weeks of skills, after any qualifying stages`}
      </summary>
      <p>{c.roadmap.summary}</p>
      <ol class="mp-steps">
        {c.roadmap.steps.map((s) => (
          <li class={`mp-step-item mp-${s.status}`}>
            <span class="mp-status">{s.kind === 'stage' ? 'Stage' : STATUS_LABELS[s.status]}</span>{' '}
            <strong>
              {s.step}. {s.title}
            </strong>
            {s.months ? (
              <span class="muted"> · {months(s.months)}</span>
            ) : s.status === 'done' ? null : (
              <span class="muted">
                {' '}
                · {weeks(s.startWeek, s.endWeek)}, about {s.hours} hours
              </span>
            )}
            <br />
            <span class="mp-note">{s.note}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

const ELIGIBILITY_LABELS = {
  eligible: 'Eligible now',
  'not-yet': 'Not yet: stages remain',
  ineligible: 'Not eligible',
  unknown: 'Eligibility unknown',
} as const;

function EligibilityNote({ c }: { c: CareerMatch }) {
  const { status, reasons } = c.eligibility;
  const first = c.roadmap.monthsToFirstJob;
  return (
    <div class={`mp-eligibility mp-${status}`}>
      <p>
        <strong>{ELIGIBILITY_LABELS[status]}</strong>
        {first ? ` · about ${months(first)} to the first job` : ''}
      </p>
      {reasons.length > 0 ? (
        <ul>
          {reasons.map((r) => (
            <li>{r}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function PlanB({ c }: { c: CareerMatch }) {
  if (c.planB.length === 0) return null;
  return (
    <details class="mp-plan-b">
      <summary>Plan B: {c.planB.length} careers that reuse the same preparation</summary>
      <ul>
        {c.planB.map((b) => (
          <li>
            <a href={`/careers/${b.slug}`}>{b.title}</a> <span class="muted">(after {b.afterExam.name})</span> ·{' '}
            <strong>{ELIGIBILITY_LABELS[b.eligibility.status]}</strong>
            {b.eligibility.monthsToFirstJob ? ` · about ${months(b.eligibility.monthsToFirstJob)} to the first job` : ''}
            <br />
            <span class="mp-note">{b.reuses}</span>
            {b.eligibility.status === 'ineligible' ? <span class="mp-note"> {b.eligibility.reasons.join(' ')}</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

function CareerResult({ c, open }: { c: CareerMatch; open: boolean }) {
  return (
    <article class="card mp-career" aria-labelledby={`fit-${c.slug}`}>
      <h3 id={`fit-${c.slug}`}>
        <span class="mp-rank">{c.rank}.</span> <a href={`/careers/${c.slug}`}>{c.title}</a>
      </h3>
      <p class="mp-fit">
        <strong class="mp-fit-score">{c.fit}</strong>/100 fit <span class="tag">{c.category}</span> <span class="tag">Remote: {c.remote}</span>
        {c.current ? <span class="tag">Your current career</span> : null}{' '}
        <a href={`/me/save/${c.slug}`} data-save-career={c.slug}>
          Save {c.title}
        </a>
      </p>
      <EligibilityNote c={c} />
      <PartsChart c={c} />
      <Gaps c={c} open={open} />
      <Roadmap c={c} open={open} />
      <PlanB c={c} />
    </article>
  );
}

export function MatchResults({ result, shareUrl, stageUrl }: { result: MatchResult; shareUrl: string; stageUrl: (stage: StartStage) => string }) {
  return (
    <section class="mp-results" aria-labelledby="results-h">
      <h2 id="results-h" tabIndex={-1}>
        Your best matches
      </h2>
      <p>
        The top {result.careers.length} of {result.total} careers for you. Each fit is made of four parts; the bars show them.{' '}
        <a href={shareUrl}>Link to this result</a> (it holds your answers; we store nothing).
      </p>
      <Understood understood={result.understood} note={result.assumptions.note} stageUrl={stageUrl} />
      <p id="my-plan-status" role="status" aria-live="polite" />
      <ol class="mp-list">
        {result.careers.map((c, i) => (
          <li>
            <CareerResult c={c} open={i === 0} />
          </li>
        ))}
      </ol>
    </section>
  );
}
