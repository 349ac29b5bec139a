/**
 * The career page's pathway section: each route as a timeline from its starting stages
 * (stages in order with months and cost, years to the first salary), then the eligibility
 * rules of the exams on those routes as a plain table, and the regulator when there is one.
 */
import type { CareerProfile } from '../../careers/career.schema.ts';
import type { Exam } from '../../careers/exam.schema.ts';
import type { Pathway } from '../../careers/pathway.schema.ts';
import { PlanB, type PlanBView } from './career-plan-b.tsx';
import { Table } from './career-page-parts.tsx';
import { STAGE_LABELS } from '../match/match-query.ts';

export const PATHWAYS_SECTION = { id: 'pathways', heading: 'How to get there' } as const;

const KIND_LABELS: Record<Pathway['stages'][number]['kind'], string> = {
  exam: 'Exam',
  degree: 'Course',
  diploma: 'Diploma',
  training: 'Training',
  apprenticeship: 'Apprenticeship',
  licence: 'Licence',
  experience: 'Experience',
  skills: 'Skills',
  'job-search': 'Job search',
};

const months = (m: { min: number; max: number }) => (m.min === m.max ? `${m.min} months` : `${m.min}–${m.max} months`);
const years = (m: { min: number; max: number }) => {
  const y = (n: number) => (n / 12).toFixed(n % 12 === 0 ? 0 : 1);
  return m.min === m.max ? `about ${y(m.min)} years` : `about ${y(m.min)}–${y(m.max)} years`;
};
const rupees = (n: number) => `₹${n.toLocaleString('en-IN')}`;
const cost = (c: { min: number; max: number }) => (c.min === c.max ? rupees(c.min) : `${rupees(c.min)}–${rupees(c.max)}`);

function total(route: Pathway) {
  return route.stages.reduce((sum, s) => ({ min: sum.min + s.months.min, max: sum.max + s.months.max }), { min: 0, max: 0 });
}

function Route({ route, exams }: { route: Pathway; exams: ReadonlyMap<string, Exam> }) {
  return (
    <li class="card pathway">
      <h3>{route.title}</h3>
      <p class="muted">
        From: {route.from.map((f) => STAGE_LABELS[f]).join('; ')} · first salary in {years(total(route))}
      </p>
      <ol class="timeline">
        {route.stages.map((s) => (
          <li>
            <span class="tag">{KIND_LABELS[s.kind]}</span> <strong>{s.exam ? (exams.get(s.exam)?.name ?? s.name) : s.name}</strong> · {months(s.months)}
            {s.costInr ? ` · ${cost(s.costInr)}` : ''}
            {s.note ? <p class="note">{s.note}</p> : null}
          </li>
        ))}
      </ol>
      {route.note ? <p>{route.note}</p> : null}
    </li>
  );
}

function ageRule(exam: Exam): string {
  const age = exam.eligibility.age;
  if (!age) return 'No age limit stated';
  const range = age.min !== undefined && age.max !== undefined ? `${age.min}–${age.max}` : age.max !== undefined ? `up to ${age.max}` : `from ${age.min}`;
  const relax = Object.entries(age.relaxationYears ?? {})
    .filter(([, y]) => y)
    .map(([c, y]) => `${c.toUpperCase()} +${y}`)
    .join(', ');
  return `${range} (${age.asOn})${relax ? `; relaxation: ${relax}` : ''}`;
}

const attemptsOf = (e: Exam) =>
  e.eligibility.attempts
    ? Object.entries(e.eligibility.attempts)
        .map(([c, n]) => `${c.toUpperCase()}: ${n === null ? 'no limit' : n}`)
        .join(', ')
    : 'Not limited in our data';

function EligibilityTable({ exams }: { exams: readonly Exam[] }) {
  return (
    <Table
      label="Exam eligibility"
      head={['Exam', 'Qualification', 'Class 12 subjects', 'Age', 'Attempts']}
      rows={exams.map((e) => [
        <>
          {e.name}
          <br />
          <span class="muted">{e.conductedBy}</span>
        </>,
        `${e.eligibility.qualification}${e.eligibility.finalYearMayApply ? ' (final year may apply)' : ''}`,
        e.eligibility.class12Subjects?.join(', ') || 'Any',
        ageRule(e),
        attemptsOf(e),
      ])}
    />
  );
}

export function PathwaysSection({ p, exams, planB }: { p: CareerProfile; exams: ReadonlyMap<string, Exam>; planB: readonly PlanBView[] }) {
  const routes = p.pathways ?? [];
  if (routes.length === 0) return null;
  const used = [...new Set(routes.flatMap((r) => r.stages.flatMap((s) => (s.exam ? [s.exam] : []))))].flatMap((id) => {
    const exam = exams.get(id);
    return exam ? [exam] : [];
  });
  const { id, heading } = PATHWAYS_SECTION;
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading}</h2>
      <p class="intro">
        Routes from each starting point to the first job, with typical durations and costs. Use <a href="/match">Find my fit</a> to see which route is open to
        you and how long it would take.
      </p>
      {p.regulation ? (
        <p>
          <strong>Regulated:</strong> {p.regulation.requirement} ({p.regulation.body}).
        </p>
      ) : null}
      <ul class="cards pathways">
        {routes.map((route) => (
          <Route route={route} exams={exams} />
        ))}
      </ul>
      {used.length > 0 ? (
        <>
          <h3>Who can sit the exams</h3>
          <EligibilityTable exams={used} />
          <p class="muted">Rules from each exam's latest notification we have checked; always read the current notification before applying.</p>
        </>
      ) : null}
      <PlanB groups={planB} />
    </section>
  );
}
