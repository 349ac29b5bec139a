import type { ComponentChildren } from 'preact';
import type { Category } from '../../catalog/career-catalog.ts';
import { formatBand } from '../../careers/section-copy.ts';
import type { Comparison } from '../../compare/compare.schema.ts';
import { SIMILARITY_WEIGHTS } from '../../compare/similarity.ts';
import { CompareChart, chartTop } from './compare-chart.tsx';
import { Crumbs, Section, Table } from './compare-parts.tsx';
import { ComparePicker } from './compare-picker.tsx';
import { compareMessages } from './compare.messages.ts';
import { valueMessages, wordFor } from '../career-values.messages.ts';
import { CareerText, titleIn, type CareerWords } from '../content-words.tsx';
import { English, englishLang } from '../mixed-language.tsx';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';

/** The sections in page order, as the table of contents lists them. */
const TOC = ['glance', 'salary', 'education', 'skills', 'progression', 'similarity', 'change'] as const;

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pct = (n: number) => `${Math.round(n * 100)}%`;

function Skills({ c, words }: { c: Comparison; words: CareerWords }) {
  const m = useMessages(compareMessages);
  const content = englishLang(useLocale());
  const name = (slug: string) => <CareerText slug={slug} english={c.careers.find((x) => x.slug === slug)!.title} words={words} />;
  const chips = (names: string[]) =>
    names.length > 0 ? (
      <ul class="chips" lang={content}>
        {names.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    ) : (
      <p class="muted">{m.none}</p>
    );
  return (
    <Section id="skills" title={m.skills}>
      <h3>{m.neededByAll(c.careers.length)}</h3>
      {chips(c.skills.shared)}
      {c.skills.partlyShared.length > 0 ? (
        <>
          <h3>{m.neededBySome}</h3>
          <ul class="chips">
            {c.skills.partlyShared.map((s) => (
              <li key={s.name}>
                <English>{s.name}</English> <span class="muted">({s.careers.map((slug, i) => [i > 0 ? ', ' : '', name(slug)])})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="compare-cols">
        {c.skills.distinct.map((d) => (
          <div key={d.slug}>
            <h3>
              {m.onlyBefore}
              {name(d.slug)}
              {m.onlyAfter}
            </h3>
            {chips(d.skills)}
          </div>
        ))}
      </div>
    </Section>
  );
}

function Similarity({ c, words }: { c: Comparison; words: CareerWords }) {
  const m = useMessages(compareMessages);
  const name = (slug: string) => <CareerText slug={slug} english={c.careers.find((x) => x.slug === slug)!.title} words={words} />;
  return (
    <Section id="similarity" title={m.similarity}>
      <ul class="pairs">
        {c.similarity.map((p) => (
          <li key={p.careers.join()}>
            <strong>
              {name(p.careers[0]!)}
              {m.and}
              {name(p.careers[1]!)}: {p.score}%
            </strong>{' '}
            <meter min={0} max={100} value={p.score} aria-hidden="true" />
            <br />
            <span class="muted">{m.pairFacts(p.sharedSkills, p.sharedTools, p.sameCategory)}</span>
          </li>
        ))}
      </ul>
      <p class="intro">{m.similarityRule(pct(SIMILARITY_WEIGHTS.skills), pct(SIMILARITY_WEIGHTS.tools), pct(SIMILARITY_WEIGHTS.category))}</p>
    </Section>
  );
}

function Salary({ c, head, titles, words }: { c: Comparison; head: ComponentChildren[]; titles: string[]; words: CareerWords }) {
  const m = useMessages(compareMessages);
  const v = useMessages(valueMessages);
  const locale = useLocale();
  const top = chartTop(c.salary);
  return (
    <Section id="salary" title={m.salary}>
      {c.salary.map((s) => (
        <div class="compare-segment" key={s.segment}>
          <h3>{v.segment[s.segment]}</h3>
          <CompareChart row={s} careers={c.careers} words={words} top={top} id={`cmp-${s.segment}`} />
          <Table
            label={m.salaryBands(v.segment[s.segment])}
            head={head}
            titles={titles}
            rows={s.levels.map((l) => [v.level[l.level], ...l.bands.map((b) => (b ? `₹${formatBand(b.minLpa, b.maxLpa, locale)}` : '—'))])}
          />
        </div>
      ))}
    </Section>
  );
}

export function ComparePage({ c, categories, words }: { c: Comparison; categories: readonly Category[]; words: CareerWords }) {
  const m = useMessages(compareMessages);
  const v = useMessages(valueMessages);
  const href = useHref();
  const content = englishLang(useLocale());
  const titles = c.careers.map((x) => titleIn(words, x.slug, x.title));
  const name = (x: { slug: string; title: string }) => <CareerText slug={x.slug} english={x.title} words={words} />;
  const head = [
    <span class="visually-hidden">{m.comparedOn}</span>,
    ...c.careers.map((x) => (
      <a href={href(`/careers/${x.slug}`)} key={x.slug}>
        {name(x)}
      </a>
    )),
  ];
  return (
    <article class="compare">
      <header class="hero">
        <Crumbs />
        <h1>
          {m.headingBefore}
          {c.careers.map((x, i) => [i > 0 ? m.versus : '', name(x)])}
          {m.headingAfter}
        </h1>
        <p class="summary">{m.summary}</p>
      </header>
      <nav class="toc" aria-label={m.onThisPage}>
        <ul>
          {TOC.map((id) => (
            <li key={id}>
              <a href={`#${id}`}>{m.toc[id]}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Section id="glance" title={m.glance}>
        <Table
          label={m.glance}
          head={head}
          titles={titles}
          rows={[
            [m.rows.category, ...c.careers.map((x) => <English>{x.category}</English>)],
            [m.rows.roleFamily, ...c.careers.map((x) => <English>{x.roleFamily}</English>)],
            [m.rows.demand, ...c.careers.map((x) => cap(wordFor(v.threeStep, x.demand)))],
            [m.rows.remote, ...c.careers.map((x) => cap(wordFor(v.threeStep, x.remote)))],
            [m.rows.futureScope, ...c.careers.map((x) => cap(wordFor(v.futureScope, x.futureScope)))],
            [m.rows.experience, ...c.careers.map((x) => v.yearsRange(x.experience.minYears, x.experience.maxYears))],
            [m.rows.summary, ...c.careers.map((x) => <CareerText slug={x.slug} english={x.summary} words={words} part="summary" />)],
          ]}
        />
      </Section>
      <Salary c={c} head={head} titles={titles} words={words} />
      <Section id="education" title={m.education}>
        <p class="intro">{m.educationIntro}</p>
        <Table
          label={m.toc.education}
          head={[m.degree, ...head.slice(1)]}
          titles={titles}
          rows={c.education.map((e) => [<English>{e.degree}</English>, ...e.fitScores.map((f) => (f === null ? '—' : `${f}/100`))])}
        />
      </Section>
      <Skills c={c} words={words} />
      <Section id="progression" title={m.progression}>
        <div class="compare-cols">
          {c.careers.map((x) => (
            <div key={x.slug}>
              <h3>{name(x)}</h3>
              <ol class="stages" lang={content}>
                {x.progression.map((p) => (
                  <li key={p.stage}>
                    <strong>{p.stage}</strong> · {p.experience}
                    <br />
                    <span class="muted">{p.titles.join(', ')}</span>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </div>
      </Section>
      <Similarity c={c} words={words} />
      <Section id="change" title={m.change}>
        <ComparePicker categories={categories} chosen={c.careers.map((x) => x.slug)} words={words} />
      </Section>
    </article>
  );
}
