/**
 * kill -9 during publishing (issue 14): a child process publishes in a loop and is killed at
 * random moments; afterwards the career's public rows always equal its latest revision —
 * the old one or the new one, never a mix — and the next publish works.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { loadProfiles } from '../careers/career.repository.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { syncContent } from './content-sync.ts';
import { latestRevision } from './editorial.repository.ts';
import { jsonPatch } from './json-patch.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SLUG = 'electrician';
const KILLS = 4;

function runAndKill(url: string, afterMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/publish-loop.ts'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url, SLUG } });
    let published = 0;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      published += (chunk.toString().match(/published/g) ?? []).length;
      timer ??= setTimeout(() => child.kill('SIGKILL'), afterMs);
    });
    child.on('exit', () => resolve(published));
    child.on('error', reject);
  });
}

describe('publish under kill -9', () => {
  it('leaves the old revision or the new one, never a mix', { timeout: 120_000 }, async () => {
    const url = `sqlite:${join(mkdtempSync(join(tmpdir(), 'careerpath-faults-')), 'app.db')}`;
    const setup = openDatabase(url);
    await migrateToLatest(setup);
    await syncContent(setup, REPO_CONTENT);
    await setup.destroy();
    let total = 0;
    for (let k = 0; k < KILLS; k++) {
      total += await runAndKill(url, 150 + 137 * k);
      const db = openDatabase(url);
      try {
        const latest = (await latestRevision(db, SLUG))!;
        const served = (await loadProfiles(db)).find((p) => p.slug === SLUG)!;
        const mix = jsonPatch(latest.profile, served);
        assert.deepEqual(mix, [], `after kill ${k + 1}: the public rows are revision ${latest.revision}, whole`);
      } finally {
        await db.destroy();
      }
    }
    assert.ok(total >= KILLS, `published ${total} times between kills`);
  });
});
