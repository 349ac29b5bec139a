import type { ComponentChildren } from 'preact';
import { Table as SharedTable } from '../career/career-page-parts.tsx';
import { useHref, useMessages } from '../locale-context.tsx';
import { compareMessages } from './compare.messages.ts';

/** The shared table with the compare style; on a phone each cell is labelled with its career's title. */
export function Table(props: { label: string; head: ComponentChildren[]; rows: ComponentChildren[][]; titles: string[] }) {
  return <SharedTable label={props.label} head={props.head} rows={props.rows} labels={['', ...props.titles]} className="compare-table" />;
}

export function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

/** "Finder › Compare": the way back to the finder, where careers are picked. */
export function Crumbs() {
  const m = useMessages(compareMessages);
  const href = useHref();
  return (
    <p class="crumbs">
      <a href={href('/finder')}>{m.finder}</a> › {m.compare}
    </p>
  );
}
