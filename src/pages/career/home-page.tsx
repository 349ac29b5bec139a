import type { Category } from '../../catalog/career-catalog.ts';
import type { CareerProfile } from '../../careers/career.schema.ts';

/** `level`: the cards' heading level, one below the heading the list sits under. */
export function CareerList({ careers, level = 3 }: { careers: readonly CareerProfile[]; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <ul class="cards career-list">
      {careers.map((c) => (
        <li class="card">
          <Heading>
            <a href={`/careers/${c.slug}`}>{c.title}</a>
          </Heading>
          <p>{c.summary}</p>
          <p class="badges">
            <span class="tag">Demand: {c.demand}</span> <span class="tag">Remote: {c.remote}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}

/** Where a visitor stands → /match with that stage filled in: eligibility and time to the first job at once. */
const STARTS: ReadonlyArray<{ heading: string; links: ReadonlyArray<readonly [string, string]> }> = [
  { heading: 'After Class 10', links: [['Careers I can reach after 10th', 'class-10']] },
  {
    heading: 'After Class 12',
    links: [
      ['Science with Maths (PCM)', 'class-12-science-pcm'],
      ['Science with Biology (PCB)', 'class-12-science-pcb'],
      ['Commerce', 'class-12-commerce'],
      ['Arts / Humanities', 'class-12-arts'],
    ],
  },
  {
    heading: 'Graduate',
    links: [
      ['Engineering', 'graduate-engineering'],
      ['Commerce', 'graduate-commerce'],
      ['Science', 'graduate-science'],
      ['Arts', 'graduate-arts'],
    ],
  },
  {
    heading: 'ITI, diploma or switching careers',
    links: [
      ['ITI', 'iti'],
      ['Polytechnic diploma', 'diploma'],
      ['Already working', 'working-professional'],
    ],
  },
];

function StartHere() {
  return (
    <section aria-labelledby="start-h" class="start-here">
      <h2 id="start-h">Start from where you are</h2>
      <p>Pick your stage: we show which careers are open to you, what stands in the way and how long to the first job.</p>
      <ul class="cards">
        {STARTS.map((s) => (
          <li class="card">
            <h3>{s.heading}</h3>
            <ul>
              {s.links.map(([label, stage]) => (
                <li>
                  <a href={`/match?stage=${stage}`}>{label}</a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function HomePage({ categories, total }: { categories: readonly Category[]; total: number }) {
  return (
    <>
      <section class="hero">
        <h1>Career paths in India</h1>
        <p class="summary">
          {total} careers across {categories.length} fields: what the job is, what it pays in India, what to learn and in what order.
        </p>
        <form action="/finder" method="get" role="search" class="search">
          <label for="q">Search careers</label>
          <input id="q" name="q" type="search" placeholder="e.g. data analyst, nurse, chartered accountant" />
          <button type="submit">Search</button>
        </form>
      </section>
      <StartHere />
      <nav aria-label="Categories" class="toc">
        <ul>
          {categories.map((c) => (
            <li>
              <a href={`/categories/${c.slug}`}>
                {c.name} ({c.careers.length})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {categories.map((c) => (
        <section aria-labelledby={`cat-${c.slug}`}>
          <h2 id={`cat-${c.slug}`}>
            <a href={`/categories/${c.slug}`}>{c.name}</a> <span class="count">({c.careers.length} careers)</span>
          </h2>
          <CareerList careers={c.careers} />
        </section>
      ))}
    </>
  );
}

export function CategoryPage({ category, categories }: { category: Category; categories: readonly Category[] }) {
  return (
    <>
      <section class="hero">
        <p class="crumbs">
          <a href="/">Careers</a> › {category.name}
        </p>
        <h1>{category.name} careers in India</h1>
        <p class="summary">
          {category.careers.length} careers in {category.name}.
        </p>
      </section>
      <CareerList careers={category.careers} level={2} />
      <nav aria-label="Other categories" class="toc">
        <h2>Other fields</h2>
        <ul>
          {categories
            .filter((c) => c.slug !== category.slug)
            .map((c) => (
              <li>
                <a href={`/categories/${c.slug}`}>
                  {c.name} ({c.careers.length})
                </a>
              </li>
            ))}
        </ul>
      </nav>
    </>
  );
}

export function NotFoundPage({ what }: { what: string }) {
  return (
    <section class="hero">
      <h1>Page not found</h1>
      <p>{what}</p>
      <p>
        <a href="/">See all careers</a> or <a href="/finder">search the finder</a>.
      </p>
    </section>
  );
}
