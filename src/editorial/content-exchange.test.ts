/** content:export then content:import of the whole catalog: files content:check accepts, and no difference back. */
import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { insertUser } from '../accounts/account.repository.ts';
import { checkContentDir } from '../content/content-check.ts';
import { draftsBy } from './editorial.repository.ts';
import { exportCatalog, importAsDrafts } from './content-exchange.ts';

describe('content export and import', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT);
  });
  after(() => t.close());

  it('round-trips the whole catalog with no difference', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'careerpath-export-'));
    const exported = await exportCatalog(t.database.db, dir);
    assert.equal(exported.length, t.catalog.profiles.length);
    const checked = await checkContentDir(dir, { onet: null, isco: null });
    assert.deepEqual(checked.problems, [], 'content:check accepts the exported files');
    const editor = await insertUser(t.database.db, { email: 'importer@example.com', password_hash: 'x', birth_year: 1980, role: 'author', status: 'active' });
    const report = await importAsDrafts(t.database.db, editor, dir, t.store.current().catalog);
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.drafts, [], 'nothing differs, so no draft is made');
    assert.equal(report.unchanged.length, exported.length);
    assert.deepEqual(await draftsBy(t.database.db), []);
  });
});
