import type { SalarySegment } from '../../careers/career.schema.ts';
import { formatBand } from '../../i18n/numbers.ts';
import { useLocale, useMessages } from '../locale-context.tsx';
import { careerMessages } from './career.messages.ts';
import { valueMessages } from '../career-values.messages.ts';

const ROW = 22;
const GAP = 14;
const LABEL_W = 64;
/** One drawing for wide screens and one for phones, so the text is drawn at about 13 px on both (CSS shows one). */
const WIDTHS = { wide: 640, narrow: 330 } as const;

/**
 * Salary bands as horizontal bars on one LPA scale. Decorative for screen readers beyond its
 * title and description: the same numbers are in text right below it.
 */
export function SalaryChart({ salary, title }: { salary: SalarySegment[]; title: string }) {
  const m = useMessages(careerMessages);
  return (
    <figure class="chart">
      <Drawing salary={salary} title={title} size="wide" />
      <Drawing salary={salary} title={title} size="narrow" />
      <figcaption>{m.chartCaption}</figcaption>
    </figure>
  );
}

/** A label cut to the drawing's width (about 7 units a character at 13 px); the full text is in the description and below. */
export const fit = (text: string, width: number) => {
  const max = Math.floor(width / 7.4);
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
};

function Drawing({ salary, title, size }: { salary: SalarySegment[]; title: string; size: keyof typeof WIDTHS }) {
  const m = useMessages(careerMessages);
  const v = useMessages(valueMessages);
  const locale = useLocale();
  const band = (b: SalarySegment['bands'][number]) => formatBand(b.minLpa, b.maxLpa, locale);
  const WIDTH = WIDTHS[size];
  const top = Math.max(...salary.flatMap((s) => s.bands.map((b) => b.maxLpa ?? b.minLpa * 1.3)), 1);
  const scale = (WIDTH - LABEL_W - 100) / top;
  let y = 0;
  const rows = salary.flatMap((s, si) => {
    const header = { kind: 'label' as const, y, text: fit(s.label, WIDTH), si };
    y += ROW;
    const bars = s.bands.map((b) => {
      const row = { kind: 'bar' as const, y, band: b, si };
      y += ROW;
      return row;
    });
    y += GAP;
    return [header, ...bars];
  });
  const id = `chart-${size}-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <svg class={`chart-${size}`} viewBox={`0 0 ${WIDTH} ${y}`} role="img" aria-labelledby={`${id}-t ${id}-d`} preserveAspectRatio="xMinYMin meet">
      <title id={`${id}-t`}>{m.chartTitle(title)}</title>
      <desc id={`${id}-d`}>{salary.map((s) => `${s.label}: ${s.bands.map((b) => `${v.level[b.level]} ${band(b)}`).join(', ')}`).join('. ')}</desc>
      {rows.map((r) =>
        r.kind === 'label' ? (
          <text x={0} y={r.y + 15} class="chart-segment">
            {r.text}
          </text>
        ) : (
          <g class={`chart-bar seg-${r.si}`}>
            <text x={0} y={r.y + 15} class="chart-level">
              {v.level[r.band.level]}
            </text>
            <rect
              x={LABEL_W + r.band.minLpa * scale}
              y={r.y + 3}
              width={Math.max(((r.band.maxLpa ?? top) - r.band.minLpa) * scale, 3)}
              height={ROW - 6}
              rx={3}
              class={r.band.maxLpa === null ? 'open' : undefined}
            />
            <text x={LABEL_W + (r.band.maxLpa ?? top) * scale + 6} y={r.y + 15} class="chart-value">
              ₹{band(r.band)}
            </text>
          </g>
        ),
      )}
    </svg>
  );
}
