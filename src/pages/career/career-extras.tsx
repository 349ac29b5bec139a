/**
 * The computed parts of a career page: O*NET "also known as" titles and technology (only
 * when O*NET is imported and the career links an occupation), computed similar careers, and
 * where the career can lead. Headings are rendered here, not in section-copy.ts: the page
 * importer reads that list and the published seed pages have no such sections.
 */
import type { CareerProfile } from '../../careers/career.schema.ts';
import type { CatalogSnapshot } from '../../catalog/snapshot.ts';
import type { Category } from '../../catalog/career-catalog.ts';
import { slugify } from '../../text/slugify.ts';
import type { Exam } from '../../careers/exam.schema.ts';
import { careerSimilarityOf, type ComputedSimilarCareer } from '../../similarity/career-similarity.ts';
import { transitionsOf, type CareerTransitions, type Transition } from '../../transitions/transitions.ts';
import { OnetAttribution } from '../onet-attribution.tsx';
import { englishLang } from '../mixed-language.tsx';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { careerMessages, type CareerMessages } from './career.messages.ts';
import { Fold, Table } from './career-page-parts.tsx';
import { planBView, type PlanBView } from './career-plan-b.tsx';
import { relevantUsTechnology, relevantUsTitles } from './us-data.ts';

export interface OnetFacts {
  code: string;
  title: string;
  alsoKnownAs: string[];
  technology: Array<{ example: string; hot: boolean; inDemand: boolean }>;
}

export interface CareerExtras {
  /** The exams this career's pathways name, by id. */
  exams: ReadonlyMap<string, Exam>;
  onet: OnetFacts | null;
  computed: ComputedSimilarCareer[];
  usesOnet: boolean;
  transitions: CareerTransitions;
  planB: PlanBView[];
  /** The career's category in the catalog, with its translated names. */
  category: Category | undefined;
}

export const EXTRA_SECTIONS = {
  onet: { id: 'also-known-as' },
  computed: { id: 'computed-similarity' },
  transitions: { id: 'transitions' },
} as const;

const SHOWN = { titles: 12, technology: 12, computed: 6, direct: 6, twoStep: 4, skills: 4 } as const;
const names = (features: ReadonlyArray<{ name: string }>) =>
  features
    .slice(0, SHOWN.skills)
    .map((f) => f.name)
    .join(', ') || '—';

export function careerExtras(snapshot: CatalogSnapshot, p: CareerProfile): CareerExtras {
  const similarity = careerSimilarityOf(snapshot);
  const view = p.codes?.onet ? snapshot.occupations?.get(p.codes.onet) : undefined;
  const technology = view
    ? new Set(
        relevantUsTechnology(
          p,
          view.technology.map((t) => t.example),
        ),
      )
    : new Set<string>();
  const ids = new Set((p.pathways ?? []).flatMap((r) => r.stages.flatMap((s) => (s.exam ? [s.exam] : []))));
  const exams = new Map(
    [...ids].flatMap((id) => {
      const exam = snapshot.catalog.exam(id);
      return exam ? [[id, exam] as const] : [];
    }),
  );
  return {
    exams,
    category: snapshot.catalog.category(slugify(p.category)),
    onet: view
      ? {
          code: view.code,
          title: view.title,
          alsoKnownAs: relevantUsTitles(p, [...view.reportedTitles, ...view.alternateTitles]).slice(0, SHOWN.titles),
          // US hiring flags say nothing about India: not shown
          technology: view.technology
            .filter((t) => technology.has(t.example))
            .slice(0, SHOWN.technology)
            .map(({ example }) => ({ example, hot: false, inDemand: false })),
        }
      : null,
    computed: similarity.similar(p.slug, SHOWN.computed) ?? [],
    usesOnet: similarity.withOnet > 0,
    transitions: transitionsOf(snapshot).from(p.slug)!,
    planB: planBView(p, snapshot.catalog.exam, snapshot.catalog.get),
  };
}

export function OnetSection({ onet }: { onet: OnetFacts }) {
  const m = useMessages(careerMessages);
  const href = useHref();
  const [before, after] = m.onetIntro;
  return (
    <Fold id={EXTRA_SECTIONS.onet.id} heading={m.alsoKnownAs}>
      <p class="intro">
        <strong>{m.usData}</strong> {before}{' '}
        <a href={href(`/occupations/${onet.code}`)} lang="en">
          {onet.title}
        </a>{' '}
        (O*NET-SOC {onet.code}), {after}
      </p>
      {onet.alsoKnownAs.length > 0 ? (
        <ul class="facts onet-titles" aria-label={m.otherTitles} lang="en">
          {onet.alsoKnownAs.map((t) => (
            <li>
              <span class="tag">{t}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {onet.technology.length > 0 ? (
        <>
          <h3>{m.technology}</h3>
          <ul class="facts" aria-label={m.technology} lang="en">
            {onet.technology.map((t) => (
              <li>
                <span class="tag">
                  {t.example}
                  {t.inDemand ? ' · in demand' : t.hot ? ' · hot' : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <OnetAttribution />
    </Fold>
  );
}

export function ComputedSimilarSection({ title, computed, usesOnet }: { title: string; computed: ComputedSimilarCareer[]; usesOnet: boolean }) {
  const m = useMessages(careerMessages);
  const href = useHref();
  const en = englishLang(useLocale());
  return (
    <Fold id={EXTRA_SECTIONS.computed.id} heading={m.computedSimilarity} intro={m.computedIntro(title, usesOnet)}>
      <Table
        label={m.computedSimilarity}
        head={m.computedHead}
        rows={computed.map((c) => [
          <a href={href(`/careers/${c.slug}`)} lang={en}>
            {c.title}
          </a>,
          Math.round(c.score),
          c.curatedSimilarity === null ? '—' : `${c.curatedSimilarity}%`,
          <span lang={en}>{names(c.shared)}</span>,
          <span lang={en}>{names(c.missing)}</span>,
        ])}
      />
    </Fold>
  );
}

const skillList = (t: Transition, step: number) =>
  t.steps[step]!.skillsToAdd.slice(0, SHOWN.skills)
    .map((s) => s.name)
    .join(', ');
/** What a move needs besides skills, in words: "Requires: NEET-UG (exam, at least 12 months); MBBS (degree, at least 54 months)". */
function Requires({ step, m }: { step: Transition['steps'][number]; m: CareerMessages }) {
  if (step.requires.length === 0) return null;
  return (
    <p class="requires">
      <strong>{m.requires}</strong> {step.requires.map((r) => m.requirement(r.name, m.requirementKinds[r.kind] ?? r.kind, m.monthsCount(r.months))).join('; ')}
    </p>
  );
}

export function TransitionsSection({ title, transitions }: { title: string; transitions: CareerTransitions }) {
  const m = useMessages(careerMessages);
  const href = useHref();
  const en = englishLang(useLocale());
  const months = m.monthsCount;
  const twoStep = transitions.twoStep.slice(0, SHOWN.twoStep);
  // The first moves of the paths shown are shown too, so every path starts from a card above.
  const firsts = new Set(twoStep.map((t) => t.via!.slug));
  const direct = transitions.direct.filter((t, i) => i < SHOWN.direct || firsts.has(t.to.slug));
  return (
    <Fold id={EXTRA_SECTIONS.transitions.id} heading={m.whereItLeads} intro={m.transitionsIntro(title)}>
      {direct.length > 0 ? (
        <>
          <h3>{m.directMoves}</h3>
          <ul class="cards transitions">
            {direct.map((t) => (
              <li class="card">
                <h4>
                  <a href={href(`/careers/${t.to.slug}`)} lang={en}>
                    {t.to.title}
                  </a>
                </h4>
                <p class="similarity">
                  <meter min={0} max={100} value={t.overlap} aria-hidden="true" /> {m.overlapAbout(t.overlap, months(t.months))}
                </p>
                <Requires step={t.steps[0]!} m={m} />
                {skillList(t, 0) ? (
                  <p>
                    <strong>{m.skillsToAdd}</strong> <span lang={en}>{skillList(t, 0)}</span>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {twoStep.length > 0 ? (
        <>
          <h3>{m.twoStepPaths}</h3>
          <ul class="cards transitions">
            {twoStep.map((t) => (
              <li class="card">
                <h4>
                  {title} →{' '}
                  <a href={href(`/careers/${t.via!.slug}`)} lang={en}>
                    {t.via!.title}
                  </a>{' '}
                  →{' '}
                  <a href={href(`/careers/${t.to.slug}`)} lang={en}>
                    {t.to.title}
                  </a>
                </h4>
                <p>{m.twoStepSummary(months(t.months), months(t.steps[0]!.months), months(t.steps[1]!.months), t.overlap, t.to.title, t.steps[1]!.overlap)}</p>
                <Requires step={t.steps[1]!} m={m} />
                {skillList(t, 1) ? (
                  <p>
                    <strong>{m.thenAdd}</strong> <span lang={en}>{skillList(t, 1)}</span>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {direct.length === 0 && twoStep.length === 0 ? <p>{m.noMoves}</p> : null}
    </Fold>
  );
}
