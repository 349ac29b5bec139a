/**
 * Career progression drawn on a years-of-experience axis: one bar per stage over the years
 * it usually spans, with the pay band of the headline salary segment the stage is paid in
 * (progression[].payLevel). A stage without a pay level says so instead of guessing. Drawn
 * at two widths so its text is about 13 px on a phone and on a desktop (CSS shows one).
 */
import type { CareerProfile } from '../../careers/career.schema.ts';
import { formatBand } from '../../i18n/numbers.ts';
import { useLocale, useMessages } from '../locale-context.tsx';
import { careerMessages } from './career.messages.ts';
import { fit } from './salary-chart.tsx';

const ROW = 40;
const WIDTHS = { wide: 640, narrow: 330 } as const;

/** "2-5 years" → [2, 5]; "10+ years" → [10, 10 + 5] (open-ended: drawn five years on). */
export function yearsOf(experience: string): [number, number] {
  const [, a, b, plus] = /^(\d+)(?:-(\d+))?(\+)?/.exec(experience) ?? [];
  const from = Number(a ?? 0);
  const to = b !== undefined ? Number(b) : plus ? from + 5 : from + 1;
  return [from, Math.max(to, from + 0.5)];
}

export function ProgressionChart({ p, title }: { p: CareerProfile; title: string }) {
  const m = useMessages(careerMessages);
  const locale = useLocale();
  const segment = p.salary.find((s) => s.headline) ?? p.salary[0]!;
  const stages = p.progression.map((s) => {
    const band = s.payLevel ? segment.bands.find((b) => b.level === s.payLevel) : undefined;
    return {
      name: s.stage,
      years: yearsOf(s.experience),
      experience: s.experience,
      pay: band ? `₹${formatBand(band.minLpa, band.maxLpa, locale)}` : m.payNotKnown,
    };
  });
  if (stages.length === 0) return null;
  const top = Math.max(...stages.map((s) => s.years[1]));
  const id = `progression-${p.slug}`;
  const description = stages.map((s) => `${s.name} (${s.experience}): ${s.pay}`).join('. ');
  return (
    <figure class="chart progression-chart">
      {(['wide', 'narrow'] as const).map((size) => {
        const width = WIDTHS[size];
        const scale = (width - 8) / top;
        const height = stages.length * ROW + 22;
        return (
          <svg class={`chart-${size}`} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-${size}-t ${id}-${size}-d`}>
            <title id={`${id}-${size}-t`}>{m.progressionChartTitle(title)}</title>
            <desc id={`${id}-${size}-d`}>{description}</desc>
            {stages.map((s, i) => {
              const x = 4 + s.years[0] * scale;
              const w = Math.max((s.years[1] - s.years[0]) * scale, 4);
              const y = i * ROW;
              return (
                <g class={`chart-bar seg-${i % 4}`}>
                  <rect x={x} y={y + 20} width={w} height={12} rx={3} />
                  <text x={0} y={y + 15} class="chart-value">
                    {fit(`${s.name} · ${s.pay}`, width)}
                  </text>
                </g>
              );
            })}
            {[0, Math.round(top / 2), Math.floor(top)].map((yr) => (
              <text x={Math.min(4 + yr * scale, width - 4)} y={height - 4} text-anchor={yr === 0 ? 'start' : 'end'} class="chart-level">
                {yr}
              </text>
            ))}
          </svg>
        );
      })}
      <figcaption>{m.progressionChartCaption}</figcaption>
    </figure>
  );
}
