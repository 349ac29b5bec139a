/**
 * The databases every repository test runs against: SQLite in memory always, and
 * PostgreSQL when TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL use gets its own
 * schema, dropped afterwards, so test files never see each other's rows.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Db } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export interface TestDatabase {
  name: string;
  url: string;
  db: Db;
  drop(): Promise<void>;
}

export function dialectNames(): string[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export async function createTestDatabase(name: string): Promise<TestDatabase> {
  if (name === 'sqlite') {
    const url = 'sqlite::memory:';
    const db = openDatabase(url);
    await migrateToLatest(db);
    return { name, url, db, drop: () => db.destroy() };
  }
  const base = process.env.TEST_DATABASE_URL!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = `${base}${base.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const db = openDatabase(url);
  await migrateToLatest(db);
  return {
    name,
    url,
    db,
    drop: async () => {
      await db.destroy();
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}
