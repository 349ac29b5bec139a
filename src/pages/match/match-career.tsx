/**
 * One career in the /match results: its fit's parts as a small bar chart (SVG bars sized by
 * attribute, never inline style: the CSP forbids it), eligibility, the skills to learn, the
 * personal roadmap and Plan B. Names, reasons and notes come from the catalog and the
 * matcher in English; on other pages they carry lang="en".
 */
import type { CareerProfile } from '../../careers/career.schema.ts';
import type { CareerMatch } from '../../matching/match.schema.ts';
import { PART_NAMES } from '../../matching/match.schema.ts';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { CareerName, English, englishLang, Fill } from '../mixed-language.tsx';
import { matchResultsMessages } from './match-results.messages.ts';
import { skillLevelMessages, wordOf } from './skill-level.messages.ts';

const GAPS_SHOWN = 8;

/** A career's profile by slug, for its translated title. */
export type CareerLookup = (slug: string) => CareerProfile | undefined;

function PartsChart({ c }: { c: CareerMatch }) {
  const m = useMessages(matchResultsMessages);
  const lang = englishLang(useLocale());
  return (
    <figure class="mp-parts">
      <figcaption class="visually-hidden">{m.fitMadeOf(c.fit)}</figcaption>
      <dl>
        {PART_NAMES.map((name) => {
          const part = c.parts[name];
          const score = part.score ?? 0;
          return (
            <div class={`mp-part mp-part-${name}${part.score === null ? ' mp-unrated' : ''}`}>
              <dt>
                {m.parts[name]} <span class="muted">{part.weight}%</span>
              </dt>
              <dd>
                <span class="mp-bar-row">
                  <svg class="mp-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="mp-track" width="100" height="8" rx="2" />
                    <rect class="mp-fill" width={score} height="8" rx="2" />
                  </svg>
                  <span class="mp-score">{part.score === null ? m.notRated : `${part.score}/100`}</span>
                </span>
                <span class="mp-reason" lang={lang}>
                  {part.reason}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </figure>
  );
}

function Gaps({ c, open }: { c: CareerMatch; open: boolean }) {
  const m = useMessages(matchResultsMessages);
  const { levels, importance } = useMessages(skillLevelMessages);
  const href = useHref();
  if (c.missingSkills.length === 0) return <p>{m.allSkills}</p>;
  return (
    <details class="mp-gaps" open={open}>
      <summary>{m.gapsSummary(c.missingSkills.length)}</summary>
      <ol>
        {c.missingSkills.slice(0, GAPS_SHOWN).map((g) => (
          <li>
            <strong>
              <English>{g.name}</English>
            </strong>
            {m.gapNeeds(wordOf(levels, g.levelNeeded), wordOf(importance, g.importance))}
            {g.yourLevel ? (
              <>
                {m.yourLevel(wordOf(levels, g.yourLevel))}
                {g.from ? m.countedFrom(g.from) : ''}
              </>
            ) : (
              m.notYet
            )}
          </li>
        ))}
      </ol>
      {c.missingSkills.length > GAPS_SHOWN ? (
        <p class="muted">
          <Fill text={m.moreGaps(c.missingSkills.length - GAPS_SHOWN)}>
            <a href={href(`/careers/${c.slug}#skills`)}>{m.careerPage}</a>
          </Fill>
        </p>
      ) : null}
    </details>
  );
}

function Roadmap({ c, open }: { c: CareerMatch; open: boolean }) {
  const m = useMessages(matchResultsMessages);
  const lang = englishLang(useLocale());
  const first = c.roadmap.monthsToFirstJob;
  const weeks = (start: number | null, end: number | null) => (start === null || end === null ? '' : start === end ? m.week(start) : m.weeks(start, end));
  return (
    <details class="mp-roadmap" open={open}>
      <summary>{first ? m.roadmapToJob(m.months(first)) : m.roadmapWeeks(c.roadmap.totalWeeks)}</summary>
      <p lang={lang}>{c.roadmap.summary}</p>
      <ol class="mp-steps">
        {c.roadmap.steps.map((s) => (
          <li class={`mp-step-item mp-${s.status}`}>
            <span class="mp-status">{s.kind === 'stage' ? m.stage : m.steps[s.status]}</span>{' '}
            <strong>
              {s.step}. <English>{s.title}</English>
            </strong>
            {s.months ? (
              <span class="muted"> · {m.months(s.months)}</span>
            ) : s.status === 'done' ? null : (
              <span class="muted"> · {m.stepTime(weeks(s.startWeek, s.endWeek), s.hours ?? 0)}</span>
            )}
            <br />
            <span class="mp-note" lang={lang}>
              {s.note}
            </span>
          </li>
        ))}
      </ol>
    </details>
  );
}

function EligibilityNote({ c }: { c: CareerMatch }) {
  const m = useMessages(matchResultsMessages);
  const { status, reasons } = c.eligibility;
  const first = c.roadmap.monthsToFirstJob;
  return (
    <div class={`mp-eligibility mp-${status}`}>
      <p>
        <strong>{m.eligibility[status]}</strong>
        {first ? ` · ${m.toFirstJob(m.months(first))}` : ''}
      </p>
      {reasons.length > 0 ? (
        <ul lang={englishLang(useLocale())}>
          {reasons.map((r) => (
            <li>{r}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function PlanB({ c, career }: { c: CareerMatch; career: CareerLookup }) {
  const m = useMessages(matchResultsMessages);
  const lang = englishLang(useLocale());
  const href = useHref();
  if (c.planB.length === 0) return null;
  return (
    <details class="mp-plan-b">
      <summary>{m.planB(c.planB.length)}</summary>
      <ul>
        {c.planB.map((b) => (
          <li>
            <a href={href(`/careers/${b.slug}`)}>
              <CareerName title={b.title} profile={career(b.slug)} />
            </a>{' '}
            <span class="muted">{m.afterExam(b.afterExam.name)}</span> · <strong>{m.eligibility[b.eligibility.status]}</strong>
            {b.eligibility.monthsToFirstJob ? ` · ${m.toFirstJob(m.months(b.eligibility.monthsToFirstJob))}` : ''}
            <br />
            <span class="mp-note" lang={lang}>
              {b.reuses}
            </span>
            {b.eligibility.status === 'ineligible' ? (
              <span class="mp-note" lang={lang}>
                {' '}
                {b.eligibility.reasons.join(' ')}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function CareerResult({ c, open, career }: { c: CareerMatch; open: boolean; career: CareerLookup }) {
  const m = useMessages(matchResultsMessages);
  const href = useHref();
  const name = <CareerName title={c.title} profile={career(c.slug)} />;
  return (
    <article class="card mp-career" aria-labelledby={`fit-${c.slug}`}>
      <h3 id={`fit-${c.slug}`}>
        <span class="mp-rank">{c.rank}.</span> <a href={href(`/careers/${c.slug}`)}>{name}</a>
      </h3>
      <p class="mp-fit">
        <strong class="mp-fit-score">{c.fit}</strong>
        {m.fit}{' '}
        <span class="tag">
          <English>{c.category}</English>
        </span>{' '}
        <span class="tag">{m.remote(wordOf(m.remoteLevels, c.remote))}</span>
        {c.current ? <span class="tag">{m.currentCareer}</span> : null}{' '}
        <a href={href(`/me/save/${c.slug}`)} data-save-career={c.slug}>
          <Fill text={m.save}>{name}</Fill>
        </a>
      </p>
      <EligibilityNote c={c} />
      <PartsChart c={c} />
      <Gaps c={c} open={open} />
      <Roadmap c={c} open={open} />
      <PlanB c={c} career={career} />
    </article>
  );
}
