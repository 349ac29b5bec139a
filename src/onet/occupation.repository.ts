/**
 * SQL for the O*NET occupation tables. Writing replaces the whole release in the caller's
 * transaction; reading serves one occupation's detail.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { Db } from '../db/database.ts';
import type { OccupationRows } from './occupation-rows.ts';

type Executor = Db | Transaction<Database>;

/** Children before parents (deleting), parents before children (inserting). */
const CHILD_TABLES = [
  'occupation_titles',
  'occupation_ratings',
  'occupation_technology',
  'occupation_tasks',
  'occupation_interests',
  'occupation_job_zones',
  'occupation_education',
] as const;

/** Every table an import replaces, parents first. */
export const OCCUPATION_TABLES = ['occupations', ...CHILD_TABLES] as const;

// PostgreSQL allows 65,535 bind parameters per statement, SQLite 32,766; rows here have at most 8 columns.
const CHUNK = 500;

export type TableProgress = (table: string, done: number, total: number) => void;

/** Replaces every occupation row with `rows`. Call inside a transaction. */
export async function replaceOccupations(db: Executor, rows: OccupationRows, progress?: TableProgress): Promise<void> {
  for (const table of CHILD_TABLES) await db.deleteFrom(table).execute();
  await db.deleteFrom('occupations').execute();
  for (const table of OCCUPATION_TABLES) {
    const list = rows[table];
    for (let i = 0; i < list.length; i += CHUNK) {
      // kysely's insert type for a table name from a union is not inferable; rows are typed by OccupationRows
      await db
        .insertInto(table)
        .values(list.slice(i, i + CHUNK) as never)
        .execute();
      progress?.(table, Math.min(i + CHUNK, list.length), list.length);
    }
    if (list.length === 0) progress?.(table, 0, 0);
  }
}

export interface OnetImportState {
  fingerprint: string;
  occupations: number;
  importedAt: string;
}

export async function readOnetImportState(db: Executor): Promise<OnetImportState | null> {
  const row = await db.selectFrom('onet_import_state').selectAll().where('id', '=', 'onet').executeTakeFirst();
  return row ? { fingerprint: row.fingerprint, occupations: row.occupations, importedAt: row.imported_at } : null;
}

export async function writeOnetImportState(db: Executor, fingerprint: string, occupations: number): Promise<void> {
  const importedAt = new Date().toISOString();
  await db
    .insertInto('onet_import_state')
    .values({ id: 'onet', fingerprint, occupations, imported_at: importedAt })
    .onConflict((oc) => oc.column('id').doUpdateSet({ fingerprint, occupations, imported_at: importedAt }))
    .execute();
}

/** Row count of every occupation table (for import summaries and tests). */
export async function countOccupationRows(db: Executor): Promise<Record<(typeof OCCUPATION_TABLES)[number], number>> {
  const counts = await Promise.all(
    OCCUPATION_TABLES.map(async (table) => {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return [table, Number(row.n)] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<(typeof OCCUPATION_TABLES)[number], number>;
}

export interface OccupationDetail {
  code: string;
  title: string;
  description: string;
  jobZone: number | null;
  alsoKnownAs: string[];
  technology: Array<{ example: string; hot: boolean; inDemand: boolean }>;
  tasks: Array<{ statement: string; type: string | null }>;
}

/** One occupation with its titles, technology (hot and in-demand first) and tasks (core first). */
export async function loadOccupation(db: Executor, code: string): Promise<OccupationDetail | null> {
  const occupation = await db.selectFrom('occupations').selectAll().where('code', '=', code).executeTakeFirst();
  if (!occupation) return null;
  const [zone, titles, technology, tasks] = await Promise.all([
    db.selectFrom('occupation_job_zones').select('job_zone').where('code', '=', code).executeTakeFirst(),
    db.selectFrom('occupation_titles').select('title').where('code', '=', code).orderBy('kind').orderBy('position').execute(),
    db
      .selectFrom('occupation_technology')
      .select(['example', 'hot', 'in_demand'])
      .where('code', '=', code)
      .orderBy('in_demand', 'desc')
      .orderBy('hot', 'desc')
      .orderBy('example')
      .execute(),
    db.selectFrom('occupation_tasks').select(['statement', 'task_type']).where('code', '=', code).orderBy('task_id').execute(),
  ]);
  const coreFirst = (t: { task_type: string | null }) => (t.task_type === 'Core' ? 0 : t.task_type === null ? 1 : 2);
  return {
    code: occupation.code,
    title: occupation.title,
    description: occupation.description,
    jobZone: zone?.job_zone ?? null,
    alsoKnownAs: [...new Set(titles.map((t) => t.title))],
    technology: technology.map((t) => ({ example: t.example, hot: t.hot === 1, inDemand: t.in_demand === 1 })),
    tasks: [...tasks].sort((a, b) => coreFirst(a) - coreFirst(b)).map((t) => ({ statement: t.statement, type: t.task_type })),
  };
}
