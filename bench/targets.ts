/**
 * What `npm run bench` measures. Each target is requested from the production server and,
 * with the very same response bytes, from the two baselines (a bare node:http server and
 * nginx serving a file). To benchmark another endpoint, add a line here, e.g.
 *
 *   { name: 'match API', method: 'POST', path: '/api/v1/match', body: { degree: 'BCA', skills: ['SQL'] }, goals: { 'node:http': 0.6 } },
 *
 * `goals` are the ratios (server req/s ÷ baseline req/s) the issue asks to work toward; a
 * ratio line is printed for each one.
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
  /** Status the server must answer before measuring (default 200). */
  status?: number;
  goals?: Partial<Record<Baseline, number>>;
}

export const TARGETS: BenchTarget[] = [
  { name: 'career page', path: '/careers/backend-developer', goals: { 'node:http': 0.8, nginx: 0.5 } },
  { name: 'finder API', path: '/api/v1/careers?q=developer&demand=high&remote=high', goals: { 'node:http': 0.6 } },
  { name: 'compare API', path: '/api/v1/compare?careers=backend-developer,data-analyst,full-stack-developer' },
  {
    name: 'match API',
    method: 'POST',
    path: '/api/v1/match',
    body: {
      degree: 'BCA',
      skills: [
        { name: 'JavaScript', level: 'intermediate' },
        { name: 'SQL', level: 'intermediate' },
        { name: 'git', level: 'intermediate' },
      ],
      interests: { code: 'yes' },
      preferences: { remote: 'prefer', targetLpa: 6, hoursPerWeek: 10 },
    },
  },
];

/** In-process timing goals, in milliseconds (median). */
export const SEARCH_GOALS_MS = { real: 1, synthetic: 10 } as const;
export const SYNTHETIC_SIZE = 10_000;
