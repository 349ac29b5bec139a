/**
 * The fault suite's verdict rests on this dump: it must tell apart any change of data, and
 * only that (not when a row was written, nor the order rows come back in).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { createTestDatabase } from './databases.ts';
import { dumpDifferences, dumpTables } from './table-dump.ts';

describe('dumpTables', () => {
  it('sees a changed value, an extra row and a missing table, but not timestamps or row order', async () => {
    const t = await createTestDatabase('sqlite');
    try {
      const insert = (slug: string, at: string) =>
        sql`insert into career_revisions (slug, revision, profile, actor, created_at) values (${slug}, 1, '{}', 'system', ${at})`.execute(t.db);
      await insert('a', '2026-01-01');
      await insert('b', '2026-01-01');
      const first = await dumpTables(t.db, { only: ['career_revisions', 'no_such_table'] });
      assert.equal(first.tables.career_revisions!.rows, 2);
      assert.deepEqual(first.tables.no_such_table, (await dumpTables(t.db, { only: ['drafts'] })).tables.drafts, 'an absent table dumps as an empty one');

      await sql`delete from career_revisions`.execute(t.db);
      await insert('b', '2027-05-05');
      await insert('a', '2027-05-05');
      assert.deepEqual(
        dumpDifferences(await dumpTables(t.db, { only: ['career_revisions', 'no_such_table'] }), first),
        [],
        'same rows written later, in another order',
      );

      const revisions = { only: ['career_revisions'] };
      const withoutActor = { ...revisions, ignore: { career_revisions: ['actor'] } };
      const before = await dumpTables(t.db, withoutActor);
      await sql`update career_revisions set actor = 'editor' where slug = 'a'`.execute(t.db);
      assert.match(dumpDifferences(await dumpTables(t.db, revisions), first).join(), /^career_revisions: 2 rows [0-9a-f]+, clean run 2 rows/);
      assert.deepEqual(dumpDifferences(await dumpTables(t.db, withoutActor), before), [], 'an ignored column');
      await insert('c', '2027-05-05');
      assert.match(dumpDifferences(await dumpTables(t.db, withoutActor), before).join(), /^career_revisions: 3 rows/);
    } finally {
      await t.drop();
    }
  });
});
