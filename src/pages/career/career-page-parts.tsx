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
export function Table({ label, head, rows }: { label: string; head: readonly string[]; rows: ComponentChildren[][] }) {
  return (
    <div class="table-wrap" role="region" aria-label={label} tabIndex={0}>
      <table>
        <thead>
          <tr>
            {head.map((h) => (
              <th scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells) => (
            <tr>{cells.map((c, i) => (i === 0 ? <th scope="row">{c}</th> : <td>{c}</td>))}</tr>
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
