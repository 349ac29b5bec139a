/**
 * SQL for career profiles. Writing replaces the whole catalog in the caller's transaction;
 * reading assembles every profile with one query per table (no N+1).
 */
import { EMPTY_VOCABULARIES, type Vocabularies } from './vocabulary-file.schema.ts';
import type { Transaction } from 'kysely';
import type { Database } from '../db/database-schema.ts';
import type { Db } from '../db/database.ts';
import { textKey } from '../text/text-key.ts';
import type { CareerProfile } from './career.schema.ts';
import type { Exam } from './exam.schema.ts';
import { careerRows } from './career-rows.ts';
import { assembleProfiles } from './career-assemble.ts';

type Executor = Db | Transaction<Database>;

const OWNED_TABLES = [
  'career_pathways',
  'career_sources',
  'career_faqs',
  'career_risks',
  'career_projects',
  'career_industries',
  'career_progression',
  'career_similar',
  'career_job_titles',
  'career_tools',
  'career_tasks',
  'career_roadmap',
  'career_education',
  'career_skills',
  'career_salary_bands',
  'career_salary_segments',
] as const;

// PostgreSQL allows 65,535 bind parameters per statement; rows here have at most 9 columns.
const CHUNK = 500;

async function insertAll<T extends keyof Database>(db: Executor, table: T, rows: Array<Database[T]>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    // kysely's insert type for a generic table name is not inferable; rows are typed by the caller
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK) as never)
      .execute();
  }
}

async function upsertNames(db: Executor, table: 'skills' | 'tools' | 'industries' | 'degrees', names: string[]) {
  const byKey = new Map(names.map((name) => [textKey(name), name]));
  const rows = [...byKey].map(([key, name]) => ({ key, name }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ name: eb.ref('excluded.name') })))
      .execute();
  }
}

/** Replaces every career with `profiles`. Call inside a transaction. */
export async function replaceCatalog(db: Executor, profiles: CareerProfile[]): Promise<void> {
  for (const table of OWNED_TABLES) await db.deleteFrom(table).execute();
  await db.deleteFrom('careers').execute();
  await insertCareers(db, profiles);
}

/** Replaces (or adds) one career, leaving the others untouched: a publish. Call inside a transaction. */
export async function replaceCareer(db: Executor, profile: CareerProfile): Promise<void> {
  for (const table of OWNED_TABLES) await db.deleteFrom(table).where('career_slug', '=', profile.slug).execute();
  await db.deleteFrom('careers').where('slug', '=', profile.slug).execute();
  await insertCareers(db, [profile]);
}

async function insertCareers(db: Executor, profiles: CareerProfile[]): Promise<void> {
  const rows = careerRows(profiles);
  await upsertNames(db, 'skills', rows.skillNames);
  await upsertNames(db, 'tools', rows.toolNames);
  await upsertNames(db, 'industries', rows.industryNames);
  await upsertNames(db, 'degrees', rows.degreeNames);
  await insertAll(db, 'careers', rows.careers);
  await insertAll(db, 'career_salary_segments', rows.segments);
  await insertAll(db, 'career_salary_bands', rows.bands);
  await insertAll(db, 'career_skills', rows.skills);
  await insertAll(db, 'career_education', rows.education);
  await insertAll(db, 'career_roadmap', rows.roadmap);
  await insertAll(db, 'career_tasks', rows.tasks);
  await insertAll(db, 'career_tools', rows.tools);
  await insertAll(db, 'career_job_titles', rows.jobTitles);
  await insertAll(db, 'career_similar', rows.similar);
  await insertAll(db, 'career_progression', rows.progression);
  await insertAll(db, 'career_industries', rows.industries);
  await insertAll(db, 'career_projects', rows.projects);
  await insertAll(db, 'career_risks', rows.risks);
  await insertAll(db, 'career_faqs', rows.faqs);
  await insertAll(db, 'career_sources', rows.sources);
  await insertAll(db, 'career_pathways', rows.pathways);
}

/** Replaces every exam with `exams`. Call inside the same transaction as replaceCatalog. */
export async function replaceExams(db: Executor, exams: readonly Exam[]): Promise<void> {
  await db.deleteFrom('exams').execute();
  await insertAll(
    db,
    'exams',
    exams.map((exam, position) => ({ id: exam.id, position, data: JSON.stringify(exam) })),
  );
}

/** Every stored exam, in the file's order. */
export async function loadExams(db: Executor): Promise<Exam[]> {
  const rows = await db.selectFrom('exams').selectAll().orderBy('position').execute();
  return rows.map((r) => JSON.parse(r.data) as Exam);
}

/** Replaces the stored word lists. Call inside the same transaction as replaceCatalog. */
export async function replaceVocabularies(db: Executor, vocabularies: Vocabularies): Promise<void> {
  await db.deleteFrom('vocabularies').execute();
  await insertAll(
    db,
    'vocabularies',
    Object.entries(vocabularies).map(([name, value]) => ({ name, data: JSON.stringify(value) })),
  );
}

/** The stored word lists; a list never stored is empty. */
export async function loadVocabularies(db: Executor): Promise<Vocabularies> {
  const rows = await db.selectFrom('vocabularies').selectAll().execute();
  const stored = Object.fromEntries(rows.map((r) => [r.name, JSON.parse(r.data) as unknown]));
  return { ...EMPTY_VOCABULARIES, ...stored } as Vocabularies;
}

/** Every stored profile, ordered by title. */
export async function loadProfiles(db: Executor): Promise<CareerProfile[]> {
  const ordered = <T extends keyof Database>(table: T) =>
    db
      .selectFrom(table as 'career_tasks')
      .selectAll()
      .orderBy('career_slug')
      .orderBy('position')
      .execute() as unknown as Promise<Array<Database[T]>>;
  const [
    careers,
    segments,
    bands,
    skills,
    education,
    roadmap,
    tasks,
    tools,
    jobTitles,
    similar,
    progression,
    industries,
    projects,
    risks,
    faqs,
    sources,
    pathways,
    names,
  ] = await Promise.all([
    db.selectFrom('careers').selectAll().orderBy('title').execute(),
    ordered('career_salary_segments'),
    db.selectFrom('career_salary_bands').selectAll().execute(),
    ordered('career_skills'),
    ordered('career_education'),
    ordered('career_roadmap'),
    ordered('career_tasks'),
    ordered('career_tools'),
    ordered('career_job_titles'),
    ordered('career_similar'),
    ordered('career_progression'),
    ordered('career_industries'),
    ordered('career_projects'),
    ordered('career_risks'),
    ordered('career_faqs'),
    ordered('career_sources'),
    ordered('career_pathways'),
    loadNames(db),
  ]);
  return assembleProfiles({
    careers,
    segments,
    bands,
    skills,
    education,
    roadmap,
    tasks,
    tools,
    jobTitles,
    similar,
    progression,
    industries,
    projects,
    risks,
    faqs,
    sources,
    pathways,
    names,
  });
}

async function loadNames(db: Executor) {
  const [skills, tools, industries, degrees] = await Promise.all(
    (['skills', 'tools', 'industries', 'degrees'] as const).map((t) => db.selectFrom(t).selectAll().execute()),
  );
  const map = (rows: Array<{ key: string; name: string }> | undefined) => new Map((rows ?? []).map((r) => [r.key, r.name]));
  return { skills: map(skills), tools: map(tools), industries: map(industries), degrees: map(degrees) };
}

export async function readFingerprint(db: Executor): Promise<string | null> {
  const row = await db.selectFrom('content_state').select('fingerprint').where('id', '=', 'careers').executeTakeFirst();
  return row?.fingerprint ?? null;
}

/**
 * Takes the content lock for the rest of the caller's transaction: a second instance
 * starting at the same moment waits here instead of loading the catalog twice at once.
 * (An upsert locks the row on PostgreSQL; SQLite serialises write transactions anyway.)
 */
export async function lockContent(db: Transaction<Database>): Promise<void> {
  const now = new Date().toISOString();
  await db
    .insertInto('content_state')
    .values({ id: 'lock', fingerprint: '', loaded_at: now })
    .onConflict((oc) => oc.column('id').doUpdateSet({ loaded_at: now }))
    .execute();
}

export async function writeFingerprint(db: Executor, fingerprint: string): Promise<void> {
  const loadedAt = new Date().toISOString();
  await db
    .insertInto('content_state')
    .values({ id: 'careers', fingerprint, loaded_at: loadedAt })
    .onConflict((oc) => oc.column('id').doUpdateSet({ fingerprint, loaded_at: loadedAt }))
    .execute();
}
