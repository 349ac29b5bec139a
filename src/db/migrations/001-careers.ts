import type { Kysely, CreateTableBuilder } from 'kysely';

type Table = CreateTableBuilder<string, string>;
// Kysely's builders are untyped by design in migrations: the schema is the migration.
type AnyDb = Kysely<unknown>;

const owned = (t: Table) =>
  t.addColumn('career_slug', 'text', (c) => c.notNull().references('careers.slug').onDelete('cascade')).addColumn('position', 'integer', (c) => c.notNull());

const named = (db: AnyDb, name: string) =>
  db.schema
    .createTable(name)
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('careers')
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('category_slug', 'text', (c) => c.notNull())
    .addColumn('role_family', 'text', (c) => c.notNull())
    .addColumn('min_years', 'integer', (c) => c.notNull())
    .addColumn('max_years', 'integer')
    .addColumn('remote', 'text', (c) => c.notNull())
    .addColumn('demand', 'text', (c) => c.notNull())
    .addColumn('future_scope', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('main_role', 'text', (c) => c.notNull())
    .addColumn('best_fit_for', 'text', (c) => c.notNull())
    .addColumn('not_best_for', 'text', (c) => c.notNull())
    .addColumn('onet_code', 'text')
    .addColumn('isco_code', 'text')
    .addColumn('reviewed_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('careers_category_idx').on('careers').column('category_slug').execute();
  for (const name of ['skills', 'tools', 'industries', 'degrees']) await named(db, name);

  await owned(db.schema.createTable('career_salary_segments'))
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('career_salary_segments_pk', ['career_slug', 'segment'])
    .execute();
  await db.schema
    .createTable('career_salary_bands')
    .addColumn('career_slug', 'text', (c) => c.notNull().references('careers.slug').onDelete('cascade'))
    .addColumn('segment', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('min_lpa', 'double precision', (c) => c.notNull())
    .addColumn('max_lpa', 'double precision')
    .addPrimaryKeyConstraint('career_salary_bands_pk', ['career_slug', 'segment', 'level'])
    .execute();

  const links: Array<[string, string, string]> = [
    ['career_skills', 'skill_key', 'skills.key'],
    ['career_education', 'degree_key', 'degrees.key'],
    ['career_tools', 'tool_key', 'tools.key'],
    ['career_industries', 'industry_key', 'industries.key'],
  ];
  const linkColumns: Record<string, (t: Table) => Table> = {
    career_skills: (t) =>
      t
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('importance', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('used_for', 'text', (c) => c.notNull()),
    career_education: (t) =>
      t
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('fit_score', 'integer', (c) => c.notNull())
        .addColumn('preferred', 'integer', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull()),
    career_tools: (t) => t.addColumn('category', 'text', (c) => c.notNull()).addColumn('used_for', 'text', (c) => c.notNull()),
    career_industries: (t) => t.addColumn('hiring_strength', 'text', (c) => c.notNull()),
  };
  for (const [table, column, target] of links) {
    await linkColumns[table]!(owned(db.schema.createTable(table)))
      .addColumn(column, 'text', (c) => c.notNull().references(target))
      .addPrimaryKeyConstraint(`${table}_pk`, ['career_slug', column])
      .execute();
    await db.schema.createIndex(`${table}_${column}_idx`).on(table).column(column).execute();
  }

  const lists: Record<string, (t: Table) => Table> = {
    career_roadmap: (t) =>
      t
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('goal', 'text', (c) => c.notNull())
        .addColumn('task', 'text', (c) => c.notNull())
        .addColumn('output', 'text', (c) => c.notNull()),
    career_tasks: (t) =>
      t
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('frequency', 'text', (c) => c.notNull())
        .addColumn('output', 'text', (c) => c.notNull()),
    career_job_titles: (t) =>
      t
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull()),
    career_similar: (t) =>
      t
        .addColumn('target_slug', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('similarity', 'integer', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull()),
    career_progression: (t) =>
      t
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('titles', 'text', (c) => c.notNull())
        .addColumn('experience', 'text', (c) => c.notNull()),
    career_projects: (t) =>
      t
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('proof_output', 'text', (c) => c.notNull()),
    career_risks: (t) => t.addColumn('title', 'text', (c) => c.notNull()).addColumn('description', 'text', (c) => c.notNull()),
    career_faqs: (t) => t.addColumn('question', 'text', (c) => c.notNull()).addColumn('answer', 'text', (c) => c.notNull()),
    career_sources: (t) => t.addColumn('name', 'text', (c) => c.notNull()).addColumn('url', 'text'),
  };
  for (const [table, columns] of Object.entries(lists)) {
    await columns(owned(db.schema.createTable(table)))
      .addPrimaryKeyConstraint(`${table}_pk`, ['career_slug', 'position'])
      .execute();
  }

  await db.schema
    .createTable('content_state')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  const tables = [
    'content_state',
    'career_sources',
    'career_faqs',
    'career_risks',
    'career_projects',
    'career_progression',
    'career_similar',
    'career_job_titles',
    'career_tasks',
    'career_roadmap',
    'career_industries',
    'career_tools',
    'career_education',
    'career_skills',
    'career_salary_bands',
    'career_salary_segments',
    'skills',
    'tools',
    'industries',
    'degrees',
    'careers',
  ];
  for (const t of tables) await db.schema.dropTable(t).ifExists().execute();
}
