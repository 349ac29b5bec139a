/**
 * Real processes run to the end, or killed with SIGKILL at a chosen moment, for the fault
 * suite. Moments are drawn by a seeded generator, uniformly over a clean run's duration, and
 * anchored to the process's own progress: "`delayMs` after its n-th line of output" (or
 * after the spawn), so a kill lands in the same phase of the work however busy the machine
 * is. The same seed picks the same moments.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort, kill9, start, stop, type Started } from './processes.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The command line of an npm script (`node --import tsx …`), run directly so that a kill hits the process that does the work, not npm. */
export function npmScript(name: string): string[] {
  const scripts = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [command, ...args] = scripts[name]!.split(' ');
  if (command !== 'node') throw new Error(`npm script ${name} does not start with node: ${scripts[name]}`);
  return args;
}

export interface Job {
  args: string[];
  env: Record<string, string>;
  /** A server is done when it prints a line matching this (then `whenReady` runs and it is stopped with SIGTERM); anything else when it exits 0. */
  readyLine?: RegExp;
  whenReady?: () => Promise<void>;
}

/**
 * `npm start` on `databaseUrl` at a free port: done once it listens and GET /readyz answers
 * 200 (then `alsoWhenReady`, e.g. waiting for other servers, before it is stopped).
 */
export async function serverJob(databaseUrl: string, alsoWhenReady?: () => Promise<void>): Promise<Job> {
  const port = await freePort();
  return {
    args: npmScript('start'),
    env: { DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: '0' },
    readyLine: /Server listening at/,
    whenReady: async () => {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.status !== 200) throw new Error(`port ${port}: /readyz answered ${res.status}: ${await res.text()}`);
      await alsoWhenReady?.();
    },
  };
}

/** Milliseconds after the spawn at which each line of output appeared (and its text), and at which the job was done. */
export interface Timeline {
  lines: number[];
  texts: string[];
  doneMs: number;
}

export interface Moment {
  /** -1: counted from the spawn; n: from the (n+1)-th line of output. */
  afterLine: number;
  delayMs: number;
}

/** Inherited variables that would point a child at the developer's own database or Redis. */
const CLEARED = ['DATABASE_URL', 'REDIS_URL', 'PORT', 'CONTENT_DIR', 'METRICS_TOKEN', 'SMTP_URL'];

function launch(job: Job, onLine: (count: number, text: string) => void): Started {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const name of CLEARED) delete env[name];
  const started = start(process.execPath, job.args, { cwd: ROOT, env: { ...env, ...job.env } });
  let lines = 0;
  const split = () => {
    let partial = '';
    return (chunk: Buffer) => {
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop()!;
      for (const text of parts) onLine(++lines, text);
    };
  };
  started.child.stdout?.on('data', split());
  started.child.stderr?.on('data', split());
  return started;
}

/** Runs `job` to its end; throws with its output when it fails. */
export async function runToEnd(job: Job): Promise<Timeline> {
  const spawned = performance.now();
  const lines: number[] = [];
  const texts: string[] = [];
  let ready: (() => void) | undefined;
  const readyNow = new Promise<void>((resolve) => (ready = resolve));
  let text = '';
  const started = launch(job, (_, line) => {
    lines.push(performance.now() - spawned);
    texts.push(line);
  });
  started.child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    if (job.readyLine?.test(text)) ready!();
  });
  const exited = new Promise<number | null>((resolve) => started.child.once('exit', (code) => resolve(code)));
  if (job.readyLine) {
    const first = await Promise.race([readyNow.then(() => 'ready' as const), exited]);
    if (first !== 'ready') throw new Error(`exited (${first}) before it was ready:\n${started.output()}`);
    const doneMs = performance.now() - spawned;
    try {
      await job.whenReady?.();
    } finally {
      await stop(started.child);
    }
    const kept = lines.filter((ms) => ms <= doneMs).length;
    return { lines: lines.slice(0, kept), texts: texts.slice(0, kept), doneMs };
  }
  const code = await exited;
  if (code !== 0) throw new Error(`exited with ${code}:\n${started.output()}`);
  return { lines, texts, doneMs: performance.now() - spawned };
}

/** Where a kill landed: during the work, after a server was ready, or nowhere (the job was done first). */
export type KillOutcome = 'killed' | 'killed when ready' | 'finished';

/** Runs `job` and kills it at `moment`; throws when it failed by itself first. */
export async function runAndKill(job: Job, moment: Moment): Promise<KillOutcome> {
  let timer: NodeJS.Timeout | undefined;
  let outcome: KillOutcome = 'finished';
  let ready = false;
  let text = '';
  let started: Started | undefined;
  const arm = () => {
    timer ??= setTimeout(() => {
      if (started!.child.exitCode !== null) return;
      outcome = ready ? 'killed when ready' : 'killed';
      void kill9(started!.child);
    }, moment.delayMs);
  };
  started = launch(job, (count) => {
    if (count === moment.afterLine + 1) arm();
  });
  started.child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    ready ||= job.readyLine?.test(text) ?? false;
  });
  if (moment.afterLine < 0) arm();
  const code = await new Promise<number | null>((resolve) => started.child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  if (outcome === 'finished' && code !== 0) throw new Error(`exited with ${code} before its kill:\n${started.output()}`);
  return outcome;
}

/**
 * A moment drawn uniformly over the clean run's duration (or from its `fromLine`-th line on,
 * to skip a start-up that writes nothing), expressed from the last line before it.
 */
export function pickMoment(random: () => number, clean: Timeline, fromLine = 0): Moment {
  const from = fromLine > 0 ? clean.lines[fromLine - 1]! : 0;
  const at = from + random() * (clean.doneMs - from);
  let afterLine = -1;
  while (afterLine + 1 < clean.lines.length && clean.lines[afterLine + 1]! <= at) afterLine++;
  return { afterLine, delayMs: Math.round(at - (afterLine < 0 ? 0 : clean.lines[afterLine]!)) };
}

export interface CaseTally {
  /** Kills during the work. */
  kills: number;
  /** Kills of a server that was ready already (its start was faster than the clean run's). */
  killsWhenReady: number;
  /** Runs that were done before their moment came. */
  finishedFirst: number;
  recovered: number;
  rowsCompared: number;
  /** Where each kill was aimed, e.g. "line 12 + 340 ms". */
  moments: string[];
}

export const describeMoment = (m: Moment) => `${m.afterLine < 0 ? 'spawn' : `line ${m.afterLine + 1}`} + ${m.delayMs} ms`;

export const newTally = (): CaseTally => ({ kills: 0, killsWhenReady: 0, finishedFirst: 0, recovered: 0, rowsCompared: 0, moments: [] });

/** Counts a run's outcome and returns it. */
export function count(tally: CaseTally, outcome: KillOutcome): KillOutcome {
  if (outcome === 'killed') tally.kills++;
  else if (outcome === 'killed when ready') tally.killsWhenReady++;
  else tally.finishedFirst++;
  return outcome;
}

export function tallyLine(name: string, seed: number, t: CaseTally): string {
  return `faults: ${name}: ${t.kills} kill -9 during the work (${t.killsWhenReady} more once ready, ${t.finishedFirst} runs done before their moment), ${t.recovered} recovered equal to a clean run, ${t.rowsCompared.toLocaleString('en-US')} rows compared (FAULTS_SEED=${seed}; moments: ${t.moments.join(', ')})`;
}

/** Kills per case: FAULTS_KILLS when set, else the case's default. */
export function killsFor(fallback: number): number {
  const n = Number(process.env.FAULTS_KILLS ?? fallback);
  if (!Number.isInteger(n) || n < 1) throw new Error(`FAULTS_KILLS must be a whole number above 0, got "${process.env.FAULTS_KILLS}"`);
  return n;
}

export const FAULTS_SEED = Number(process.env.FAULTS_SEED ?? 20261216);
