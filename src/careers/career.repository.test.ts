import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkContentDir } from '../content/content-check.ts';
import { syncContent } from '../editorial/content-sync.ts';
import { createTestDatabase, dialectNames, type TestDatabase } from '../../test/support/databases.ts';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { openDatabase } from '../db/database.ts';
import { loadProfiles } from './career.repository.ts';

for (const dialect of dialectNames()) {
  describe(`career repository on ${dialect}`, () => {
    let t: TestDatabase;
    let dir: string;
    before(async () => {
      t = await createTestDatabase(dialect);
      dir = await mkdtemp(join(tmpdir(), 'careerpath-sync-'));
      await cp(REPO_CONTENT, dir, { recursive: true });
    });
    after(() => t.drop());

    it('stores every profile and reads it back unchanged', async () => {
      assert.equal((await syncContent(t.db, dir)).changed, true);
      const { profiles } = await checkContentDir(dir);
      const stored = await loadProfiles(t.db);
      const byTitle = [...profiles].sort((a, b) => (a.title < b.title ? -1 : 1));
      assert.deepEqual(stored.map((p) => p.slug).sort(), byTitle.map((p) => p.slug).sort());
      for (const p of profiles)
        assert.deepEqual(
          stored.find((s) => s.slug === p.slug),
          p,
        );
    });

    it('keeps shared entities once: one SQL skill row used by many careers', async () => {
      const skill = await t.db.selectFrom('skills').selectAll().where('key', '=', 'sql').execute();
      assert.equal(skill.length, 1);
      const users = await t.db.selectFrom('career_skills').select('career_slug').where('skill_key', '=', 'sql').execute();
      assert.ok(users.length >= 3, `SQL is used by ${users.length} careers`);
    });

    it('reloads only when the content changed', async () => {
      assert.equal((await syncContent(t.db, dir)).changed, false);
      const file = join(dir, 'backend-developer.yaml');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/^summary: .*$/m, 'summary: A changed one-line summary for this test.'));
      assert.equal((await syncContent(t.db, dir)).changed, true);
      const stored = (await loadProfiles(t.db)).find((p) => p.slug === 'backend-developer');
      assert.equal(stored?.summary, 'A changed one-line summary for this test.');
    });

    it(
      'lets two instances start at once: one loads, the other waits and finds it loaded',
      { skip: dialect === 'sqlite' && 'in-memory SQLite is one connection' },
      async () => {
        const fresh = await createTestDatabase(dialect);
        const second = openDatabase(fresh.url);
        try {
          const results = await Promise.all([syncContent(fresh.db, dir), syncContent(second, dir)]);
          assert.deepEqual(results.map((r) => r.changed).sort(), [false, true]);
          assert.equal((await loadProfiles(fresh.db)).length, results[0]!.careers);
        } finally {
          await second.destroy();
          await fresh.drop();
        }
      },
    );

    it('refuses invalid content and keeps the catalog it had', async () => {
      const before = (await loadProfiles(t.db)).length;
      const file = join(dir, 'backend-developer.yaml');
      await writeFile(file, (await readFile(file, 'utf8')).replace(/fitScore: 94/, 'fitScore: 194'));
      await assert.rejects(syncContent(t.db, dir), /content has 1 problem/);
      assert.equal((await loadProfiles(t.db)).length, before);
    });
  });
}
