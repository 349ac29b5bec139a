import type { Kysely } from 'kysely';

// Kysely's builders are untyped by design in migrations: the schema is the migration.
type AnyDb = Kysely<unknown>;

/**
 * Pathways, exams and honest salary segments (issue 10): segment kind and headline, stable
 * roadmap step ids and hours, regulation and local names per career, each career's pathways
 * as documents (read whole, never queried by part), and the exams they refer to.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('career_salary_segments').addColumn('kind', 'text').execute();
  await db.schema
    .alterTable('career_salary_segments')
    .addColumn('headline', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('career_roadmap').addColumn('step_id', 'text').execute();
  await db.schema.alterTable('career_roadmap').addColumn('hours', 'integer').execute();
  await db.schema.alterTable('careers').addColumn('regulation_json', 'text').execute();
  await db.schema.alterTable('careers').addColumn('local_names_json', 'text').execute();
  await db.schema
    .createTable('career_pathways')
    .addColumn('career_slug', 'text', (c) => c.notNull().references('careers.slug').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('pathway_id', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('career_pathways_pk', ['career_slug', 'position'])
    .execute();
  await db.schema
    .createTable('exams')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('exams').execute();
  await db.schema.dropTable('career_pathways').execute();
  for (const column of ['regulation_json', 'local_names_json']) await db.schema.alterTable('careers').dropColumn(column).execute();
  for (const column of ['step_id', 'hours']) await db.schema.alterTable('career_roadmap').dropColumn(column).execute();
  for (const column of ['kind', 'headline']) await db.schema.alterTable('career_salary_segments').dropColumn(column).execute();
}
