/**
 * In-process timings of personal matching: one POST /api/v1/match worth of work (rank every
 * career, explain the best 20 — or every one — with gaps and a personal roadmap) at the real catalog and
 * at a synthetic catalog of SYNTHETIC_SIZE. `npm run bench` prints these after the search
 * timings; run alone with `node --import tsx bench/match.bench.ts`, which also measures
 * requests/s over HTTP against an in-process server (BENCH_SKIP_HTTP=1 to skip that).
 */
import pino from 'pino';
import type { CareerProfile } from '../src/careers/career.schema.ts';
import { readContentDir } from '../src/content/content-files.ts';
import { readExamsFile } from '../src/content/exam-file.ts';
import type { Exam } from '../src/careers/exam.schema.ts';
import { readVocabularies } from '../src/content/vocabulary-files.ts';
import type { SkillWords } from '../src/careers/vocabulary-file.schema.ts';
import { loadPaths } from '../src/config.ts';
import { boot } from '../src/app/boot.ts';
import { openDatabase } from '../src/db/database.ts';
import type { MatchRequest } from '../src/matching/match.schema.ts';
import { createMatcher } from '../src/matching/matcher.ts';
import { timingTable } from './report.ts';
import { median, type Timing } from './search-timings.ts';
import { syntheticProfiles } from './synthetic-catalog.ts';
import { SYNTHETIC_SIZE } from './targets.ts';

/** The issue's first persona with every part rated: the most work one match can take. */
export const MATCH_REQUEST: MatchRequest = {
  degree: 'BCA',
  skills: [
    { name: 'JavaScript', level: 'intermediate' },
    { name: 'SQL', level: 'intermediate' },
    { name: 'git', level: 'intermediate' },
    { name: 'excel', level: 'beginner' },
  ],
  interests: { code: 'yes', data: 'maybe', care: 'no' },
  preferences: { remote: 'prefer', targetLpa: 6, yearsExperience: 0, hoursPerWeek: 10 },
};

/** Goal (median ms) for one match across the real catalog; none is set for the synthetic one. */
export const MATCH_GOAL_MS = 5;

/** With the exams, as the server matches: eligibility walks every route's exam rules. */
function timingsFor(profiles: CareerProfile[], exams: Exam[], skillWords: SkillWords, runs: { build: number; match: number }, goalMs?: number): Timing[] {
  const careers = profiles.length;
  const matcher = createMatcher(profiles, exams, skillWords);
  const every = { ...MATCH_REQUEST, limit: careers };
  return [
    {
      label: 'build matcher (vocabularies + career index)',
      careers,
      runs: runs.build,
      medianMs: median(runs.build, () => createMatcher(profiles, exams, skillWords)),
    },
    {
      label: 'match, best 20 explained (the default)',
      careers,
      runs: runs.match,
      medianMs: median(runs.match, () => matcher.match(MATCH_REQUEST)),
      ...(goalMs ? { goalMs } : {}),
    },
    { label: 'match, every career explained', careers, runs: runs.match, medianMs: median(runs.match, () => matcher.match(every)) },
  ];
}

/** `syntheticBuildRuns`: runs of the matcher build at SYNTHETIC_SIZE (about 10 s each). */
export async function matchTimings(syntheticBuildRuns = 2): Promise<Timing[]> {
  const real = (await readContentDir(loadPaths().contentDir)).map((f) => f.data as CareerProfile);
  const words = (await readVocabularies(loadPaths().vocabularyDir)).vocabularies.skills;
  const { exams } = await readExamsFile(loadPaths().examsFile);
  return [
    ...timingsFor(real, exams, words, { build: 20, match: 1000 }, MATCH_GOAL_MS),
    ...timingsFor(syntheticProfiles(real, SYNTHETIC_SIZE), exams, words, { build: syntheticBuildRuns, match: 20 }),
  ];
}

/** Requests/s of POST /api/v1/match against the app in this process, `connections` requests in flight. */
async function httpRate(seconds: number, connections: number): Promise<{ rps: number; failures: number }> {
  const db = openDatabase('sqlite::memory:');
  const { app } = await boot({ db, contentDir: loadPaths().contentDir, logger: pino({ level: 'silent' }) });
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  const body = JSON.stringify(MATCH_REQUEST);
  const once = () =>
    fetch(`${base}/api/v1/match`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }).then(async (r) => (await r.arrayBuffer(), r.ok));
  let done = 0;
  let failures = 0;
  const until = Date.now() + seconds * 1000;
  const worker = async () => {
    while (Date.now() < until) (await once()) ? done++ : failures++;
  };
  await Promise.all(Array.from({ length: connections }, worker)); // warm-up run is the first second's share
  await app.close();
  await db.destroy();
  return { rps: done / seconds, failures };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('in-process match timings');
  console.log(timingTable(await matchTimings()));
  if (process.env.BENCH_SKIP_HTTP !== '1') {
    const { rps, failures } = await httpRate(5, 16);
    console.log(
      `\nPOST /api/v1/match over HTTP (in-process server, 16 in flight, 5 s): ${Math.round(rps).toLocaleString('en-US')} req/s${failures ? `, ${failures} failed` : ''}`,
    );
  }
}
