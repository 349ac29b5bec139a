/**
 * Plan B on the career page: for each competitive exam on this career's routes, the careers
 * that reuse its preparation from the same starting stage, with the time each takes from
 * that stage. The times assume nothing about the reader (no age, general category); /match
 * judges them for a person.
 */
import type { CareerProfile } from '../../careers/career.schema.ts';
import type { Exam } from '../../careers/exam.schema.ts';
import type { StartStage } from '../../careers/pathway.schema.ts';
import { eligibilityFor } from '../../pathways/eligibility.ts';
import { planBGroups } from '../../pathways/plan-b.ts';
import { STAGE_LABELS } from '../match/match-query.ts';

export interface PlanBView {
  exam: string;
  options: Array<{ slug: string; title: string; reuses: string; from: StartStage; months: { min: number; max: number } | null }>;
}

const reader = (stage: StartStage) => ({ stage, age: null, category: 'general' as const, pwd: false, working: false, remoteOnly: false });

export function planBView(p: CareerProfile, exam: (id: string) => Exam | undefined, career: (slug: string) => CareerProfile | undefined): PlanBView[] {
  return planBGroups(p, exam, career).map((group) => ({
    exam: group.exam.name,
    options: group.options.map((o) => ({
      slug: o.career.slug,
      title: o.career.title,
      reuses: o.reuses,
      from: o.from,
      months: eligibilityFor(o.career, reader(o.from), exam).monthsToFirstJob,
    })),
  }));
}

const span = (m: { min: number; max: number }) => {
  const y = (n: number) => (n / 12).toFixed(n % 12 === 0 ? 0 : 1);
  return m.min === m.max ? `about ${y(m.min)} years` : `about ${y(m.min)}–${y(m.max)} years`;
};

export function PlanB({ groups }: { groups: readonly PlanBView[] }) {
  if (groups.length === 0) return null;
  return (
    <>
      <h3 id="plan-b">Plan B: if an exam does not work out</h3>
      {groups.map((g) => (
        <div class="plan-b">
          <h4>If {g.exam} does not work out</h4>
          <ul>
            {g.options.map((o) => (
              <li>
                <a href={`/careers/${o.slug}`}>{o.title}</a>{' '}
                <span class="muted">
                  · from {STAGE_LABELS[o.from]}: {o.months ? `first salary in ${span(o.months)}` : 'time not known'}
                </span>
                <p class="note">{o.reuses}</p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
