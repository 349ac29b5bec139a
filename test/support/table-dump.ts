/**
 * A canonical dump of a database, to tell whether two runs left the same data: per table,
 * the row count and a SHA-256 of its rows in sorted order (each row as JSON, columns by
 * name). Columns that record when something happened (`*_at`, `at`, `timestamp`) differ
 * between any two runs and are left out; callers name any other run-dependent column.
 * A table that does not exist counts as empty, so "before the first migration" compares
 * with "migrated, nothing loaded".
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase, type Db } from '../../src/db/database.ts';

export interface TableSummary {
  rows: number;
  hash: string;
}

export interface TableDump {
  tables: Record<string, TableSummary>;
  rows: number;
}

export interface DumpOptions {
  /** Only these tables (default: every table in the database). */
  only?: readonly string[];
  /** Leave these tables out. */
  except?: readonly string[];
  /** Run-dependent columns per table (random ids), besides the timestamps. */
  ignore?: Record<string, readonly string[]>;
}

const TIMESTAMP = /(^|_)at$|^timestamp$/;

function canonicalRow(row: Record<string, unknown>, ignored: readonly string[]): string {
  const keys = Object.keys(row)
    .filter((k) => !TIMESTAMP.test(k) && !ignored.includes(k))
    .sort();
  return JSON.stringify(keys.map((k) => [k, row[k]]));
}

function summarise(lines: string[]): TableSummary {
  const hash = createHash('sha256');
  for (const line of lines.sort()) hash.update(line).update('\n');
  return { rows: lines.length, hash: hash.digest('hex').slice(0, 16) };
}

export async function dumpTables(db: Db, options: DumpOptions = {}): Promise<TableDump> {
  const existing = new Set((await db.introspection.getTables({ withInternalKyselyTables: true })).map((t) => t.name));
  const names = (options.only ?? [...existing]).filter((name) => !options.except?.includes(name)).sort();
  const tables: Record<string, TableSummary> = {};
  let rows = 0;
  for (const name of names) {
    const found = existing.has(name) ? (await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db)).rows : [];
    tables[name] = summarise(found.map((row) => canonicalRow(row, options.ignore?.[name] ?? [])));
    rows += found.length;
  }
  return { tables, rows };
}

/** The tables whose summaries differ, for a readable assertion message. */
export function dumpDifferences(actual: TableDump, expected: TableDump): string[] {
  const names = [...new Set([...Object.keys(actual.tables), ...Object.keys(expected.tables)])].sort();
  return names.flatMap((name) => {
    const a = actual.tables[name];
    const e = expected.tables[name];
    if (a && e && a.rows === e.rows && a.hash === e.hash) return [];
    return [`${name}: ${a ? `${a.rows} rows ${a.hash}` : 'absent'}, clean run ${e ? `${e.rows} rows ${e.hash}` : 'absent'}`];
  });
}

/** Opens `url`, dumps it and closes it again (the processes under test hold their own connections). */
export async function dumpDatabase(url: string, options: DumpOptions = {}): Promise<TableDump> {
  const db = openDatabase(url);
  try {
    return await dumpTables(db, options);
  } finally {
    await db.destroy();
  }
}
