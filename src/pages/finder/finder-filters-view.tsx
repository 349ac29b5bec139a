/**
 * The finder's filter panel: plain form controls (checkboxes and selects) that work as a GET
 * form without JavaScript; the island passes `act` to react to changes at once.
 */
import { LEVEL_OPTIONS, SEGMENT_OPTIONS } from '../../finder/finder-options.ts';
import type { FacetValue, Facets } from '../../finder/finder.schema.ts';
import { valueMessages, wordFor } from '../career-values.messages.ts';
import { English, englishLang } from '../mixed-language.tsx';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { finderMessages } from './finder.messages.ts';
import type { FinderState, ListKey } from './finder-state.ts';

export type FieldKey = 'experience' | 'minSalaryLpa' | 'segment' | 'level' | 'degree' | 'sort';

export interface FilterActions {
  toggle(key: ListKey, value: string, on: boolean): void;
  set(key: FieldKey, value: string): void;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Filters whose values are fixed words the interface translates; the others name content (categories, skills, industries), shown as written. */
const WORDED: Partial<Record<ListKey, 'threeStep' | 'futureScope'>> = { demand: 'threeStep', remote: 'threeStep', futureScope: 'futureScope' };

function CheckGroup({ name, values, state, open, act }: { name: ListKey; values: FacetValue[]; state: FinderState; open: boolean; act?: FilterActions }) {
  const m = useMessages(finderMessages);
  const v = useMessages(valueMessages);
  const worded = WORDED[name];
  const chosen = state[name].length;
  return (
    <details class="filter" open={open}>
      <summary>
        {v.facet[name]}
        {chosen > 0 ? <span class="chosen">{m.chosen(chosen)}</span> : null}
      </summary>
      <fieldset>
        <legend class="visually-hidden">{v.facet[name]}</legend>
        <ul class="checks">
          {values.map((f) => (
            <li key={f.value}>
              <label class="check">
                <input
                  type="checkbox"
                  name={name}
                  value={f.value}
                  checked={state[name].includes(f.value)}
                  onChange={(e) => act?.toggle(name, f.value, e.currentTarget.checked)}
                />
                <span>
                  {worded ? capital(wordFor(v[worded], f.value)) : <English>{capital(f.label)}</English>} <span class="count">({f.count})</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </details>
  );
}

interface Choice {
  value: string;
  label: string;
  lang?: 'en' | undefined;
}

function Select({ name, label, choices, value, act }: { name: FieldKey; label: string; choices: Choice[]; value: string; act?: FilterActions }) {
  const id = `finder-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name} onChange={(e) => act?.set(name, e.currentTarget.value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value} selected={c.value === value} lang={c.lang}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "Any", then each value with its count; `label` words a value (the API's label when omitted). */
const counted = (values: FacetValue[], any: string, label: (v: FacetValue) => string = (v) => v.label, lang?: 'en'): Choice[] => [
  { value: '', label: any },
  ...values.map((v) => ({ value: v.value, label: `${label(v)} (${v.count})`, lang })),
];

export function FinderFilters({ state, facets, open, act }: { state: FinderState; facets: Facets; open: ReadonlySet<string>; act?: FilterActions }) {
  const m = useMessages(finderMessages);
  const v = useMessages(valueMessages);
  const href = useHref();
  const content = englishLang(useLocale());
  const group = (name: ListKey) => <CheckGroup name={name} values={facets[name]} state={state} open={open.has(name)} act={act} />;
  return (
    <section class="filters" aria-labelledby="filters-h">
      {/* one fold on a phone, so the first results sit on the first screen; always open on wider screens (CSS) */}
      <details class="filters-fold">
        <summary>
          <h2 id="filters-h">
            {m.filters}
            {open.size > 0 ? ` (${open.size})` : ''}
          </h2>
        </summary>
        {group('category')}
        {group('demand')}
        {group('remote')}
        {group('futureScope')}
        <details class="filter" open={open.has('experience')}>
          <summary>{v.facet.experience}</summary>
          <Select
            name="experience"
            label={m.experienceLabel}
            choices={counted(facets.experience, m.any, (f) => v.years(Number(f.value)))}
            value={state.experience}
            act={act}
          />
        </details>
        <details class="filter" open={open.has('minSalaryLpa')}>
          <summary>{m.salary}</summary>
          <fieldset>
            <legend class="visually-hidden">{m.salary}</legend>
            <Select
              name="segment"
              label={m.segmentLabel}
              choices={SEGMENT_OPTIONS.map((s) => ({ value: s, label: v.segment[s] }))}
              value={state.segment}
              act={act}
            />
            <Select name="level" label={m.levelLabel} choices={LEVEL_OPTIONS.map((l) => ({ value: l, label: v.level[l] }))} value={state.level} act={act} />
            <Select
              name="minSalaryLpa"
              label={v.facet.minSalaryLpa}
              choices={counted(facets.minSalaryLpa, m.any, (f) => v.salaryFloor(Number(f.value)))}
              value={state.minSalaryLpa}
              act={act}
            />
          </fieldset>
        </details>
        <details class="filter" open={open.has('degree')}>
          <summary>{v.facet.degree}</summary>
          {/* degrees named by one career only are a long tail on a phone: the API lists them, the page offers the shared ones */}
          <Select
            name="degree"
            label={m.degreeLabel}
            choices={counted(
              facets.degree.filter((f) => f.count >= 2 || f.selected),
              m.anyDegree,
              undefined,
              content,
            )}
            value={state.degree[0] ?? ''}
            act={act}
          />
        </details>
        {group('skill')}
        {group('industry')}
        <p class="actions">
          <button type="submit" class="secondary">
            {m.apply}
          </button>
          <a class="button secondary" href={href('/finder')}>
            {m.clear}
          </a>
        </p>
      </details>
    </section>
  );
}
