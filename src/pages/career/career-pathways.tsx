/**
 * The career page's pathway section: each route as a timeline from its starting stages
 * (stages in order with months and cost, years to the first salary), then the eligibility
 * rules of the exams on those routes as a plain table, and the regulator when there is one.
 */
import type { CareerProfile } from '../../careers/career.schema.ts';
import type { Exam } from '../../careers/exam.schema.ts';
import type { Pathway } from '../../careers/pathway.schema.ts';
import { costText as cost, monthsText, yearsText } from './durations.ts';
import { englishLang } from '../mixed-language.tsx';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { stageMessages } from '../stage.messages.ts';
import { careerMessages, type CareerMessages } from './career.messages.ts';
import type { CareerWords } from './career-language.ts';
import { Fold, Say, Table } from './career-page-parts.tsx';
import { PlanB, type PlanBView } from './career-plan-b.tsx';

export const PATHWAYS_SECTION = { id: 'pathways' } as const;

function total(route: Pathway) {
  return route.stages.reduce((sum, s) => ({ min: sum.min + s.months.min, max: sum.max + s.months.max }), { min: 0, max: 0 });
}

function Route({ route, exams, words }: { route: Pathway; exams: ReadonlyMap<string, Exam>; words: CareerWords }) {
  const m = useMessages(careerMessages);
  const stages = useMessages(stageMessages);
  return (
    <li class="card pathway">
      <Say words={words.pathwayTitle(route.id, route.title)} as="h3" />
      <p class="muted">
        {m.from} {route.from.map((f) => stages[f]).join('; ')} · {m.firstSalaryIn(yearsText(m, total(route)))}
      </p>
      <ol class="timeline">
        {route.stages.map((s) => {
          const exam = s.exam ? exams.get(s.exam) : undefined;
          const stage = words.stage(route.id, s.id, s);
          return (
            <li>
              <span class="tag">{m.stageKinds[s.kind]}</span> <strong>{exam ? exam.name : <Say words={stage.name} />}</strong> · {monthsText(m, s.months)}
              {s.costInr ? ` · ${cost(s.costInr)}` : ''}
              {stage.note ? (
                <p class="note" lang={stage.note.lang}>
                  {stage.note.text}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {route.note ? <Say words={words.pathwayNote(route.id, route.note)} as="p" /> : null}
    </li>
  );
}

function ageRule(m: CareerMessages, exam: Exam): string {
  const age = exam.eligibility.age;
  if (!age) return m.noAgeLimit;
  const range = age.min !== undefined && age.max !== undefined ? `${age.min}–${age.max}` : age.max !== undefined ? m.upTo(age.max) : m.fromAge(age.min!);
  const relax = Object.entries(age.relaxationYears ?? {})
    .filter(([, y]) => y)
    .map(([c, y]) => `${c.toUpperCase()} +${y}`)
    .join(', ');
  return `${range} (${age.asOn})${relax ? `; ${m.relaxation}: ${relax}` : ''}`;
}

const attemptsOf = (m: CareerMessages, e: Exam) =>
  e.eligibility.attempts
    ? Object.entries(e.eligibility.attempts)
        .map(([c, n]) => `${c.toUpperCase()}: ${n === null ? m.noLimit : n}`)
        .join(', ')
    : m.attemptsNotLimited;

function EligibilityTable({ exams }: { exams: readonly Exam[] }) {
  const m = useMessages(careerMessages);
  const en = englishLang(useLocale());
  return (
    <Table
      label={m.eligibilityLabel}
      head={m.eligibilityHead}
      rows={exams.map((e) => [
        <>
          {e.name}
          <br />
          <span class="muted" lang={en}>
            {e.conductedBy}
          </span>
        </>,
        <span lang={en}>{`${e.eligibility.qualification}${e.eligibility.finalYearMayApply ? m.finalYearMayApply : ''}`}</span>,
        e.eligibility.class12Subjects?.join(', ') || m.anySubjects,
        <span lang={en}>{ageRule(m, e)}</span>,
        attemptsOf(m, e),
      ])}
    />
  );
}

export function PathwaysSection(props: { p: CareerProfile; words: CareerWords; exams: ReadonlyMap<string, Exam>; planB: readonly PlanBView[] }) {
  const { p, words, exams, planB } = props;
  const m = useMessages(careerMessages);
  const href = useHref();
  const routes = p.pathways ?? [];
  if (routes.length === 0) return null;
  const used = [...new Set(routes.flatMap((r) => r.stages.flatMap((s) => (s.exam ? [s.exam] : []))))].flatMap((id) => {
    const exam = exams.get(id);
    return exam ? [exam] : [];
  });
  const [before, link, after] = m.pathwaysIntro;
  return (
    <Fold id={PATHWAYS_SECTION.id} heading={m.pathwaysHeading} open>
      <p class="intro">
        {before} <a href={href('/match')}>{link}</a> {after}
      </p>
      {p.regulation ? (
        <p>
          <strong>{m.regulated}</strong>{' '}
          <span lang={words.coverage === 'all' ? undefined : 'en'}>
            {p.regulation.requirement} ({p.regulation.body}).
          </span>
        </p>
      ) : null}
      <ul class="cards pathways">
        {routes.map((route) => (
          <Route route={route} exams={exams} words={words} />
        ))}
      </ul>
      {used.length > 0 ? (
        <>
          <h3>{m.whoCanSit}</h3>
          <EligibilityTable exams={used} />
          <p class="muted">{m.eligibilityNote}</p>
        </>
      ) : null}
      <PlanB groups={planB} />
    </Fold>
  );
}
