/** Building blocks of the career page: a folding section with its heading and intro, a table, tags, cards. */
import type { ComponentChildren } from 'preact';
import { SECTIONS, type SectionKey } from '../../careers/section-copy.ts';
import { useMessages } from '../locale-context.tsx';
import { careerMessages } from './career.messages.ts';
import type { Words } from './career-language.ts';

/**
 * A section that folds: the heading is always shown (it is the summary of a <details>), the
 * body opens on a tap, from the in-page navigation, or when printed. `open` sections start
 * open. Without JavaScript a folded section still opens on a tap.
 */
export function Fold({
  id,
  heading,
  intro,
  open = false,
  children,
}: {
  id: string;
  heading: string;
  intro?: string;
  open?: boolean;
  children: ComponentChildren;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-h`} class="fold">
      <details open={open}>
        <summary>
          <h2 id={`${id}-h`}>{heading}</h2>
        </summary>
        {intro ? <p class="intro">{intro}</p> : null}
        {children}
      </details>
    </section>
  );
}

export function Section({ k, title, open, children }: { k: SectionKey; title: string; open?: boolean; children: ComponentChildren }) {
  const m = useMessages(careerMessages);
  return (
    <Fold id={SECTIONS[k].id} heading={m.headings[k](title)} intro={m.intros[k]} open={open ?? false}>
      {children}
    </Fold>
  );
}

/** Text that may be in another language than the page: marked so screen readers switch voice. */
export const Say = ({ words, as: Tag = 'span' }: { words: Words; as?: 'span' | 'p' | 'h3' }) => <Tag lang={words.lang}>{words.text}</Tag>;

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
  // "(table)": the section around a table is often named by the same words, and two landmarks may not share a name
  const suffix = useMessages(careerMessages).tableSuffix;
  return (
    // "(table)": the section around a table is often named by the same words, and two landmarks may not share a name
    <div class="table-wrap stack" role="region" aria-label={`${label}${suffix}`} tabIndex={0}>
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
