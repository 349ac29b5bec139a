/** Plain-text tables for the benchmark's output. */
import type { Timing } from './search-timings.ts';
import { BASELINES, type BenchTarget } from './targets.ts';
import type { WrkResult } from './wrk.ts';

export interface Row {
  target: BenchTarget;
  server: string;
  /** Which pass over the targets (0, 1, …): servers are compared within a round. */
  round: number;
  result: WrkResult;
}

/** The middle value (the lower of the two middle ones for an even count). */
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** One line per target and server: the run with the median req/s (its latencies with it), failures of all runs. */
function medianRows(rows: readonly Row[]): Row[] {
  const groups = new Map<string, Row[]>();
  for (const r of rows) {
    const key = `${r.target.name}\0${r.server}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((runs) => {
    const middle = median(runs.map((r) => r.result.requestsPerSecond));
    const chosen = runs.find((r) => r.result.requestsPerSecond === middle)!;
    return { ...chosen, result: { ...chosen.result, failures: runs.reduce((sum, r) => sum + r.result.failures, 0) } };
  });
}

const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);
const ms = (n: number) => (n < 1 ? `${n.toFixed(3)} ms` : `${n.toFixed(2)} ms`);
const verdict = (met: boolean) => (met ? 'met' : 'NOT met');

export function throughputTable(rows: readonly Row[]): string {
  const width = Math.max(...rows.map((r) => r.target.name.length), 6) + 2;
  const lines = [`${pad('target', width)}${pad('server', 12)}${lpad('req/s', 10)}${lpad('p50', 12)}${lpad('p99', 12)}`];
  for (const r of medianRows(rows)) {
    const warn = r.result.failures > 0 ? `  (${r.result.failures} failed requests)` : '';
    lines.push(
      `${pad(r.target.name, width)}${pad(r.server, 12)}${lpad(Math.round(r.result.requestsPerSecond).toLocaleString('en-US'), 10)}${lpad(ms(r.result.p50Ms), 12)}${lpad(ms(r.result.p99Ms), 12)}${warn}`,
    );
  }
  return lines.join('\n');
}

/** careerpath req/s ÷ baseline req/s within each round, for each goal a target declares: the median and the range. */
export function ratioLines(rows: readonly Row[], targets: readonly BenchTarget[]): string {
  const rps = (t: BenchTarget, server: string, round: number) =>
    rows.find((r) => r.target === t && r.server === server && r.round === round)!.result.requestsPerSecond;
  const rounds = [...new Set(rows.map((r) => r.round))];
  const lines: string[] = [];
  for (const t of targets) {
    for (const b of BASELINES) {
      const goal = t.goals?.[b];
      if (goal === undefined) continue;
      const ratios = rounds.map((round) => rps(t, 'careerpath', round) / rps(t, b, round));
      const ratio = median(ratios);
      const range = ratios.length > 1 ? `  (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})` : '';
      lines.push(`${pad(`${t.name} / ${b}`, 32)}${lpad(ratio.toFixed(2), 6)}${range}   goal ≥ ${goal}  ${verdict(ratio >= goal)}`);
    }
  }
  return lines.join('\n');
}

/** careerpath's p99 against each target's latency goal. */
export function latencyLines(rows: readonly Row[], targets: readonly BenchTarget[]): string {
  const lines: string[] = [];
  for (const t of targets) {
    if (t.p99GoalMs === undefined) continue;
    const p99 = median(rows.filter((r) => r.target === t && r.server === 'careerpath').map((r) => r.result.p99Ms));
    lines.push(`${pad(`${t.name} p99`, 32)}${lpad(ms(p99), 11)}   goal < ${t.p99GoalMs} ms  ${verdict(p99 < t.p99GoalMs)}`);
  }
  return lines.join('\n');
}

export function timingTable(timings: readonly Timing[]): string {
  const width = Math.max(...timings.map((t) => t.label.length)) + 2;
  return timings
    .map((t) => {
      const goal = t.goalMs === undefined ? '' : `   goal < ${t.goalMs} ms  ${verdict(t.medianMs < t.goalMs)}`;
      return `${pad(t.label, width)}${lpad(t.careers.toLocaleString('en-US'), 7)} careers ${lpad(ms(t.medianMs), 11)}  (median of ${t.runs})${goal}`;
    })
    .join('\n');
}
