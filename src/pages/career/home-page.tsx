import type { Category } from '../../catalog/career-catalog.ts';
import type { CareerProfile } from '../../careers/career.schema.ts';

export function CareerList({ careers }: { careers: readonly CareerProfile[] }) {
  return (
    <ul class="cards career-list">
      {careers.map((c) => (
        <li class="card">
          <h3>
            <a href={`/careers/${c.slug}`}>{c.title}</a>
          </h3>
          <p>{c.summary}</p>
          <p class="badges">
            <span class="tag">Demand: {c.demand}</span> <span class="tag">Remote: {c.remote}</span>
          </p>
        </li>
      ))}
    </ul>
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
      <CareerList careers={category.careers} />
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
