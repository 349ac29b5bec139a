import { formatBand } from '../../careers/section-copy.ts';
import type { Comparison } from '../../compare/compare.schema.ts';
import { LEVEL_NAMES } from '../../finder/finder-options.ts';

const BAR = 16;
const GAP = 4;
const LEVEL_GAP = 14;
const LABEL_W = 52;
/** Narrow enough that 13-unit text is drawn at 12 px or more on a 360 px phone (the chart then scales up on wide screens, capped by CSS). */
const WIDTH = 330;

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
export function CompareChart({ row, titles, top, id }: { row: SegmentRow; titles: string[]; top: number; id: string }) {
  const scale = (WIDTH - LABEL_W - 100) / top;
  const groupHeight = titles.length * (BAR + GAP) + LEVEL_GAP;
  const height = row.levels.length * groupHeight;
  const describe = row.levels
    .map((l) => `${LEVEL_NAMES[l.level]}: ${l.bands.map((b, i) => `${titles[i]} ${b ? formatBand(b.minLpa, b.maxLpa) : 'no figure'}`).join(', ')}`)
    .join('. ');
  return (
    <figure class="chart compare-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-t`}>{row.label} salary bands in INR lakh per annum</title>
        <desc id={`${id}-d`}>{describe}</desc>
        {row.levels.map((l, li) => {
          const y0 = li * groupHeight;
          return (
            <g key={l.level}>
              <text x={0} y={y0 + BAR - 2} class="chart-level">
                {LEVEL_NAMES[l.level]}
              </text>
              {l.bands.map((b, ci) => {
                const y = y0 + ci * (BAR + GAP);
                if (!b)
                  return (
                    <text key={ci} x={LABEL_W} y={y + BAR - 4} class="chart-value">
                      no figure
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
                      ₹{formatBand(b.minLpa, b.maxLpa)}
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
          {titles.map((t, i) => (
            <li key={t}>
              <span class={`swatch cmp-${i}`} aria-hidden="true" /> {t}
            </li>
          ))}
        </ul>
        Bars on one ₹ LPA scale for all segments; a faded bar is open-ended (LPA+).
      </figcaption>
    </figure>
  );
}
