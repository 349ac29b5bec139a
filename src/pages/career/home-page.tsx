import type { Category } from '../../catalog/career-catalog.ts';
import type { CareerProfile } from '../../careers/career.schema.ts';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { careerMessages } from './career.messages.ts';
import { careerTitle, CategoryName, Fill } from '../mixed-language.tsx';

/** `level`: the cards' heading level, one below the heading the list sits under. */
export function CareerList({ careers, level = 3 }: { careers: readonly CareerProfile[]; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const m = useMessages(careerMessages);
  const locale = useLocale();
  const href = useHref();
  return (
    <ul class="cards career-list">
      {careers.map((c) => {
        const title = careerTitle(locale, c.title, c);
        const summary = locale === 'en' ? undefined : c.translations?.[locale]?.summary;
        return (
          <li class="card">
            <Heading>
              <a href={href(`/careers/${c.slug}`)} lang={title.lang}>
                {title.text}
              </a>
            </Heading>
            <p lang={locale === 'en' || summary ? undefined : 'en'}>{summary ?? c.summary}</p>
            <p class="badges">
              <span class="tag">
                {m.demand}: {m.ratings[c.demand]}
              </span>{' '}
              <span class="tag">
                {m.remote}: {m.ratings[c.remote]}
              </span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}

type StartLink = keyof (typeof careerMessages)['en']['startLinks'];

/** Where a visitor stands → /match with that stage filled in: eligibility and time to the first job at once. */
const STARTS: ReadonlyArray<{ heading: 'startAfter12' | 'startGraduate' | 'startOther'; links: readonly StartLink[] }> = [
  { heading: 'startAfter12', links: ['class-12-science-pcm', 'class-12-science-pcb', 'class-12-commerce', 'class-12-arts'] },
  { heading: 'startGraduate', links: ['graduate-engineering', 'graduate-commerce', 'graduate-science', 'graduate-arts'] },
  { heading: 'startOther', links: ['iti', 'diploma', 'working-professional'] },
];

function StartHere() {
  const m = useMessages(careerMessages);
  const href = useHref();
  return (
    <section aria-labelledby="start-h" class="start-here">
      <h2 id="start-h">{m.startHeading}</h2>
      <p>{m.startIntro}</p>
      <ul class="cards">
        <li class="card">
          <h3>{m.startAfter10}</h3>
          <ul>
            <li>
              <a href={href('/match?stage=class-10')}>{m.startAfter10Link}</a>
            </li>
          </ul>
        </li>
        {STARTS.map((s) => (
          <li class="card">
            <h3>{m[s.heading]}</h3>
            <ul>
              {s.links.map((stage) => (
                <li>
                  <a href={href(`/match?stage=${stage}`)}>{m.startLinks[stage]}</a>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Category names are content: translated where content/vocabularies/categories.yaml has the page's language, else English marked as English. */
function CategoryLinks({ categories, except }: { categories: readonly Category[]; except?: string }) {
  const href = useHref();
  return (
    <ul>
      {categories
        .filter((c) => c.slug !== except)
        .map((c) => (
          <li>
            <a href={href(`/categories/${c.slug}`)}>
              <CategoryName english={c.name} category={c} /> ({c.careers.length})
            </a>
          </li>
        ))}
    </ul>
  );
}

export function HomePage({ categories, total }: { categories: readonly Category[]; total: number }) {
  const m = useMessages(careerMessages);
  const href = useHref();
  return (
    <>
      <section class="hero">
        <h1>{m.homeHeading}</h1>
        <p class="summary">{m.homeSummary(total, categories.length)}</p>
        <form action={href('/finder')} method="get" role="search" class="search">
          <label for="q">{m.searchLabel}</label>
          <input id="q" name="q" type="search" placeholder={m.searchPlaceholder} />
          <button type="submit">{m.searchButton}</button>
        </form>
      </section>
      <StartHere />
      <nav aria-label={m.categoriesNav} class="toc">
        <CategoryLinks categories={categories} />
      </nav>
      {/* every field folds behind its heading: a phone scans 21 headings, not 133 cards */}
      {categories.map((c) => (
        <section aria-labelledby={`cat-${c.slug}`} class="fold">
          <details>
            <summary>
              <h2 id={`cat-${c.slug}`}>
                <CategoryName english={c.name} category={c} /> <span class="count">{m.careersCount(c.careers.length)}</span>
              </h2>
            </summary>
            <p>
              <a href={href(`/categories/${c.slug}`)}>
                <Fill text={m.categoryPageLink('{}')}>
                  <CategoryName english={c.name} category={c} />
                </Fill>
              </a>
            </p>
            <CareerList careers={c.careers} />
          </details>
        </section>
      ))}
    </>
  );
}

export function CategoryPage({ category, categories }: { category: Category; categories: readonly Category[] }) {
  const m = useMessages(careerMessages);
  const href = useHref();
  const name = <CategoryName english={category.name} category={category} />;
  return (
    <>
      <section class="hero">
        <p class="crumbs">
          <a href={href('/')}>{m.crumbHome}</a> › {name}
        </p>
        <h1>
          <Fill text={m.categoryHeading('{}')}>{name}</Fill>
        </h1>
        <p class="summary">
          <Fill text={m.categorySummary(category.careers.length, '{}')}>{name}</Fill>
        </p>
      </section>
      <CareerList careers={category.careers} level={2} />
      <nav aria-label={m.otherCategoriesNav} class="toc">
        <h2>{m.otherFields}</h2>
        <CategoryLinks categories={categories} except={category.slug} />
      </nav>
    </>
  );
}

export function NotFoundPage({ what, heading }: { what: string; heading?: string }) {
  const m = useMessages(careerMessages);
  const href = useHref();
  const [all, or, search] = m.notFoundLinks;
  return (
    <section class="hero">
      <h1>{heading ?? m.notFoundHeading}</h1>
      <p>{what}</p>
      <p>
        <a href={href('/')}>{all}</a> {or} <a href={href('/finder')}>{search}</a>.
      </p>
    </section>
  );
}
