/**
 * The finder's filter panel: plain form controls (checkboxes and selects) that work as a GET
 * form without JavaScript; the island passes `act` to react to changes at once.
 */
import { FACET_NAMES, LEVEL_NAMES, SEGMENT_NAMES, SEGMENT_OPTIONS, LEVEL_OPTIONS } from '../../finder/finder-options.ts';
import type { FacetValue, Facets } from '../../finder/finder.schema.ts';
import type { FinderState, ListKey } from './finder-state.ts';

export type FieldKey = 'experience' | 'minSalaryLpa' | 'segment' | 'level' | 'degree' | 'sort';

export interface FilterActions {
  toggle(key: ListKey, value: string, on: boolean): void;
  set(key: FieldKey, value: string): void;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function CheckGroup({ name, values, state, open, act }: { name: ListKey; values: FacetValue[]; state: FinderState; open: boolean; act?: FilterActions }) {
  const chosen = state[name].length;
  return (
    <details class="filter" open={open}>
      <summary>
        {FACET_NAMES[name]}
        {chosen > 0 ? <span class="chosen"> ({chosen} selected)</span> : null}
      </summary>
      <fieldset>
        <legend class="visually-hidden">{FACET_NAMES[name]}</legend>
        <ul class="checks">
          {values.map((v) => (
            <li key={v.value}>
              <label class="check">
                <input
                  type="checkbox"
                  name={name}
                  value={v.value}
                  checked={state[name].includes(v.value)}
                  onChange={(e) => act?.toggle(name, v.value, e.currentTarget.checked)}
                />
                <span>
                  {capital(v.label)} <span class="count">({v.count})</span>
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
}

function Select({ name, label, choices, value, act }: { name: FieldKey; label: string; choices: Choice[]; value: string; act?: FilterActions }) {
  const id = `finder-${name}`;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name} onChange={(e) => act?.set(name, e.currentTarget.value)}>
        {choices.map((c) => (
          <option key={c.value} value={c.value} selected={c.value === value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const counted = (values: FacetValue[], any: string): Choice[] => [
  { value: '', label: any },
  ...values.map((v) => ({ value: v.value, label: `${v.label} (${v.count})` })),
];

export function FinderFilters({ state, facets, open, act }: { state: FinderState; facets: Facets; open: ReadonlySet<string>; act?: FilterActions }) {
  const group = (name: ListKey) => <CheckGroup name={name} values={facets[name]} state={state} open={open.has(name)} act={act} />;
  return (
    <section class="filters" aria-labelledby="filters-h">
      <h2 id="filters-h">Filters</h2>
      {group('category')}
      {group('demand')}
      {group('remote')}
      {group('futureScope')}
      <details class="filter" open={open.has('experience')}>
        <summary>{FACET_NAMES.experience}</summary>
        <Select name="experience" label="Years of experience you have" choices={counted(facets.experience, 'Any')} value={state.experience} act={act} />
      </details>
      <details class="filter" open={open.has('minSalaryLpa')}>
        <summary>Salary</summary>
        <fieldset>
          <legend class="visually-hidden">Salary</legend>
          <Select
            name="segment"
            label="Where you work"
            choices={SEGMENT_OPTIONS.map((s) => ({ value: s, label: SEGMENT_NAMES[s] }))}
            value={state.segment}
            act={act}
          />
          <Select name="level" label="Career level" choices={LEVEL_OPTIONS.map((l) => ({ value: l, label: LEVEL_NAMES[l] }))} value={state.level} act={act} />
          <Select name="minSalaryLpa" label={FACET_NAMES.minSalaryLpa} choices={counted(facets.minSalaryLpa, 'Any')} value={state.minSalaryLpa} act={act} />
        </fieldset>
      </details>
      <details class="filter" open={open.has('degree')}>
        <summary>{FACET_NAMES.degree}</summary>
        {/* degrees named by one career only are a long tail on a phone: the API lists them, the page offers the shared ones */}
        <Select
          name="degree"
          label="Degree (fit score 60 or more)"
          choices={counted(
            facets.degree.filter((v) => v.count >= 2 || v.selected),
            'Any degree',
          )}
          value={state.degree[0] ?? ''}
          act={act}
        />
      </details>
      {group('skill')}
      {group('industry')}
      <p class="actions">
        <button type="submit" class="secondary">
          Apply filters
        </button>
        <a class="button secondary" href="/finder">
          Clear all
        </a>
      </p>
    </section>
  );
}
