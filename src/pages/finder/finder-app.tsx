/**
 * The whole finder as one component: rendered on the server as a plain GET form, then
 * hydrated in the browser by finder.island.tsx, where it asks the finder API as you type or
 * filter and keeps the address bar on the page's shareable URL.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { MAX_COMPARE, MIN_COMPARE, SORTS, type Sort } from '../../finder/finder-options.ts';
import type { FinderResult } from '../../finder/finder.schema.ts';
import { FinderFilters, type FieldKey, type FilterActions } from './finder-filters-view.tsx';
import { FinderResults, type ResultActions } from './finder-results.tsx';
import { finderMessages } from './finder.messages.ts';
import { English } from '../mixed-language.tsx';
import { useHref, useMessages } from '../locale-context.tsx';
import { apiParams, compareUrl, finderUrl, LIST_KEYS, type CompareChoice, type FinderModel, type FinderState, type ListKey } from './finder-state.ts';

const TYPING_DELAY_MS = 250;

/** Groups shown open at first: the ones with a choice made. */
function openGroups(s: FinderState): Set<string> {
  const open = new Set<string>(LIST_KEYS.filter((k) => s[k].length > 0));
  if (s.experience) open.add('experience');
  if (s.minSalaryLpa || s.segment !== 'headline' || s.level !== 'entry') open.add('minSalaryLpa');
  return open;
}

/**
 * What the finder could not use. The reasons come from the API in English: a Hindi page names
 * the field in Hindi and marks the reason as English. `failure` is the page's own word for a
 * search that could not be run at all.
 */
function ErrorSummary({ errors, failure }: { errors: FinderModel['errors']; failure: string }) {
  const m = useMessages(finderMessages);
  const href = useHref();
  return (
    <div class="error-summary" role="alert" aria-labelledby="errors-h">
      <h2 id="errors-h">{m.errorsHeading}</h2>
      <ul>
        {errors.map((e) => (
          <li key={`${e.field}${e.message}`}>
            <strong>{m.fieldName(e.field)}</strong>: {m.errorLead}
            <English>{e.message}</English>
          </li>
        ))}
        {failure ? <li>{failure}</li> : null}
      </ul>
      <p>
        <a href={href('/finder')}>{m.newSearch}</a>
      </p>
    </div>
  );
}

export function FinderApp({ initial }: { initial: FinderModel }) {
  const m = useMessages(finderMessages);
  const href = useHref();
  const [state, setState] = useState<FinderState>(initial.state);
  const [result, setResult] = useState<FinderResult | null>(initial.result);
  // the words the shown results answer, so the live count never describes results still loading
  const [resultQ, setResultQ] = useState(initial.state.q);
  const [compare, setCompare] = useState<CompareChoice[]>(initial.compare);
  const [errors, setErrors] = useState(initial.errors);
  const [failure, setFailure] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const open = useMemo(() => openGroups(initial.state), [initial]);
  const pending = useRef<{ delay: number; focus: boolean } | null>(null);

  // Ask the API whenever the state changes after a user action (never on the first render).
  useEffect(() => {
    const request = pending.current;
    if (!request) return;
    pending.current = null;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setBusy(true);
      try {
        const res = await fetch(`/api/v1/careers?${apiParams(state)}`, { signal: controller.signal, headers: { accept: 'application/json' } });
        const body = await res.json();
        if (res.ok) {
          setResult(body as FinderResult);
          setResultQ(state.q);
          setErrors([]);
          setFailure('');
        } else {
          setErrors(body.errors ?? []);
          setFailure(body.errors?.length ? '' : m.couldNotRun);
        }
        if (request.focus) document.getElementById('results-h')?.focus();
      } catch (error) {
        if ((error as Error).name === 'AbortError') return;
        setErrors([]);
        setFailure(m.unreachable);
      } finally {
        if (!controller.signal.aborted) setBusy(false);
      }
    }, request.delay);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [state]);

  // The address bar always shows the URL of what is on screen.
  useEffect(() => {
    const url = href(finderUrl(state, compare));
    if (`${location.pathname}${location.search}` !== url) history.replaceState(null, '', url);
  }, [state, compare]);

  const update = (next: Partial<FinderState>, delay = 0, focus = false) => {
    pending.current = { delay, focus };
    setMessage('');
    setState((s) => ({ ...s, cursor: '', ...next }));
  };

  const filters: FilterActions = {
    toggle: (key: ListKey, value, on) => update({ [key]: on ? [...state[key].filter((v) => v !== value), value] : state[key].filter((v) => v !== value) }),
    set: (key: FieldKey, value) => update(key === 'degree' ? { degree: value ? [value] : [] } : { [key]: value }),
  };
  const results: ResultActions = {
    pick: (choice, on) => {
      setMessage('');
      setCompare((c) => (on ? [...c.filter((x) => x.slug !== choice.slug), choice].slice(0, MAX_COMPARE) : c.filter((x) => x.slug !== choice.slug)));
    },
    sort: (value) => update({ sort: SORTS.find((s) => s === value) ?? ('relevance' as Sort) }),
    page: (cursor) => update({ cursor }, 0, true),
    compare: () => {
      if (compare.length < MIN_COMPARE) setMessage(m.pickMore(MIN_COMPARE));
      else location.assign(href(compareUrl(compare)));
    },
  };

  return (
    <form
      class="finder"
      method="get"
      action={href('/finder')}
      aria-label={m.formLabel}
      onSubmit={(e) => {
        e.preventDefault();
        update({}, 0, true);
      }}
    >
      <div class="search finder-search" role="search">
        <label for="finder-q">{m.searchLabel}</label>
        <input
          id="finder-q"
          name="q"
          type="search"
          value={state.q}
          maxLength={200}
          autoComplete="off"
          placeholder={m.placeholder}
          onInput={(e) => update({ q: e.currentTarget.value }, TYPING_DELAY_MS)}
        />
        <button type="submit">{m.searchButton}</button>
      </div>
      {errors.length > 0 || failure ? <ErrorSummary errors={errors} failure={failure} /> : null}
      <div class="finder-layout">
        {result ? <FinderFilters state={state} facets={result.facets} open={open} act={filters} /> : null}
        {result ? (
          <FinderResults state={state} resultQ={resultQ} result={result} compare={compare} words={initial.words} busy={busy} message={message} act={results} />
        ) : null}
      </div>
    </form>
  );
}
