/** Building blocks of the career page: a section with its heading and intro, a table, tags, cards. */
import type { ComponentChildren } from 'preact';
import { SECTIONS, type SectionKey } from '../../careers/section-copy.ts';

export function Section({ k, title, children }: { k: SectionKey; title: string; children: ComponentChildren }) {
  const { id, heading, intro } = SECTIONS[k];
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading(title)}</h2>
      {intro ? <p class="intro">{intro}</p> : null}
      {children}
    </section>
  );
}

/** Wide tables scroll inside a focusable region instead of widening the page on a phone. */
/**
 * A table whose first cell names the row. On a phone (≤ 600 px) each row becomes a card and
 * each cell shows its column's name (`labels`, or the head when it is text), so nothing hides
 * in a sideways-scrolling box; the head stays for screen readers.
 */
export function Table(props: {
  label: string;
  head: readonly ComponentChildren[];
  rows: ComponentChildren[][];
  labels?: readonly string[];
  className?: string;
}) {
  const { label, head, rows, className } = props;
  const labels = props.labels ?? head.map((h) => (typeof h === 'string' ? h : ''));
  return (
    // "(table)": the section around a table is often named by the same words, and two landmarks may not share a name
    <div class="table-wrap stack" role="region" aria-label={`${label} (table)`} tabIndex={0}>
      <table class={className}>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells) => (
            <tr>{cells.map((c, i) => (i === 0 ? <th scope="row">{c}</th> : <td data-label={labels[i] || undefined}>{c}</td>))}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const Tag = ({ children }: { children: ComponentChildren }) => <span class="tag">{children}</span>;

export function Cards<T>({ items, render }: { items: T[]; render: (item: T) => ComponentChildren }) {
  return (
    <ul class="cards">
      {items.map((item) => (
        <li class="card">{render(item)}</li>
      ))}
    </ul>
  );
}

/** `extras`: the computed sections (career-extras.tsx); without them the page shows the profile only. */
