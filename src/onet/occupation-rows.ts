/**
 * An O*NET release as table rows (pure), and a fingerprint of those rows. The fingerprint
 * depends on the data only, not on the file format, so importing the official text
 * release and then its TSV copy is recognised as "no change".
 */
import { createHash } from 'node:crypto';
import type { OccupationTables } from './occupation.table.ts';
import type { OnetRelease } from './onet-types.ts';

export type OccupationRows = { [T in Exclude<keyof OccupationTables, 'onet_import_state'>]: Array<OccupationTables[T]> };

const flag = (b: boolean) => (b ? 1 : 0);

export function occupationRows(release: OnetRelease): OccupationRows {
  const position = new Map<string, number>();
  const next = (key: string) => {
    const p = position.get(key) ?? 0;
    position.set(key, p + 1);
    return p;
  };
  return {
    occupations: release.occupations.map((o) => ({ code: o.code, title: o.title, description: o.description })),
    occupation_titles: [
      ...release.alternateTitles.map((t) => ({
        code: t.code,
        kind: 'alternate',
        position: next(`alternate ${t.code}`),
        title: t.title,
        short_title: t.shortTitle,
        sources: t.sources,
        shown_in_my_next_move: 0,
      })),
      ...release.reportedTitles.map((t) => ({
        code: t.code,
        kind: 'reported',
        position: next(`reported ${t.code}`),
        title: t.title,
        short_title: null,
        sources: null,
        shown_in_my_next_move: flag(t.shownInMyNextMove),
      })),
    ],
    occupation_ratings: release.ratings.map((r) => ({
      code: r.code,
      domain: r.domain,
      element_id: r.elementId,
      element_name: r.elementName,
      importance: r.importance,
      level: r.level,
      not_relevant: flag(r.notRelevant),
      suppress: flag(r.suppress),
    })),
    occupation_technology: release.technology.map((t) => ({
      code: t.code,
      example: t.example,
      commodity_code: t.commodityCode,
      commodity_title: t.commodityTitle,
      hot: flag(t.hot),
      in_demand: flag(t.inDemand),
    })),
    occupation_tasks: release.tasks.map((t) => ({
      code: t.code,
      task_id: t.taskId,
      statement: t.statement,
      task_type: t.type,
      incumbents_responding: t.incumbentsResponding,
    })),
    occupation_interests: release.interests.map((i) => ({ code: i.code, element_id: i.elementId, name: i.name, value: i.value })),
    occupation_job_zones: release.jobZones.map((z) => ({ code: z.code, job_zone: z.jobZone })),
    occupation_education: release.education.map((e) => ({ code: e.code, category: e.category, percent: e.percent })),
  };
}

export function rowsFingerprint(rows: OccupationRows): string {
  const hash = createHash('sha256');
  for (const [table, list] of Object.entries(rows)) {
    hash.update(`${table}\n`);
    for (const row of list) hash.update(`${JSON.stringify(Object.values(row))}\n`);
  }
  return hash.digest('hex');
}
