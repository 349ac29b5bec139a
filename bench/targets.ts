/**
 * What `npm run bench` measures. Each target is requested from the production server with
 * `Accept-Encoding: br` (BENCH_ENCODING: br, gzip or identity) and, with the very same
 * response bytes and headers (bench/servers.ts), from the two baselines (a bare node:http server and
 * nginx serving a file). To benchmark another endpoint, add a line here, e.g.
 *
 *   { name: 'match API', method: 'POST', path: '/api/v1/match', body: { degree: 'BCA', skills: ['SQL'] }, goals: { 'node:http': 0.6 } },
 *
 * `goals` are the ratios (server req/s ÷ baseline req/s) the issue asks to work toward, and
 * `p99GoalMs` a latency goal for careerpath; a line is printed for each one.
 */
export type Baseline = 'node:http' | 'nginx';
export const BASELINES: readonly Baseline[] = ['node:http', 'nginx'];

export interface BenchTarget {
  /** Row label, also the file name the baselines serve the bytes from. */
  name: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path and query on the careerpath server. */
  path: string;
  /** JSON request body, sent with content-type application/json. */
  body?: unknown;
  /** Bodies sent in turn instead of `body` (the baselines answer the first one's bytes to all). */
  bodies?: unknown[];
  /** Status the server must answer before measuring (default 200). */
  status?: number;
  goals?: Partial<Record<Baseline, number>>;
  /** careerpath's 99th percentile latency must stay under this, at the bench's connections. */
  p99GoalMs?: number;
}

/** The persona. */
const persona = () => ({
  degree: 'BCA',
  skills: [
    { name: 'JavaScript', level: 'intermediate' },
    { name: 'SQL', level: 'intermediate' },
    { name: 'git', level: 'intermediate' },
  ],
  interests: { code: 'yes' },
  preferences: { remote: 'prefer', targetLpa: 6, hoursPerWeek: 10 },
});

/** People of several backgrounds, each question different: degree, skills, interests, age and category cycle at different rates. */
const DEGREES = ['BCA', 'B.Com', '12th PCB', 'ITI Electrician', 'BA History', 'B.Sc Nursing', 'Class 10', 'Diploma in Mechanical Engineering'];
const SKILLS = ['JavaScript', 'SQL', 'Excel', 'Tally', 'wiring', 'patient care', 'communication', 'Python', 'AutoCAD', 'accounting', 'teaching'];
const INTERESTS = ['code', 'care', 'money', 'hands', 'business', 'design', 'law', 'science'];
const CATEGORIES = ['general', 'obc', 'sc', 'st', 'ews'];
const variedPerson = (n: number) => ({
  degree: DEGREES[n % DEGREES.length],
  age: 16 + (n % 19),
  category: CATEGORIES[n % CATEGORIES.length],
  skills: [0, 1, 2].slice(0, 1 + (n % 3)).map((k) => ({ name: SKILLS[(n + 3 * k) % SKILLS.length], level: k === 0 ? 'intermediate' : 'beginner' })),
  interests: { [INTERESTS[n % INTERESTS.length]!]: 'yes', [INTERESTS[(n + 2) % INTERESTS.length]!]: 'maybe' },
  preferences: { remote: n % 4 === 0 ? 'prefer' : 'any', targetLpa: 3 + (n % 20), hoursPerWeek: 5 + (n % 30) },
});

export const TARGETS: BenchTarget[] = [
  { name: 'career page', path: '/careers/backend-developer', goals: { 'node:http': 0.8, nginx: 0.5 } },
  { name: 'finder API', path: '/api/v1/careers?q=developer&demand=high&remote=high', goals: { 'node:http': 0.7 } },
  { name: 'compare API', path: '/api/v1/compare?careers=backend-developer,data-analyst,full-stack-developer' },
  // the same question again and again: answered from the snapshot's kept answers
  { name: 'match API', method: 'POST', path: '/api/v1/match', body: persona(), p99GoalMs: 20 },
  // 2,000 different people in turn, more than the kept answers hold: every one is matched
  { name: 'match API, varied', method: 'POST', path: '/api/v1/match', bodies: Array.from({ length: 2000 }, (_, n) => variedPerson(n)), p99GoalMs: 20 },
];

/** In-process timing goals, in milliseconds (median). */
export const SEARCH_GOALS_MS = { real: 1, synthetic: 10, syntheticFinder: 5 } as const;
export const SYNTHETIC_SIZE = 10_000;
