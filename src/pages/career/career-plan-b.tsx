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
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { stageMessages } from '../stage.messages.ts';
import { careerMessages } from './career.messages.ts';
import { careerTitle, englishLang } from '../mixed-language.tsx';
import { yearsText } from './durations.ts';

export interface PlanBView {
  exam: string;
  options: Array<{
    slug: string;
    title: string;
    translations: CareerProfile['translations'];
    reuses: string;
    from: StartStage;
    months: { min: number; max: number } | null;
  }>;
}

const reader = (stage: StartStage) => ({ stage, age: null, category: 'general' as const, pwd: false, working: false, remoteOnly: false });

export function planBView(p: CareerProfile, exam: (id: string) => Exam | undefined, career: (slug: string) => CareerProfile | undefined): PlanBView[] {
  return planBGroups(p, exam, career).map((group) => ({
    exam: group.exam.name,
    options: group.options.map((o) => ({
      slug: o.career.slug,
      title: o.career.title,
      translations: o.career.translations,
      reuses: o.reuses,
      from: o.from,
      months: eligibilityFor(o.career, reader(o.from), exam).monthsToFirstJob,
    })),
  }));
}

export function PlanB({ groups }: { groups: readonly PlanBView[] }) {
  const m = useMessages(careerMessages);
  const stages = useMessages(stageMessages);
  const href = useHref();
  if (groups.length === 0) return null;
  const locale = useLocale();
  const en = englishLang(locale);
  return (
    <>
      <h3 id="plan-b">{m.planBHeading}</h3>
      {groups.map((g) => (
        <div class="plan-b">
          <h4>{m.planBIf(g.exam)}</h4>
          <ul>
            {g.options.map((o) => (
              <li>
                <a href={href(`/careers/${o.slug}`)} lang={careerTitle(locale, o.title, o).lang}>
                  {careerTitle(locale, o.title, o).text}
                </a>{' '}
                <span class="muted">
                  · {m.fromStage(stages[o.from])}: {o.months ? m.firstSalaryIn(yearsText(m, o.months)) : m.timeNotKnown}
                </span>
                <p class="note" lang={en}>
                  {o.reuses}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}
