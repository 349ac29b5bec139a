/** Choosing careers to compare: a GET form of four selects, and the page that offers it (with what was wrong, on a 400). */
import type { Category } from '../../catalog/career-catalog.ts';
import type { SelectionProblem } from '../../compare/compare.ts';
import type { FieldError } from '../../errors.ts';
import { MAX_COMPARE, MIN_COMPARE } from '../../finder/finder-options.ts';
import { titleIn, type CareerWords } from '../content-words.tsx';
import { English, englishLang } from '../mixed-language.tsx';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { Crumbs, Section } from './compare-parts.tsx';
import { compareMessages } from './compare.messages.ts';

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A GET form of four selects named `careers`: works without JavaScript. */
export function ComparePicker({ categories, chosen, words }: { categories: readonly Category[]; chosen: readonly string[]; words: CareerWords }) {
  const m = useMessages(compareMessages);
  const href = useHref();
  const content = englishLang(useLocale());
  return (
    <form class="compare-picker" method="get" action={href('/compare')}>
      <p class="intro">{m.choose(MIN_COMPARE, MAX_COMPARE)}</p>
      <div class="picker-grid">
        {Array.from({ length: MAX_COMPARE }, (_, i) => (
          <div class="field" key={i}>
            <label for={`pick-${i}`}>{m.careerN(i + 1)}</label>
            <select id={`pick-${i}`} name="careers">
              <option value="">{m.noneChosen}</option>
              {categories.map((cat) => (
                <optgroup label={cat.name} lang={content} key={cat.slug}>
                  {cat.careers.map((p) => (
                    <option key={p.slug} value={p.slug} selected={chosen[i] === p.slug} lang={words[p.slug] ? undefined : content}>
                      {titleIn(words, p.slug, p.title)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit">{m.compareButton}</button>
    </form>
  );
}

export function ComparePickerPage(props: {
  categories: readonly Category[];
  chosen: readonly string[];
  words: CareerWords;
  problems: readonly SelectionProblem[];
  invalid: readonly FieldError[];
}) {
  const { categories, chosen, words, problems, invalid } = props;
  const m = useMessages(compareMessages);
  const href = useHref();
  return (
    <article class="compare">
      <header class="hero">
        <Crumbs />
        <h1>{m.pickerHeading}</h1>
        <p class="summary">{m.pickerSummary}</p>
      </header>
      {problems.length > 0 || invalid.length > 0 ? (
        <div class="error-summary" role="alert" aria-labelledby="errors-h">
          <h2 id="errors-h">{m.cannotShow}</h2>
          <ul>
            {problems.map((p) => (
              <li key={JSON.stringify(p)}>{m.problem(p)}</li>
            ))}
            {invalid.map((e) => (
              <li key={e.message}>
                {m.invalidLead}
                <English>{`${cap(e.message)}.`}</English>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <Section id="change" title={m.chooseCareers}>
        <ComparePicker categories={categories} chosen={chosen} words={words} />
        <p>
          {m.orFinderBefore}
          <a href={href('/finder')}>{m.orFinderLink}</a>
          {m.orFinderAfter}
        </p>
      </Section>
    </article>
  );
}
