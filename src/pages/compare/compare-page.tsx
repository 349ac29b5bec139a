import type { ComponentChildren } from 'preact';
import type { Category } from '../../catalog/career-catalog.ts';
import { formatBand, formatYears } from '../../careers/section-copy.ts';
import type { Comparison } from '../../compare/compare.schema.ts';
import { SIMILARITY_WEIGHTS } from '../../compare/similarity.ts';
import type { FieldError } from '../../errors.ts';
import { LEVEL_NAMES, MAX_COMPARE, MIN_COMPARE } from '../../finder/finder-options.ts';
import { CompareChart, chartTop } from './compare-chart.tsx';
import { Table as SharedTable } from '../career/career-page-parts.tsx';

/** Wide tables scroll inside a focusable region instead of widening the page on a phone. */
/** The shared table with the compare style; on a phone each cell is labelled with its career's title. */
function Table(props: { label: string; head: ComponentChildren[]; rows: ComponentChildren[][]; titles: string[] }) {
  return <SharedTable label={props.label} head={props.head} rows={props.rows} labels={['', ...props.titles]} className="compare-table" />;
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pct = (n: number) => `${Math.round(n * 100)}%`;

function Skills({ c }: { c: Comparison }) {
  const title = (slug: string) => c.careers.find((x) => x.slug === slug)!.title;
  const chips = (names: string[]) =>
    names.length > 0 ? (
      <ul class="chips">
        {names.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
    ) : (
      <p class="muted">None.</p>
    );
  return (
    <Section id="skills" title="Skills: shared and distinct">
      <h3>Needed by {c.careers.length === 2 ? 'both' : `all ${c.careers.length}`}</h3>
      {chips(c.skills.shared)}
      {c.skills.partlyShared.length > 0 ? (
        <>
          <h3>Needed by some of them</h3>
          <ul class="chips">
            {c.skills.partlyShared.map((s) => (
              <li key={s.name}>
                {s.name} <span class="muted">({s.careers.map(title).join(', ')})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <div class="compare-cols">
        {c.skills.distinct.map((d) => (
          <div key={d.slug}>
            <h3>Only {title(d.slug)} needs</h3>
            {chips(d.skills)}
          </div>
        ))}
      </div>
    </Section>
  );
}

export function ComparePage({ c, categories }: { c: Comparison; categories: readonly Category[] }) {
  const titles = c.careers.map((x) => x.title);
  const head = [<span class="visually-hidden">Compared on</span>, ...c.careers.map((x) => <a href={`/careers/${x.slug}`}>{x.title}</a>)];
  const top = chartTop(c.salary);
  const title = (slug: string) => c.careers.find((x) => x.slug === slug)!.title;
  return (
    <article class="compare">
      <header class="hero">
        <p class="crumbs">
          <a href="/finder">Finder</a> › Compare
        </p>
        <h1>Compare {titles.join(' vs ')}</h1>
        <p class="summary">Salary, demand, education fit, skills and progression side by side.</p>
      </header>
      <nav class="toc" aria-label="On this page">
        <ul>
          {[
            ['glance', 'At a glance'],
            ['salary', 'Salary'],
            ['education', 'Education fit'],
            ['skills', 'Skills'],
            ['progression', 'Progression'],
            ['similarity', 'Similarity'],
            ['change', 'Change careers'],
          ].map(([id, name]) => (
            <li key={id}>
              <a href={`#${id}`}>{name}</a>
            </li>
          ))}
        </ul>
      </nav>
      <Section id="glance" title="At a glance">
        <Table
          label="At a glance"
          head={head}
          titles={titles}
          rows={[
            ['Category', ...c.careers.map((x) => x.category)],
            ['Role family', ...c.careers.map((x) => x.roleFamily)],
            ['Demand', ...c.careers.map((x) => cap(x.demand))],
            ['Remote-friendly', ...c.careers.map((x) => cap(x.remote))],
            ['Future scope', ...c.careers.map((x) => cap(x.futureScope))],
            ['Experience covered', ...c.careers.map((x) => formatYears(x.experience.minYears, x.experience.maxYears))],
            ['In one line', ...c.careers.map((x) => x.summary)],
          ]}
        />
      </Section>
      <Section id="salary" title="Salary in India">
        {c.salary.map((s) => (
          <div class="compare-segment" key={s.segment}>
            <h3>{s.label}</h3>
            <CompareChart row={s} titles={titles} top={top} id={`cmp-${s.segment}`} />
            <Table
              label={`${s.label} salary bands`}
              head={head}
              titles={titles}
              rows={s.levels.map((l) => [LEVEL_NAMES[l.level], ...l.bands.map((b) => (b ? `₹${formatBand(b.minLpa, b.maxLpa)}` : '—'))])}
            />
          </div>
        ))}
      </Section>
      <Section id="education" title="Education fit per degree">
        <p class="intro">Fit score out of 100 for each route; — means the career does not list it.</p>
        <Table
          label="Education fit"
          head={['Degree', ...head.slice(1)]}
          titles={titles}
          rows={c.education.map((e) => [e.degree, ...e.fitScores.map((f) => (f === null ? '—' : `${f}/100`))])}
        />
      </Section>
      <Skills c={c} />
      <Section id="progression" title="Career progression">
        <div class="compare-cols">
          {c.careers.map((x) => (
            <div key={x.slug}>
              <h3>{x.title}</h3>
              <ol class="stages">
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
      <Section id="similarity" title="How similar they are">
        <ul class="pairs">
          {c.similarity.map((p) => (
            <li key={p.careers.join()}>
              <strong>
                {title(p.careers[0]!)} and {title(p.careers[1]!)}: {p.score}%
              </strong>{' '}
              <meter min={0} max={100} value={p.score} aria-hidden="true" />
              <br />
              <span class="muted">
                {p.sharedSkills} shared skills, {p.sharedTools} shared tools, {p.sameCategory ? 'same category' : 'different categories'}
              </span>
            </li>
          ))}
        </ul>
        <p class="intro">
          Similarity = {pct(SIMILARITY_WEIGHTS.skills)} skill overlap + {pct(SIMILARITY_WEIGHTS.tools)} tool overlap + {pct(SIMILARITY_WEIGHTS.category)} for
          the same category, where overlap is shared names divided by all names of the two careers.
        </p>
      </Section>
      <Section id="change" title="Change the comparison">
        <ComparePicker categories={categories} chosen={c.careers.map((x) => x.slug)} />
      </Section>
    </article>
  );
}

/** A GET form of four selects named `careers`: works without JavaScript. */
export function ComparePicker({ categories, chosen }: { categories: readonly Category[]; chosen: readonly string[] }) {
  return (
    <form class="compare-picker" method="get" action="/compare">
      <p class="intro">
        Choose {MIN_COMPARE} to {MAX_COMPARE} careers.
      </p>
      <div class="picker-grid">
        {Array.from({ length: MAX_COMPARE }, (_, i) => (
          <div class="field" key={i}>
            <label for={`pick-${i}`}>Career {i + 1}</label>
            <select id={`pick-${i}`} name="careers">
              <option value="">— none —</option>
              {categories.map((cat) => (
                <optgroup label={cat.name} key={cat.slug}>
                  {cat.careers.map((p) => (
                    <option key={p.slug} value={p.slug} selected={chosen[i] === p.slug}>
                      {p.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit">Compare</button>
    </form>
  );
}

export function ComparePickerPage({ categories, chosen, errors }: { categories: readonly Category[]; chosen: readonly string[]; errors: FieldError[] }) {
  return (
    <article class="compare">
      <header class="hero">
        <p class="crumbs">
          <a href="/finder">Finder</a> › Compare
        </p>
        <h1>Compare careers</h1>
        <p class="summary">Put two to four careers side by side: salary, demand, education fit, skills and progression.</p>
      </header>
      {errors.length > 0 ? (
        <div class="error-summary" role="alert" aria-labelledby="errors-h">
          <h2 id="errors-h">This comparison cannot be shown</h2>
          <ul>
            {errors.map((e) => (
              <li key={e.message}>{cap(e.message)}.</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Section id="change" title="Choose careers">
        <ComparePicker categories={categories} chosen={chosen} />
        <p>
          Or find careers in the <a href="/finder">finder</a> and tick “Add to compare”.
        </p>
      </Section>
    </article>
  );
}
