/**
 * The finder's results: cards with an "add to compare" checkbox, the pager, and the compare
 * tray. All are form controls of the finder's GET form, so they work without JavaScript.
 */
import { formatBand } from '../../careers/section-copy.ts';
import { MAX_COMPARE, MIN_COMPARE, SORTS, type BandLevel } from '../../finder/finder-options.ts';
import type { FinderItem, FinderResult } from '../../finder/finder.schema.ts';
import { CategoryLinks } from '../category-links.tsx';
import { valueMessages, wordFor } from '../career-values.messages.ts';
import { CareerText, type CareerWords } from '../content-words.tsx';
import { English } from '../mixed-language.tsx';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { finderMessages } from './finder.messages.ts';
import { finderUrl, type CompareChoice, type FinderState } from './finder-state.ts';

export interface ResultActions {
  pick(choice: CompareChoice, on: boolean): void;
  sort(value: string): void;
  page(cursor: string): void;
  compare(): void;
}

/** "Entry, Pan-India: ₹3.5-6.0 LPA; senior up to ₹12.0 LPA": the chosen level, and how far the career's pay goes. */
function SalaryLine({ item, level }: { item: FinderItem; level: BandLevel }) {
  const m = useMessages(finderMessages);
  const v = useMessages(valueMessages);
  const locale = useLocale();
  if (!item.salary) return <p class="salary">{m.noSalary}</p>;
  const band = item.salary.bands.find((b) => b.level === level) ?? item.salary.bands[0]!;
  const top = item.salary.bands[item.salary.bands.length - 1]!;
  const upTo = top.level === band.level ? '' : m.upTo(v.level[top.level], top.maxLpa ?? top.minLpa, top.maxLpa === null);
  return (
    <p class="salary">
      {m.atLevel(v.level[band.level])}, <English>{item.salary.label}</English>: ₹{formatBand(band.minLpa, band.maxLpa, locale)}
      {upTo}
    </p>
  );
}

function ResultCard(props: { item: FinderItem; level: BandLevel; words: CareerWords; picked: boolean; full: boolean; act?: ResultActions }) {
  const { item, level, words, picked, full, act } = props;
  const m = useMessages(finderMessages);
  const v = useMessages(valueMessages);
  const href = useHref();
  const title = () => <CareerText slug={item.slug} english={item.title} words={words} />;
  return (
    <li class="card result">
      <h3>
        <a href={href(`/careers/${item.slug}`)}>{title()}</a>
      </h3>
      <p class="muted">
        <English>{item.category}</English>
      </p>
      <p>
        <CareerText slug={item.slug} english={item.summary} words={words} part="summary" />
      </p>
      <SalaryLine item={item} level={level} />
      <p class="badges">
        <span class="tag">
          {m.demand}: {wordFor(v.threeStep, item.demand)}
        </span>{' '}
        <span class="tag">
          {m.remote}: {wordFor(v.threeStep, item.remote)}
        </span>
      </p>
      <label class="check compare-check">
        <input
          type="checkbox"
          name="careers"
          value={item.slug}
          checked={picked}
          disabled={!picked && full}
          onChange={(e) => act?.pick({ slug: item.slug, title: item.title }, e.currentTarget.checked)}
        />
        <span>
          {m.addBefore}
          <span class="visually-hidden">
            {title()}
            {m.addHiddenAfter}
          </span>
          {m.addAfter}
        </span>
      </label>
    </li>
  );
}

function Pager({ state, compare, result, act }: { state: FinderState; compare: CompareChoice[]; result: FinderResult; act?: ResultActions }) {
  const m = useMessages(finderMessages);
  const href = useHref();
  if (!state.cursor && !result.nextCursor) return null;
  const go = (cursor: string) => (e: Event) => {
    if (!act) return;
    e.preventDefault();
    act.page(cursor);
  };
  return (
    <nav class="pager" aria-label={m.resultPages}>
      {state.cursor ? (
        <a href={href(finderUrl({ ...state, cursor: '' }, compare))} onClick={go('')}>
          {m.firstPage}
        </a>
      ) : null}
      {result.nextCursor ? (
        <a rel="next" href={href(finderUrl({ ...state, cursor: result.nextCursor }, compare))} onClick={go(result.nextCursor)}>
          {m.nextPage}
        </a>
      ) : null}
    </nav>
  );
}

function CompareTray(props: { compare: CompareChoice[]; shown: ReadonlySet<string>; words: CareerWords; message: string; act?: ResultActions }) {
  const { compare, shown, words, message, act } = props;
  const m = useMessages(finderMessages);
  const href = useHref();
  return (
    <section class={compare.length > 0 ? 'compare-tray active' : 'compare-tray'} aria-labelledby="compare-h">
      <h2 id="compare-h">{m.compare}</h2>
      <p>{compare.length === 0 ? m.trayEmpty(MIN_COMPARE, MAX_COMPARE) : m.trayCount(compare.length, MAX_COMPARE)}</p>
      {compare.length > 0 ? (
        <ul class="picked">
          {compare.map((c) =>
            shown.has(c.slug) ? (
              <li key={c.slug}>
                <CareerText slug={c.slug} english={c.title} words={words} />
              </li>
            ) : (
              <li key={c.slug}>
                <label class="check">
                  <input type="checkbox" name="careers" value={c.slug} checked onChange={(e) => act?.pick(c, e.currentTarget.checked)} />
                  <span>
                    <CareerText slug={c.slug} english={c.title} words={words} />
                  </span>
                </label>
              </li>
            ),
          )}
        </ul>
      ) : null}
      <button
        type="submit"
        formAction={href('/compare')}
        onClick={(e) => {
          if (!act) return;
          e.preventDefault();
          act.compare();
        }}
      >
        {m.compareSelected}
      </button>
      {message ? (
        <p class="notice" role="alert">
          {message}
        </p>
      ) : null}
    </section>
  );
}

/** Zero results never end the page: a corrected query and categories to browse, when we have them. */
function NothingFound({ result }: { result: FinderResult }) {
  const m = useMessages(finderMessages);
  const href = useHref();
  const { didYouMean, categories } = result.suggestions ?? { didYouMean: null, categories: [] };
  return (
    <div class="empty">
      <p>
        {m.nothingBefore}
        <a href={href('/finder')}>{m.nothingLink}</a>
        {m.nothingAfter}
      </p>
      {didYouMean ? (
        <p>
          {m.didYouMeanBefore}
          <a href={href(`/finder?q=${encodeURIComponent(didYouMean)}`)}>{didYouMean}</a>
          {m.didYouMeanAfter}
        </p>
      ) : null}
      <CategoryLinks categories={categories} lead={m.nearbyCategories} />
    </div>
  );
}

export function FinderResults(props: {
  state: FinderState;
  resultQ: string;
  result: FinderResult;
  compare: CompareChoice[];
  words: CareerWords;
  busy: boolean;
  message: string;
  act?: ResultActions;
}) {
  const { state, resultQ, result, compare, words, busy, message, act } = props;
  const m = useMessages(finderMessages);
  const v = useMessages(valueMessages);
  const picked = new Set(compare.map((c) => c.slug));
  const shown = new Set(result.items.map((i) => i.slug));
  const full = compare.length >= MAX_COMPARE;
  return (
    <section class="results" aria-labelledby="results-h" aria-busy={busy}>
      <div class="results-head">
        <h2 id="results-h" tabIndex={-1}>
          {m.results}
        </h2>
        <p role="status" class="match-count">
          {m.matches(result.total, resultQ.trim())}
        </p>
        <div class="field sort">
          <label for="finder-sort">{m.sortBy}</label>
          <select id="finder-sort" name="sort" onChange={(e) => act?.sort(e.currentTarget.value)}>
            {SORTS.map((s) => (
              <option key={s} value={s} selected={s === state.sort}>
                {v.sort[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <CompareTray compare={compare} shown={shown} words={words} message={message} act={act} />
      {result.items.length === 0 ? (
        <NothingFound result={result} />
      ) : (
        <ol class="cards results-list">
          {result.items.map((item) => (
            <ResultCard key={item.slug} item={item} level={state.level} words={words} picked={picked.has(item.slug)} full={full} act={act} />
          ))}
        </ol>
      )}
      <Pager state={state} compare={compare} result={result} act={act} />
    </section>
  );
}
