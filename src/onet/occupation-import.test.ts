import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, dialectNames, type TestDatabase } from '../../test/support/databases.ts';
import type { Db } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { down, OCCUPATION_TABLES_DROP_ORDER, up } from '../db/migrations/002-occupations.ts';
import { importOnetRelease, type ImportEvent } from './occupation-import.ts';
import { countOccupationRows, loadOccupation, readOnetImportState } from './occupation.repository.ts';
import { OnetFormatError } from './onet-table.ts';
import { editFile, FIXTURE, removeTemps, tempCopy, tsvVariant } from './onet-test-fixture.ts';

after(removeTemps);

const FIXTURE_COUNTS = {
  occupations: 7,
  occupation_titles: 111,
  occupation_ratings: 340,
  occupation_technology: 60,
  occupation_tasks: 60,
  occupation_interests: 36,
  occupation_job_zones: 6,
  occupation_education: 48,
};

/** Every row of every occupation table, in a stable order: "nothing changed" means equal snapshots. */
async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of OCCUPATION_TABLES_DROP_ORDER) {
    const rows = await db.selectFrom(table).selectAll().execute();
    out[table] = rows.map((r) => JSON.stringify(r)).sort();
  }
  return out;
}

for (const dialect of dialectNames()) {
  describe(`O*NET import (${dialect})`, () => {
    let test: TestDatabase;
    let db: Db;
    before(async () => {
      test = await createTestDatabase(dialect);
      db = test.db;
    });
    after(() => test.drop());

    it('imports the fixture into every table', async () => {
      const events: ImportEvent[] = [];
      const result = await importOnetRelease(db, FIXTURE, { progress: (e) => events.push(e) });
      assert.equal(result.changed, true);
      assert.equal(result.occupations, 7);
      assert.deepEqual(await countOccupationRows(db), FIXTURE_COUNTS);
      assert.equal(events.filter((e) => e.stage === 'read').length, 10);
      assert.ok(events.some((e) => e.stage === 'write' && e.table === 'occupation_ratings' && e.done === e.total));

      const rn = await loadOccupation(db, '29-1141.00');
      assert.equal(rn?.title, 'Registered Nurses');
      assert.equal(rn?.jobZone, 4);
      assert.ok(rn!.alsoKnownAs.length > 5);
      assert.ok(rn!.technology.length > 0);
      assert.equal(rn!.tasks.length, 10);
      const untitled = await loadOccupation(db, '15-1299.00');
      assert.deepEqual([untitled?.jobZone, untitled?.tasks.length], [null, 0]);
      assert.equal(await loadOccupation(db, '00-0000.00'), null);
    });

    it('changes nothing when run again, from the same files or the same data as TSV', async () => {
      const before = await snapshot(db);
      const state = await readOnetImportState(db);
      const again = await importOnetRelease(db, FIXTURE);
      assert.equal(again.changed, false);
      const tsv = await importOnetRelease(db, await tsvVariant());
      assert.equal(tsv.changed, false, 'same data in the other format is the same import');
      assert.deepEqual(await snapshot(db), before);
      assert.deepEqual(await readOnetImportState(db), state);
    });

    it('rejects malformed input naming file and line, and writes nothing', async () => {
      const before = await snapshot(db);
      const dir = await tempCopy();
      await editFile(dir, 'Technology Skills.txt', (lines) => lines.map((l, i) => (i === 7 ? `${l}\textra` : l)));
      await assert.rejects(importOnetRelease(db, dir), (error: unknown) => {
        assert.ok(error instanceof OnetFormatError);
        assert.match(error.message, /Technology Skills\.txt:8: expected 6 tab-separated fields, found 7/);
        return true;
      });
      assert.deepEqual(await snapshot(db), before);
    });

    it('leaves the previous import in place when interrupted half-way', async () => {
      const before = await snapshot(db);
      const dir = await tempCopy();
      // Different data (one title fewer), so the import really writes.
      await editFile(dir, 'Alternate Titles.txt', (lines) => lines.filter((_, i) => i !== 1));
      const interrupt = (e: ImportEvent) => {
        if (e.stage === 'write' && e.table === 'occupation_ratings') throw new Error('interrupted');
      };
      await assert.rejects(importOnetRelease(db, dir, { progress: interrupt }), /interrupted/);
      assert.deepEqual(await snapshot(db), before);

      const result = await importOnetRelease(db, dir);
      assert.equal(result.changed, true);
      assert.equal((await countOccupationRows(db)).occupation_titles, FIXTURE_COUNTS.occupation_titles - 1);
    });

    it('replaces a previous release entirely, dropped occupations included', async () => {
      const dir = await tempCopy();
      const drop = (lines: string[]) => lines.filter((l) => !l.startsWith('13-2011.00\t'));
      for (const file of [
        'Occupation Data.txt',
        'Alternate Titles.txt',
        'Sample of Reported Titles.txt',
        'Skills.txt',
        'Knowledge.txt',
        'Technology Skills.txt',
        'Task Statements.txt',
        'Interests.txt',
        'Job Zones.txt',
        'Education, Training, and Experience.txt',
      ]) {
        await editFile(dir, file, drop);
      }
      await importOnetRelease(db, dir);
      const counts = await countOccupationRows(db);
      assert.equal(counts.occupations, 6);
      assert.equal(await loadOccupation(db, '13-2011.00'), null);
      assert.equal((await db.selectFrom('occupation_ratings').select('code').where('code', '=', '13-2011.00').execute()).length, 0);
      assert.equal((await readOnetImportState(db))?.occupations, 6);
    });
  });
}

describe('occupation migration (002-occupations)', () => {
  it('is applied with the others, can be re-applied over existing tables, and rolled back', async () => {
    const test = await createTestDatabase('sqlite');
    try {
      const db = test.db;
      await importOnetRelease(db, FIXTURE);
      // A database where the import command once migrated on its own: tables already there.
      await sql`create table kysely_migration_occupations (name varchar(255) primary key)`.execute(db);
      await up(db as never); // migrations take an untyped Kysely
      assert.equal((await countOccupationRows(db)).occupations, 7, 'existing rows are kept');
      await assert.rejects(sql`select * from kysely_migration_occupations`.execute(db), 'the former bookkeeping table is dropped');
      await migrateToLatest(db);
      await down(db as never);
      await assert.rejects(db.selectFrom('occupations').selectAll().execute());
    } finally {
      await test.drop();
    }
  });
});

describe('import:onet CLI', () => {
  const CLI = fileURLToPath(new URL('./import-onet.cli.ts', import.meta.url));
  const REPO = fileURLToPath(new URL('../../', import.meta.url));
  const run = (args: string[], databaseUrl: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: REPO,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      encoding: 'utf8',
    });

  it('imports, then reports unchanged, shows progress on stderr, and names file:line on bad data', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'onet-cli-'));
    try {
      const url = `sqlite:${join(dir, 'test.db')}`;
      const first = run([FIXTURE], url);
      assert.equal(first.status, 0, first.stderr);
      assert.match(first.stdout, /imported 7 occupations/);
      assert.match(first.stderr, /read {2}Skills\.txt: 175 records/);
      assert.match(first.stderr, /wrote occupation_ratings: 340 rows/);

      const second = run([FIXTURE], url);
      assert.equal(second.status, 0, second.stderr);
      assert.match(second.stdout, /unchanged/);

      const broken = await tempCopy();
      await editFile(broken, 'Knowledge.txt', (lines) => lines.map((l, i) => (i === 9 ? l.replace(/\tIM\t[\d.]+\t/, '\tIM\tx\t') : l)));
      const bad = run([broken], url);
      assert.equal(bad.status, 1);
      assert.match(bad.stderr, /Knowledge\.txt:10: column "Data Value": "x" is not a number; nothing was written/);

      assert.equal(run([], url).status, 2);
      assert.equal(run([join(dir, 'missing')], url).status, 2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
