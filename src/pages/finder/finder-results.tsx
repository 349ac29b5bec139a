/**
 * The finder's results: cards with an "add to compare" checkbox, the pager, and the compare
 * tray. All are form controls of the finder's GET form, so they work without JavaScript.
 */
import { formatBand } from '../../careers/section-copy.ts';
import { LEVEL_NAMES, MAX_COMPARE, MIN_COMPARE, SORTS, SORT_NAMES, type BandLevel } from '../../finder/finder-options.ts';
import type { FinderItem, FinderResult } from '../../finder/finder.schema.ts';
import { CategoryLinks } from '../category-links.tsx';
import { finderUrl, type CompareChoice, type FinderState } from './finder-state.ts';

export interface ResultActions {
  pick(choice: CompareChoice, on: boolean): void;
  sort(value: string): void;
  page(cursor: string): void;
  compare(): void;
}

function salaryLine(item: FinderItem, level: BandLevel): string {
  if (!item.salary) return 'No salary figures for this segment';
  const band = item.salary.bands.find((b) => b.level === level) ?? item.salary.bands[0]!;
  const top = item.salary.bands[item.salary.bands.length - 1]!;
  const upTo =
    top.level === band.level
      ? ''
      : `; ${LEVEL_NAMES[top.level].toLowerCase()} up to ₹${top.maxLpa === null ? `${top.minLpa.toFixed(1)}+` : top.maxLpa.toFixed(1)} LPA`;
  return `${LEVEL_NAMES[band.level]}, ${item.salary.label}: ₹${formatBand(band.minLpa, band.maxLpa)}${upTo}`;
}

function ResultCard({ item, level, picked, full, act }: { item: FinderItem; level: BandLevel; picked: boolean; full: boolean; act?: ResultActions }) {
  return (
    <li class="card result">
      <h3>
        <a href={`/careers/${item.slug}`}>{item.title}</a>
      </h3>
      <p class="muted">{item.category}</p>
      <p>{item.summary}</p>
      <p class="salary">{salaryLine(item, level)}</p>
      <p class="badges">
        <span class="tag">Demand: {item.demand}</span> <span class="tag">Remote: {item.remote}</span>
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
          Add <span class="visually-hidden">{item.title} </span>to compare
        </span>
      </label>
    </li>
  );
}

function matchLine(result: FinderResult, q: string): string {
  const careers = result.total === 1 ? 'career matches' : 'careers match';
  return q.trim() ? `${result.total} ${careers} “${q.trim()}”` : `${result.total} ${careers}`;
}

function Pager({ state, compare, result, act }: { state: FinderState; compare: CompareChoice[]; result: FinderResult; act?: ResultActions }) {
  if (!state.cursor && !result.nextCursor) return null;
  const go = (cursor: string) => (e: Event) => {
    if (!act) return;
    e.preventDefault();
    act.page(cursor);
  };
  return (
    <nav class="pager" aria-label="Result pages">
      {state.cursor ? (
        <a href={finderUrl({ ...state, cursor: '' }, compare)} onClick={go('')}>
          First page
        </a>
      ) : null}
      {result.nextCursor ? (
        <a rel="next" href={finderUrl({ ...state, cursor: result.nextCursor }, compare)} onClick={go(result.nextCursor)}>
          Next page
        </a>
      ) : null}
    </nav>
  );
}

function CompareTray({ compare, shown, message, act }: { compare: CompareChoice[]; shown: ReadonlySet<string>; message: string; act?: ResultActions }) {
  return (
    <section class={compare.length > 0 ? 'compare-tray active' : 'compare-tray'} aria-labelledby="compare-h">
      <h2 id="compare-h">Compare</h2>
      <p>
        {compare.length === 0
          ? `Tick “Add to compare” on ${MIN_COMPARE} to ${MAX_COMPARE} careers.`
          : `${compare.length} of ${MAX_COMPARE} selected${compare.length >= MAX_COMPARE ? ' (the most you can compare)' : ''}.`}
      </p>
      {compare.length > 0 ? (
        <ul class="picked">
          {compare.map((c) =>
            shown.has(c.slug) ? (
              <li key={c.slug}>{c.title}</li>
            ) : (
              <li key={c.slug}>
                <label class="check">
                  <input type="checkbox" name="careers" value={c.slug} checked onChange={(e) => act?.pick(c, e.currentTarget.checked)} />
                  <span>{c.title}</span>
                </label>
              </li>
            ),
          )}
        </ul>
      ) : null}
      <button
        type="submit"
        formAction="/compare"
        onClick={(e) => {
          if (!act) return;
          e.preventDefault();
          act.compare();
        }}
      >
        Compare selected
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
  const { didYouMean, categories } = result.suggestions ?? { didYouMean: null, categories: [] };
  return (
    <div class="empty">
      <p>
        No careers match. Try other words or fewer filters, or <a href="/finder">clear everything</a>.
      </p>
      {didYouMean ? (
        <p>
          Did you mean <a href={`/finder?q=${encodeURIComponent(didYouMean)}`}>{didYouMean}</a>?
        </p>
      ) : null}
      <CategoryLinks categories={categories} lead="Browse nearby categories:" />
    </div>
  );
}

export function FinderResults(props: {
  state: FinderState;
  resultQ: string;
  result: FinderResult;
  compare: CompareChoice[];
  busy: boolean;
  message: string;
  act?: ResultActions;
}) {
  const { state, resultQ, result, compare, busy, message, act } = props;
  const picked = new Set(compare.map((c) => c.slug));
  const shown = new Set(result.items.map((i) => i.slug));
  const full = compare.length >= MAX_COMPARE;
  return (
    <section class="results" aria-labelledby="results-h" aria-busy={busy}>
      <div class="results-head">
        <h2 id="results-h" tabIndex={-1}>
          Results
        </h2>
        <p role="status" class="match-count">
          {matchLine(result, resultQ)}
        </p>
        <div class="field sort">
          <label for="finder-sort">Sort by</label>
          <select id="finder-sort" name="sort" onChange={(e) => act?.sort(e.currentTarget.value)}>
            {SORTS.map((s) => (
              <option key={s} value={s} selected={s === state.sort}>
                {SORT_NAMES[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <CompareTray compare={compare} shown={shown} message={message} act={act} />
      {result.items.length === 0 ? (
        <NothingFound result={result} />
      ) : (
        <ol class="cards results-list">
          {result.items.map((item) => (
            <ResultCard key={item.slug} item={item} level={state.level} picked={picked.has(item.slug)} full={full} act={act} />
          ))}
        </ol>
      )}
      <Pager state={state} compare={compare} result={result} act={act} />
    </section>
  );
}
