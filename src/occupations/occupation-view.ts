/**
 * One O*NET occupation as the API and the pages show it, built from a release (pure).
 * Lists are ordered for reading: reported titles (what incumbents call the job) before
 * alternate titles, hot and in-demand technology first, core tasks first, ratings by
 * importance.
 */
import type { OnetRelease } from '../onet/onet-types.ts';

export interface RatedElement {
  name: string;
  /** 1–5. */
  importance: number;
  /** 0–7, null when O*NET has none. */
  level: number | null;
}

export interface OccupationView {
  code: string;
  title: string;
  description: string;
  /** 1 (little preparation) – 5 (extensive); null when O*NET has none. */
  jobZone: number | null;
  reportedTitles: string[];
  alternateTitles: string[];
  technology: Array<{ example: string; category: string; hot: boolean; inDemand: boolean }>;
  tasks: Array<{ statement: string; type: 'Core' | 'Supplemental' | null }>;
  skills: RatedElement[];
  knowledge: RatedElement[];
  /** RIASEC interest profile, 1–7, strongest first. */
  interests: Array<{ name: string; value: number }>;
}

function group<T extends { code: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.code);
    if (list) list.push(r);
    else out.set(r.code, [r]);
  }
  return out;
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const taskRank = (t: 'Core' | 'Supplemental' | null) => (t === 'Core' ? 0 : t === null ? 1 : 2);

export function occupationViews(release: OnetRelease): Map<string, OccupationView> {
  const alternate = group(release.alternateTitles);
  const reported = group(release.reportedTitles);
  const technology = group(release.technology);
  const tasks = group(release.tasks);
  const ratings = group(release.ratings);
  const interests = group(release.interests);
  const zones = new Map(release.jobZones.map((z) => [z.code, z.jobZone]));
  const rated = (code: string, domain: 'skill' | 'knowledge'): RatedElement[] =>
    (ratings.get(code) ?? [])
      .filter((r) => r.domain === domain && r.importance !== null)
      .map((r) => ({ name: r.elementName, importance: r.importance!, level: r.level }))
      .sort((a, b) => b.importance - a.importance || byName(a, b));
  const views = new Map<string, OccupationView>();
  for (const o of release.occupations) {
    const reportedTitles = [...new Set((reported.get(o.code) ?? []).map((t) => t.title))];
    const known = new Set(reportedTitles.map((t) => t.toLowerCase()));
    views.set(o.code, {
      code: o.code,
      title: o.title,
      description: o.description,
      jobZone: zones.get(o.code) ?? null,
      reportedTitles,
      alternateTitles: [...new Set((alternate.get(o.code) ?? []).map((t) => t.title))].filter((t) => !known.has(t.toLowerCase())),
      technology: (technology.get(o.code) ?? [])
        .map((t) => ({ example: t.example, category: t.commodityTitle, hot: t.hot, inDemand: t.inDemand }))
        .sort((a, b) => Number(b.inDemand) - Number(a.inDemand) || Number(b.hot) - Number(a.hot) || (a.example < b.example ? -1 : 1)),
      tasks: (tasks.get(o.code) ?? [])
        .slice()
        .sort((a, b) => taskRank(a.type) - taskRank(b.type) || a.taskId - b.taskId)
        .map((t) => ({ statement: t.statement, type: t.type })),
      skills: rated(o.code, 'skill'),
      knowledge: rated(o.code, 'knowledge'),
      interests: (interests.get(o.code) ?? []).map((i) => ({ name: i.name, value: i.value })).sort((a, b) => b.value - a.value || byName(a, b)),
    });
  }
  return views;
}
