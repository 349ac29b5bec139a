import type { CareerProfile } from '../../careers/career.schema.ts';
import { BAND_LABELS, LABELS, SECTIONS, TABLE_HEADERS, formatBand, formatYears, pageTitle, toolInitials } from '../../careers/section-copy.ts';
import { slugify } from '../../text/slugify.ts';
import { ComputedSimilarSection, OnetSection, TransitionsSection, type CareerExtras } from './career-extras.tsx';
import { SalaryChart } from './salary-chart.tsx';
import { Cards, Section, Table, Tag } from './career-page-parts.tsx';
import { Toc, tocExtras } from './career-toc.tsx';
import { PathwaysSection } from './career-pathways.tsx';
import { Provenance } from './provenance.tsx';

function Header({ p }: { p: CareerProfile }) {
  return (
    <header class="hero">
      <p class="crumbs">
        <a href="/">Careers</a> › <a href={`/categories/${slugify(p.category)}`}>{p.category}</a>
      </p>
      <h1>{pageTitle(p.title)}</h1>
      <p class="summary">{p.summary}</p>
      <p class="save">
        <a class="button" href={`/me/save/${p.slug}`} data-save-career={p.slug}>
          Save this career
        </a>{' '}
        <span id="my-plan-status" role="status" aria-live="polite" />
      </p>
      <p>{p.description}</p>
      <ul class="facts" aria-label="Key facts">
        <li>
          <Tag>{p.category}</Tag>
        </li>
        <li>
          <Tag>{p.roleFamily}</Tag>
        </li>
        <li>
          <Tag>{formatYears(p.experience.minYears, p.experience.maxYears)} experience</Tag>
        </li>
        <li>
          <Tag>
            {LABELS.remote}: {p.remote}
          </Tag>
        </li>
        <li>
          <Tag>
            {LABELS.demand}: {p.demand}
          </Tag>
        </li>
        <li>
          <Tag>
            {LABELS.futureScope}: {p.futureScope}
          </Tag>
        </li>
      </ul>
    </header>
  );
}

function Overview({ p }: { p: CareerProfile }) {
  return (
    <Section k="overview" title={p.title}>
      {(['mainRole', 'bestFitFor', 'notBestFor'] as const).map((k) => (
        <div class="block" id={SECTIONS[k].id}>
          <h3>{SECTIONS[k].heading(p.title)}</h3>
          <p>{p[k]}</p>
        </div>
      ))}
    </Section>
  );
}

const SEGMENT_KIND_LABELS: Record<NonNullable<CareerProfile['salary'][number]['kind']>, string> = {
  'pan-india': 'Across India',
  metro: 'Metro cities and top employers',
  government: 'Government pay scale',
  private: 'Private employers',
  'self-employed': 'Self-employed',
  abroad: 'Abroad',
  remote: 'Remote work',
};

function Salary({ p }: { p: CareerProfile }) {
  return (
    <Section k="salary" title={p.title}>
      <Provenance p={p} compact />
      <SalaryChart salary={p.salary} title={p.title} />
      <div class="segments">
        {p.salary.map((s) => (
          <div class="card segment">
            <h3>{s.label}</h3>
            {s.kind ? (
              <p class="muted">
                {SEGMENT_KIND_LABELS[s.kind]}
                {s.headline ? ' · what most people in this career earn' : ''}
              </p>
            ) : null}
            <dl class="bands">
              {s.bands.map((b) => (
                <div>
                  <dt>{BAND_LABELS[b.level]}</dt>
                  <dd>₹{formatBand(b.minLpa, b.maxLpa)}</dd>
                </div>
              ))}
            </dl>
            <p>{s.note}</p>
          </div>
        ))}
      </div>
    </Section>
  );
}

export function CareerPage({ p, extras }: { p: CareerProfile; extras?: CareerExtras }) {
  const t = p.title;
  const compareWith = p.similarCareers.find((s) => s.slug)?.slug;
  return (
    <article class="career">
      <Header p={p} />
      <Toc title={t} extras={tocExtras(extras)} />
      <Overview p={p} />
      <Salary p={p} />
      <Section k="skills" title={t}>
        <Table label="Skills" head={TABLE_HEADERS.skills} rows={p.skills.map((s) => [s.name, s.type, s.importance, s.level, s.usedFor])} />
      </Section>
      <Section k="education" title={t}>
        <Table
          label="Education options"
          head={TABLE_HEADERS.education}
          rows={p.education.map((e) => [e.level, e.degree, `${e.fitScore}/100`, e.preferred ? 'Yes' : 'No', e.reason])}
        />
      </Section>
      {extras ? <PathwaysSection p={p} exams={extras.exams} planB={extras.planB} /> : null}
      <Section k="roadmap" title={t}>
        <ol class="roadmap" data-plan-career={p.slug}>
          {p.roadmap.map((r) => (
            <li class="card" data-step-id={r.id}>
              <p class="step">Month {r.step}</p>
              <h3>{r.title}</h3>
              <p>{r.goal}</p>
              <p>
                <strong>Task:</strong> {r.task}
              </p>
              <p>
                <strong>Output:</strong> {r.output}
              </p>
            </li>
          ))}
        </ol>
      </Section>
      <Section k="tasks" title={t}>
        <Cards
          items={p.tasks}
          render={(x) => (
            <>
              <h3>{x.name}</h3>
              <p>
                <strong>Frequency:</strong> {x.frequency}
              </p>
              <p>{x.output}</p>
            </>
          )}
        />
      </Section>
      <Section k="tools" title={t}>
        <Cards
          items={p.tools}
          render={(x) => (
            <>
              <span class="avatar" aria-hidden="true">
                {toolInitials(x.name)}
              </span>
              <h3>{x.name}</h3>
              <p class="muted">{x.category}</p>
              <p>{x.usedFor}</p>
            </>
          )}
        />
      </Section>
      <Section k="jobTitles" title={t}>
        <Cards
          items={p.jobTitles}
          render={(x) => (
            <>
              <h3>{x.title}</h3>
              <p>
                <strong>Level:</strong> {x.level}
              </p>
              <p>{x.note}</p>
            </>
          )}
        />
      </Section>
      {extras?.onet ? <OnetSection onet={extras.onet} /> : null}
      <Section k="similar" title={t}>
        <Cards
          items={p.similarCareers}
          render={(x) => (
            <>
              <h3>{x.slug ? <a href={`/careers/${x.slug}`}>{x.title}</a> : x.title}</h3>
              <p class="similarity">
                <meter min={0} max={100} value={x.similarity} aria-hidden="true" /> {x.similarity}% similarity
              </p>
              <p>{x.note}</p>
            </>
          )}
        />
      </Section>
      {extras ? <ComputedSimilarSection title={t} computed={extras.computed} usesOnet={extras.usesOnet} /> : null}
      <Section k="progression" title={t}>
        <Table label="Career progression" head={TABLE_HEADERS.progression} rows={p.progression.map((s) => [s.stage, s.titles.join(', '), s.experience])} />
      </Section>
      {extras ? <TransitionsSection title={t} transitions={extras.transitions} /> : null}
      <Section k="industries" title={t}>
        <Cards
          items={p.industries}
          render={(x) => (
            <>
              <h3>{x.name}</h3>
              <p>
                <strong>Hiring strength:</strong> {x.hiringStrength}
              </p>
            </>
          )}
        />
      </Section>
      <Section k="projects" title={t}>
        <Cards
          items={p.portfolioProjects}
          render={(x) => (
            <>
              <h3>{x.title}</h3>
              <p>
                <strong>Type:</strong> {x.type}
              </p>
              <p>{x.description}</p>
              <p>
                <strong>Proof output:</strong> {x.proofOutput}
              </p>
            </>
          )}
        />
      </Section>
      <Section k="risks" title={t}>
        <Cards
          items={p.risks}
          render={(x) => (
            <>
              <h3>{x.title}</h3>
              <p>{x.description}</p>
            </>
          )}
        />
      </Section>
      <Section k="faqs" title={t}>
        <div class="faqs">
          {p.faqs.map((f) => (
            <div class="faq">
              <h3>{f.question}</h3>
              <p>{f.answer}</p>
            </div>
          ))}
        </div>
      </Section>
      <Section k="explore" title={t}>
        <ul class="actions">
          <li>
            <a class="button" href={`/finder?category=${slugify(p.category)}`}>
              Find careers in {p.category}
            </a>
          </li>
          {compareWith ? (
            <li>
              <a class="button" href={`/compare?careers=${p.slug},${compareWith}`}>
                Compare side by side
              </a>
            </li>
          ) : null}
          <li>
            <a class="button" href="/finder">
              Open the finder
            </a>
          </li>
        </ul>
      </Section>
      <Provenance p={p} />
    </article>
  );
}
