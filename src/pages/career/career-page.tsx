import type { CareerProfile } from '../../careers/career.schema.ts';
import { SECTIONS, toolInitials } from '../../careers/section-copy.ts';
import { formatBand } from '../../i18n/numbers.ts';
import { slugify } from '../../text/slugify.ts';
import { CategoryName, englishLang, Fill } from '../mixed-language.tsx';
import type { Category } from '../../catalog/career-catalog.ts';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { ComputedSimilarSection, OnetSection, TransitionsSection, type CareerExtras } from './career-extras.tsx';
import { careerWords, type CareerWords } from './career-language.ts';
import { careerMessages } from './career.messages.ts';
import { valueMessages } from '../career-values.messages.ts';
import { Cards, Say, Section, Table, Tag } from './career-page-parts.tsx';
import { PathwaysSection } from './career-pathways.tsx';
import { ProgressionChart } from './progression-chart.tsx';
import { Provenance } from './provenance.tsx';
import { SalaryChart } from './salary-chart.tsx';
import { Toc, tocExtras } from './career-toc.tsx';

function Header({ p, words, category }: { p: CareerProfile; words: CareerWords; category: Category | undefined }) {
  const m = useMessages(careerMessages);
  const v = useMessages(valueMessages);
  const href = useHref();
  const title = words.field('title');
  return (
    <header class="hero">
      <p class="crumbs">
        <a href={href('/')}>{m.crumbHome}</a> ›{' '}
        <a href={href(`/categories/${slugify(p.category)}`)}>
          <CategoryName english={p.category} category={category} />
        </a>
      </p>
      <h1 lang={title.lang}>{m.pageTitle(title.text)}</h1>
      <Say words={words.field('summary')} as="p" />
      {words.coverage === 'all' ? null : <p class="notice">{words.coverage === 'part' ? m.partlyTranslated : m.contentInEnglish}</p>}
      <p class="save">
        <a class="button" href={href(`/me/save/${p.slug}`)} data-save-career={p.slug}>
          {m.save}
        </a>{' '}
        <span id="my-plan-status" role="status" aria-live="polite" />
      </p>
      <Say words={words.field('description')} as="p" />
      <ul class="facts" aria-label={m.keyFacts}>
        <li>
          <Tag>
            <CategoryName english={p.category} category={category} />
          </Tag>
        </li>
        <li lang={words.coverage === 'all' ? undefined : 'en'}>
          <Tag>{p.roleFamily}</Tag>
        </li>
        <li>
          <Tag>{m.experienceYears(p.experience.minYears, p.experience.maxYears)}</Tag>
        </li>
        <li>
          <Tag>
            {m.remote}: {m.ratings[p.remote]}
          </Tag>
        </li>
        <li>
          <Tag>
            {m.demand}: {m.ratings[p.demand]}
          </Tag>
        </li>
        <li>
          <Tag>
            {m.futureScope}: {v.futureScope[p.futureScope]}
          </Tag>
        </li>
      </ul>
    </header>
  );
}

function Overview({ p, words }: { p: CareerProfile; words: CareerWords }) {
  const m = useMessages(careerMessages);
  return (
    <Section k="overview" title={p.title}>
      {(['mainRole', 'bestFitFor', 'notBestFor'] as const).map((k) => (
        <div class="block" id={SECTIONS[k].id}>
          <h3>{m.headings[k](p.title)}</h3>
          <Say words={words.field(k)} as="p" />
        </div>
      ))}
    </Section>
  );
}

function Salary({ p, title }: { p: CareerProfile; title: string }) {
  const m = useMessages(careerMessages);
  const v = useMessages(valueMessages);
  const locale = useLocale();
  const en = englishLang(locale);
  const segments = useMessages(valueMessages).segment;
  return (
    <Section k="salary" title={title} open>
      <Provenance p={p} compact />
      <SalaryChart salary={p.salary} title={title} />
      <div class="segments">
        {p.salary.map((s) => (
          <div class="card segment">
            <h3 lang={en}>{s.label}</h3>
            {s.kind ? (
              <p class="muted">
                {segments[s.kind]}
                {s.headline ? m.headlineSegment : ''}
              </p>
            ) : null}
            <dl class="bands">
              {s.bands.map((b) => (
                <div>
                  <dt>{v.level[b.level]}</dt>
                  <dd>₹{formatBand(b.minLpa, b.maxLpa, locale)}</dd>
                </div>
              ))}
            </dl>
            <p lang={en}>{s.note}</p>
          </div>
        ))}
      </div>
    </Section>
  );
}

/** The rest of the profile, in English until translated: each block says so to screen readers. */
function Details({ p, title }: { p: CareerProfile; title: string }) {
  const m = useMessages(careerMessages);
  const en = englishLang(useLocale());
  return (
    <>
      <Section k="roadmap" title={title}>
        <ol class="roadmap" data-plan-career={p.slug}>
          {p.roadmap.map((r) => (
            <li class="card" data-step-id={r.id}>
              <p class="step">{m.month(r.step)}</p>
              <h3 lang={en}>{r.title}</h3>
              <p lang={en}>{r.goal}</p>
              <p>
                <strong>{m.task}</strong> <span lang={en}>{r.task}</span>
              </p>
              <p>
                <strong>{m.output}</strong> <span lang={en}>{r.output}</span>
              </p>
            </li>
          ))}
        </ol>
      </Section>
      <Section k="tasks" title={title}>
        <Cards
          items={p.tasks}
          render={(x) => (
            <>
              <h3 lang={en}>{x.name}</h3>
              <p>
                <strong>{m.frequency}</strong> <span lang={en}>{x.frequency}</span>
              </p>
              <p lang={en}>{x.output}</p>
            </>
          )}
        />
      </Section>
      <Section k="tools" title={title}>
        <Cards
          items={p.tools}
          render={(x) => (
            <>
              <span class="avatar" aria-hidden="true">
                {toolInitials(x.name)}
              </span>
              <h3 lang={en}>{x.name}</h3>
              <p class="muted" lang={en}>
                {x.category}
              </p>
              <p lang={en}>{x.usedFor}</p>
            </>
          )}
        />
      </Section>
      <Section k="jobTitles" title={title}>
        <Cards
          items={p.jobTitles}
          render={(x) => (
            <>
              <h3 lang={en}>{x.title}</h3>
              <p>
                <strong>{m.level}</strong> <span lang={en}>{x.level}</span>
              </p>
              <p lang={en}>{x.note}</p>
            </>
          )}
        />
      </Section>
    </>
  );
}

export function CareerPage({ p, extras }: { p: CareerProfile; extras?: CareerExtras }) {
  const locale = useLocale();
  const m = useMessages(careerMessages);
  const href = useHref();
  const words = careerWords(p, locale);
  const t = words.field('title').text;
  const en = englishLang(locale);
  const compareWith = p.similarCareers.find((s) => s.slug)?.slug;
  const faqs = words.faqs;
  return (
    <article class="career">
      <Header p={p} words={words} category={extras?.category} />
      <Toc title={t} extras={tocExtras(extras)} />
      <Overview p={p} words={words} />
      <Salary p={p} title={t} />
      {extras ? <PathwaysSection p={p} words={words} exams={extras.exams} planB={extras.planB} /> : null}
      <Section k="skills" title={t}>
        <Table
          label={m.skillsLabel}
          head={m.tableHeads.skills}
          rows={p.skills.map((s) => [
            <span lang={en}>{s.name}</span>,
            <span lang={en}>{s.type}</span>,
            m.ratings[s.importance],
            m.skillLevels[s.level],
            <span lang={en}>{s.usedFor}</span>,
          ])}
        />
      </Section>
      <Section k="education" title={t}>
        <Table
          label={m.educationLabel}
          head={m.tableHeads.education}
          rows={p.education.map((e) => [
            <span lang={en}>{e.level}</span>,
            <span lang={en}>{e.degree}</span>,
            `${e.fitScore}/100`,
            e.preferred ? m.yes : m.no,
            <span lang={en}>{e.reason}</span>,
          ])}
        />
      </Section>
      <Details p={p} title={t} />
      {extras?.onet ? <OnetSection onet={extras.onet} /> : null}
      <Section k="similar" title={t}>
        <Cards
          items={p.similarCareers}
          render={(x) => (
            <>
              <h3 lang={en}>{x.slug ? <a href={href(`/careers/${x.slug}`)}>{x.title}</a> : x.title}</h3>
              <p class="similarity">
                <meter min={0} max={100} value={x.similarity} aria-hidden="true" /> {m.similarity(x.similarity)}
              </p>
              <p lang={en}>{x.note}</p>
            </>
          )}
        />
      </Section>
      {extras ? <ComputedSimilarSection title={t} computed={extras.computed} usesOnet={extras.usesOnet} /> : null}
      <Section k="progression" title={t}>
        <ProgressionChart p={p} title={t} />
        <Table
          label={m.progressionLabel}
          head={m.tableHeads.progression}
          rows={p.progression.map((s) => [<span lang={en}>{s.stage}</span>, <span lang={en}>{s.titles.join(', ')}</span>, s.experience])}
        />
      </Section>
      {extras ? <TransitionsSection title={t} transitions={extras.transitions} /> : null}
      <Section k="industries" title={t}>
        <Cards
          items={p.industries}
          render={(x) => (
            <>
              <h3 lang={en}>{x.name}</h3>
              <p>
                <strong>{m.hiringStrength}</strong> {m.ratings[x.hiringStrength]}
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
              <h3 lang={en}>{x.title}</h3>
              <p>
                <strong>{m.type}</strong> <span lang={en}>{x.type}</span>
              </p>
              <p lang={en}>{x.description}</p>
              <p>
                <strong>{m.proofOutput}</strong> <span lang={en}>{x.proofOutput}</span>
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
              <h3 lang={en}>{x.title}</h3>
              <p lang={en}>{x.description}</p>
            </>
          )}
        />
      </Section>
      <Section k="faqs" title={t} open={faqs.lang === undefined && locale !== 'en'}>
        <div class="faqs" lang={faqs.lang}>
          {faqs.items.map((f) => (
            <div class="faq">
              <h3>{f.question}</h3>
              <p>{f.answer}</p>
            </div>
          ))}
        </div>
      </Section>
      <Section k="explore" title={t} open>
        <ul class="actions">
          <li>
            <a class="button" href={href(`/finder?category=${slugify(p.category)}`)}>
              <Fill text={m.findIn('{}')}>
                <CategoryName english={p.category} category={extras?.category} />
              </Fill>
            </a>
          </li>
          {compareWith ? (
            <li>
              <a class="button" href={href(`/compare?careers=${p.slug},${compareWith}`)}>
                {m.compareSideBySide}
              </a>
            </li>
          ) : null}
          <li>
            <a class="button" href={href('/finder')}>
              {m.openFinder}
            </a>
          </li>
        </ul>
      </Section>
      <Provenance p={p} />
    </article>
  );
}
