/**
 * The databases every repository test runs against: SQLite in memory always, and
 * PostgreSQL when TEST_DATABASE_URL is set (CI sets it). Each PostgreSQL use gets a database
 * of its own, dropped afterwards, so tests never see each other's tables (a schema per test
 * is not enough: kysely's migrator looks for its lock table in every schema).
 */
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
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
  const empty = await createPostgresDatabase();
  const db = openDatabase(empty.url);
  await migrateToLatest(db);
  return {
    name,
    url: empty.url,
    db,
    drop: async () => {
      await db.destroy();
      await empty.drop();
    },
  };
}

export interface EmptyDatabase {
  url: string;
  /** Removes it; close every connection to it first. */
  drop(): Promise<void>;
}

/**
 * A database nothing has touched yet (not even migrated), for tests that run real processes
 * on it (first start, import): a new SQLite file in `dir`, or a PostgreSQL database of its own.
 */
export async function createEmptyDatabase(name: string, dir: string): Promise<EmptyDatabase> {
  if (name !== 'sqlite') return createPostgresDatabase();
  const file = join(dir, `careerpath-${randomBytes(6).toString('hex')}.db`);
  return { url: `sqlite:${file}`, drop: async () => ['', '-wal', '-shm'].forEach((suffix) => rmSync(`${file}${suffix}`, { force: true })) };
}

async function createPostgresDatabase(): Promise<EmptyDatabase> {
  const base = new URL(process.env.TEST_DATABASE_URL!);
  const name_ = `careerpath_t_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string, params: unknown[] = []) => {
    const client = new pg.Client({ connectionString: base.toString() });
    await client.connect();
    try {
      return await client.query(sql, params);
    } finally {
      await client.end();
    }
  };
  // pg's pool resolves end() before its connections have closed; dropping WITH (FORCE) then
  // kills them mid-close and they throw "terminating connection due to administrator command"
  // into whichever test runs next. Wait (up to 2 s) until the server has seen them go.
  const whenDisconnected = async () => {
    for (let i = 0; i < 40; i += 1) {
      const { rows } = await admin('select count(*)::int as n from pg_stat_activity where datname = $1', [name_]);
      if ((rows[0] as { n: number }).n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  await admin(`CREATE DATABASE ${name_}`);
  const url = new URL(base);
  url.pathname = `/${name_}`;
  return {
    url: url.toString(),
    drop: async () => {
      await whenDisconnected();
      await admin(`DROP DATABASE IF EXISTS ${name_} WITH (FORCE)`);
    },
  };
}
