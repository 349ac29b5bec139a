/**
 * The imported O*NET release read back from the database as an `OnetRelease`, so the app
 * builds its profiles with exactly the code the evaluation measures (`occupationProfiles`).
 * Null when nothing has been imported: O*NET is optional.
 */
import type { Db } from '../db/database.ts';
import { readOnetImportState, type OnetImportState } from './occupation.repository.ts';
import { RIASEC, type OnetRelease, type RiasecName } from './onet-types.ts';

export interface StoredRelease {
  release: OnetRelease;
  state: OnetImportState;
}

const bool = (x: number) => x === 1;
const taskType = (t: string | null) => (t === 'Core' || t === 'Supplemental' ? t : null);
const riasec = (name: string): RiasecName => {
  const found = RIASEC.find((r) => r === name);
  if (!found) throw new Error(`occupation_interests: unknown RIASEC type "${name}"`);
  return found;
};

export async function loadStoredRelease(db: Db): Promise<StoredRelease | null> {
  const state = await readOnetImportState(db);
  if (!state) return null;
  const [occupations, titles, ratings, technology, tasks, interests, zones, education] = await Promise.all([
    db.selectFrom('occupations').selectAll().orderBy('code').execute(),
    db.selectFrom('occupation_titles').selectAll().orderBy('code').orderBy('kind').orderBy('position').execute(),
    db.selectFrom('occupation_ratings').selectAll().orderBy('code').orderBy('element_id').execute(),
    db.selectFrom('occupation_technology').selectAll().orderBy('code').orderBy('example').execute(),
    db.selectFrom('occupation_tasks').selectAll().orderBy('code').orderBy('task_id').execute(),
    db.selectFrom('occupation_interests').selectAll().orderBy('code').orderBy('element_id').execute(),
    db.selectFrom('occupation_job_zones').selectAll().orderBy('code').execute(),
    db.selectFrom('occupation_education').selectAll().orderBy('code').orderBy('category').execute(),
  ]);
  const release: OnetRelease = {
    occupations: occupations.map((o) => ({ code: o.code, title: o.title, description: o.description })),
    alternateTitles: titles.filter((t) => t.kind === 'alternate').map((t) => ({ code: t.code, title: t.title, shortTitle: t.short_title, sources: t.sources })),
    reportedTitles: titles
      .filter((t) => t.kind === 'reported')
      .map((t) => ({ code: t.code, title: t.title, shownInMyNextMove: bool(t.shown_in_my_next_move) })),
    ratings: ratings.map((r) => ({
      code: r.code,
      domain: r.domain === 'knowledge' ? 'knowledge' : 'skill',
      elementId: r.element_id,
      elementName: r.element_name,
      importance: r.importance,
      level: r.level,
      notRelevant: bool(r.not_relevant),
      suppress: bool(r.suppress),
    })),
    technology: technology.map((t) => ({
      code: t.code,
      example: t.example,
      commodityCode: t.commodity_code,
      commodityTitle: t.commodity_title,
      hot: bool(t.hot),
      inDemand: bool(t.in_demand),
    })),
    tasks: tasks.map((t) => ({
      code: t.code,
      taskId: t.task_id,
      statement: t.statement,
      type: taskType(t.task_type),
      incumbentsResponding: t.incumbents_responding,
    })),
    interests: interests.map((i) => ({ code: i.code, elementId: i.element_id, name: riasec(i.name), value: i.value })),
    jobZones: zones.map((z) => ({ code: z.code, jobZone: z.job_zone })),
    education: education.map((e) => ({ code: e.code, category: e.category, percent: e.percent })),
  };
  return { release, state };
}
