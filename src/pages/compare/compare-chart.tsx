import { formatBand } from '../../careers/section-copy.ts';
import type { Comparison } from '../../compare/compare.schema.ts';
import { valueMessages } from '../career-values.messages.ts';
import { CareerText, titleIn, type CareerWords } from '../content-words.tsx';
import { useLocale, useMessages } from '../locale-context.tsx';
import { compareMessages } from './compare.messages.ts';

const BAR = 16;
const GAP = 4;
const LEVEL_GAP = 14;
const LABEL_W = 52;
/** Narrow enough that 13-unit text is drawn at 12 px or more on a 360 px phone (the chart then scales up on wide screens, capped by CSS). */
const WIDTH = 330;
/**
 * Room right of the longest bar for its value: at least 100 units, more for longer words
 * ("₹30.0-60.0 लाख/वर्ष"). Measured in Chromium, 13-unit chart text takes at most 7.6 units a
 * character (Latin and Devanagari alike), and the value starts 6 units past the bar.
 */
const valueRoom = (labels: string[]) => Math.max(100, ...labels.map((l) => Math.ceil(l.length * 7.6) + 8));

type SegmentRow = Comparison['salary'][number];

/** The top of the shared scale: the highest bound of any band, open-ended bands a third past their floor. */
export function chartTop(salary: Comparison['salary']): number {
  const bounds = salary.flatMap((s) => s.levels.flatMap((l) => l.bands.flatMap((b) => (b ? [b.maxLpa ?? b.minLpa * 1.3] : []))));
  return Math.max(...bounds, 1);
}

/**
 * One segment's bands, grouped by level, one bar per career, on a scale shared by every
 * segment of the comparison so bars can be compared across charts. The numbers are also in
 * the table beside it; the SVG's title and description carry them for screen readers.
 */
export function CompareChart(props: { row: SegmentRow; careers: ReadonlyArray<{ slug: string; title: string }>; words: CareerWords; top: number; id: string }) {
  const { row, careers, words, top, id } = props;
  const titles = careers.map((c) => titleIn(words, c.slug, c.title));
  const m = useMessages(compareMessages);
  const v = useMessages(valueMessages);
  const locale = useLocale();
  const band = (b: { minLpa: number; maxLpa: number | null }) => formatBand(b.minLpa, b.maxLpa, locale);
  const values = row.levels.flatMap((l) => l.bands.map((b) => (b ? `₹${band(b)}` : m.noFigure)));
  const scale = (WIDTH - LABEL_W - valueRoom(values)) / top;
  const groupHeight = titles.length * (BAR + GAP) + LEVEL_GAP;
  const height = row.levels.length * groupHeight;
  const describe = row.levels.map((l) => `${v.level[l.level]}: ${l.bands.map((b, i) => `${titles[i]} ${b ? band(b) : m.noFigure}`).join(', ')}`).join('. ');
  return (
    <figure class="chart compare-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-t`}>{m.chartTitle(v.segment[row.segment])}</title>
        <desc id={`${id}-d`}>{describe}</desc>
        {row.levels.map((l, li) => {
          const y0 = li * groupHeight;
          return (
            <g key={l.level}>
              <text x={0} y={y0 + BAR - 2} class="chart-level">
                {v.level[l.level]}
              </text>
              {l.bands.map((b, ci) => {
                const y = y0 + ci * (BAR + GAP);
                if (!b)
                  return (
                    <text key={ci} x={LABEL_W} y={y + BAR - 4} class="chart-value">
                      {m.noFigure}
                    </text>
                  );
                const end = b.maxLpa ?? top;
                return (
                  <g key={ci} class={`cmp-${ci}`}>
                    <rect
                      x={LABEL_W + b.minLpa * scale}
                      y={y}
                      width={Math.max((end - b.minLpa) * scale, 3)}
                      height={BAR}
                      rx={3}
                      class={b.maxLpa === null ? 'open' : undefined}
                    />
                    <text x={LABEL_W + end * scale + 6} y={y + BAR - 4} class="chart-value">
                      ₹{band(b)}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend">
          {careers.map((c, i) => (
            <li key={c.slug}>
              <span class={`swatch cmp-${i}`} aria-hidden="true" /> <CareerText slug={c.slug} english={c.title} words={words} />
            </li>
          ))}
        </ul>
        {m.chartNote}
      </figcaption>
    </figure>
  );
}
