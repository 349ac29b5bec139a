/**
 * The computed parts of a career page: O*NET "also known as" titles and technology (only
 * when O*NET is imported and the career links an occupation), computed similar careers, and
 * where the career can lead. Headings are rendered here, not in section-copy.ts: the page
 * importer reads that list and the published seed pages have no such sections.
 */
import type { CareerProfile } from '../../careers/career.schema.ts';
import type { CatalogSnapshot } from '../../catalog/snapshot.ts';
import type { Exam } from '../../careers/exam.schema.ts';
import { careerSimilarityOf, type ComputedSimilarCareer } from '../../similarity/career-similarity.ts';
import { transitionsOf, type CareerTransitions, type Transition } from '../../transitions/transitions.ts';
import { OnetAttribution } from '../onet-attribution.tsx';
import { Table } from './career-page-parts.tsx';
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
}

export const EXTRA_SECTIONS = {
  onet: { id: 'also-known-as', heading: 'Also known as' },
  computed: { id: 'computed-similarity', heading: 'Computed similarity' },
  transitions: { id: 'transitions', heading: 'Where this career can lead' },
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

function Heading({ k }: { k: keyof typeof EXTRA_SECTIONS }) {
  const { id, heading } = EXTRA_SECTIONS[k];
  return <h2 id={`${id}-h`}>{heading}</h2>;
}

export function OnetSection({ onet }: { onet: OnetFacts }) {
  const { id } = EXTRA_SECTIONS.onet;
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <Heading k="onet" />
      <p class="intro">
        <strong>US data:</strong> titles and technology from O*NET, the United States occupational database, for{' '}
        <a href={`/occupations/${onet.code}`}>{onet.title}</a> (O*NET-SOC {onet.code}), the US occupation closest to this career. Only titles that share a word
        with this career's own titles, and technology this profile itself names, are shown; pay and demand in India can differ.
      </p>
      {onet.alsoKnownAs.length > 0 ? (
        <ul class="facts onet-titles" aria-label="Other titles">
          {onet.alsoKnownAs.map((t) => (
            <li>
              <span class="tag">{t}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {onet.technology.length > 0 ? (
        <>
          <h3>Technology</h3>
          <ul class="facts" aria-label="Technology">
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
    </section>
  );
}

export function ComputedSimilarSection({ title, computed, usesOnet }: { title: string; computed: ComputedSimilarCareer[]; usesOnet: boolean }) {
  const { id } = EXTRA_SECTIONS.computed;
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <Heading k="computed" />
      <p class="intro">
        Careers the similarity engine finds closest to {title}, from skills, tools, tasks and titles{usesOnet ? ' and O*NET occupation data' : ''}. Its scores
        run lower than the editors' percentages above; compare the order.
      </p>
      <Table
        label="Computed similarity"
        head={['Career', 'Score', 'Editors', 'Shared', 'To add']}
        rows={computed.map((c) => [
          <a href={`/careers/${c.slug}`}>{c.title}</a>,
          Math.round(c.score),
          c.curatedSimilarity === null ? '—' : `${c.curatedSimilarity}%`,
          names(c.shared),
          names(c.missing),
        ])}
      />
    </section>
  );
}

const skillList = (t: Transition, step: number) =>
  t.steps[step]!.skillsToAdd.slice(0, SHOWN.skills)
    .map((s) => s.name)
    .join(', ');
const months = (n: number) => `${n} month${n === 1 ? '' : 's'}`;

/** What a move needs besides skills, in words: "Requires: NEET-UG (exam, 12 months), MBBS (degree, 54 months)". */
function Requires({ step }: { step: Transition['steps'][number] }) {
  if (step.requires.length === 0) return null;
  return (
    <p class="requires">
      <strong>Requires:</strong> {step.requires.map((r) => `${r.name} (${r.kind}, at least ${months(r.months)})`).join('; ')}
    </p>
  );
}

export function TransitionsSection({ title, transitions }: { title: string; transitions: CareerTransitions }) {
  const { id } = EXTRA_SECTIONS.transitions;
  const twoStep = transitions.twoStep.slice(0, SHOWN.twoStep);
  // The first moves of the paths shown are shown too, so every path starts from a card above.
  const firsts = new Set(twoStep.map((t) => t.via!.slug));
  const direct = transitions.direct.filter((t, i) => i < SHOWN.direct || firsts.has(t.to.slug));
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <Heading k="transitions" />
      <p class="intro">
        Moves from {title}: how much of each career's skills and tools you would already have, what to add, and a rough effort that includes any degree, exam or
        licence the move needs.
      </p>
      {direct.length > 0 ? (
        <>
          <h3>Direct moves</h3>
          <ul class="cards transitions">
            {direct.map((t) => (
              <li class="card">
                <h4>
                  <a href={`/careers/${t.to.slug}`}>{t.to.title}</a>
                </h4>
                <p class="similarity">
                  <meter min={0} max={100} value={t.overlap} aria-hidden="true" /> {t.overlap}% overlap · about {months(t.months)}
                </p>
                <Requires step={t.steps[0]!} />
                {skillList(t, 0) ? (
                  <p>
                    <strong>Skills to add:</strong> {skillList(t, 0)}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {twoStep.length > 0 ? (
        <>
          <h3>Two-step paths</h3>
          <ul class="cards transitions">
            {twoStep.map((t) => (
              <li class="card">
                <h4>
                  {title} → <a href={`/careers/${t.via!.slug}`}>{t.via!.title}</a> → <a href={`/careers/${t.to.slug}`}>{t.to.title}</a>
                </h4>
                <p>
                  About {months(t.months)} in all ({months(t.steps[0]!.months)} + {months(t.steps[1]!.months)}); {t.overlap}% overlap with {t.to.title} today,{' '}
                  {t.steps[1]!.overlap}% after the first move.
                </p>
                <Requires step={t.steps[1]!} />
                {skillList(t, 1) ? (
                  <p>
                    <strong>Then add:</strong> {skillList(t, 1)}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {direct.length === 0 && twoStep.length === 0 ? <p>No related career is within reach by skills alone.</p> : null}
    </section>
  );
}
