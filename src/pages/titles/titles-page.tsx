/** The job-title lookup: a plain GET form, the careers (and O*NET occupations) a title belongs to, or the nearest categories. */
import type { TitleResolution } from '../../titles/resolve-title.ts';
import { CategoryLinks } from '../category-links.tsx';
import { CareerText, type CareerWords } from '../content-words.tsx';
import { English, englishLang } from '../mixed-language.tsx';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { titlesMessages } from './titles.messages.ts';

export const MAX_QUERY = 120;

/** Titles are written in Latin or Devanagari script; Latin ones are marked as English on a Hindi page. */
const DEVANAGARI = /[\u0900-\u097F]/;

export function TitlesPage(props: { q: string; result: TitleResolution | null; nearest: ReadonlyArray<{ slug: string; name: string }>; words: CareerWords }) {
  const { q, result, nearest, words } = props;
  const m = useMessages(titlesMessages);
  const href = useHref();
  const content = englishLang(useLocale());
  const written = (text: string) => (content && !DEVANAGARI.test(text) ? <span lang={content}>{text}</span> : text);
  return (
    <>
      <header class="hero">
        <h1>{m.heading}</h1>
        <p class="summary">{m.intro}</p>
        <form action={href('/titles')} method="get" role="search" class="search">
          <label for="title-q">{m.label}</label>
          <input id="title-q" name="q" type="search" value={q} maxLength={MAX_QUERY} placeholder={m.placeholder} />
          <button type="submit">{m.button}</button>
        </form>
      </header>
      {result ? (
        <section aria-labelledby="title-results-h">
          <h2 id="title-results-h">{result.careers.length ? m.found(q, result.careers.length) : m.notFound(q)}</h2>
          <ul class="cards">
            {result.careers.map((c) => (
              <li class="card">
                <h3>
                  <a href={href(`/careers/${c.slug}`)}>
                    <CareerText slug={c.slug} english={c.title} words={words} />
                  </a>
                </h3>
                <p class="muted">
                  {m.matched} “{written(c.matchedTitle)}”
                </p>
              </li>
            ))}
          </ul>
          {result.occupations.length ? (
            <>
              <h2>{m.occupations}</h2>
              <ul>
                {result.occupations.map((o) => (
                  <li>
                    <a href={href(`/occupations/${o.code}`)}>
                      <English>{o.title}</English>
                    </a>{' '}
                    <span class="muted">({o.code})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <CategoryLinks categories={nearest} lead={m.nearest} />
        </section>
      ) : null}
    </>
  );
}
