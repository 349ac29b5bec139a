import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CareerProfile } from '../careers/career.schema.ts';
import { contentDirWith, REPO_CONTENT } from '../../test/support/content.ts';
import { similarityWarnings } from './content-check-similarity.ts';
import { checkContentDir } from './content-check.ts';

describe('similarity warnings for editors', () => {
  let profiles: CareerProfile[];
  before(async () => {
    profiles = (await checkContentDir(REPO_CONTENT, { onet: null, isco: null })).profiles;
  });
  const entries = (list: CareerProfile[]) => list.map((profile) => ({ file: `${profile.slug}.yaml`, profile }));

  it('flags a highly rated similar career the engine ranks in the bottom half', () => {
    const edited = profiles.map((p) =>
      p.slug === 'staff-nurse' ? { ...p, similarCareers: [...p.similarCareers, { slug: 'cloud-architect', title: 'Cloud Architect', similarity: 85, note: 'Not really.' }] } : p,
    );
    const warnings = similarityWarnings(entries(edited)).filter((w) => w.file === 'staff-nurse.yaml');
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.equal(warnings[0]!.field, `similarCareers[${edited.find((p) => p.slug === 'staff-nurse')!.similarCareers.length - 1}]`);
    assert.match(warnings[0]!.message, /editors rate cloud-architect 85% similar, but the similarity engine ranks it \d+ of \d+/);
  });

  it('flags a list that misses all of the engine\'s closest careers, and ignores low-rated entries', () => {
    const edited = profiles.map((p) =>
      p.slug === 'accountant' ? { ...p, similarCareers: [{ slug: 'chef', title: 'Chef', similarity: 20, note: 'Both keep stock.' }] } : p,
    );
    const warnings = similarityWarnings(entries(edited)).filter((w) => w.file === 'accountant.yaml');
    assert.deepEqual(warnings.map((w) => w.field), ['similarCareers'], 'a 20 % entry is not a large disagreement by itself');
    assert.match(warnings[0]!.message, /none of the engine's 3 closest careers \([^)]*chartered-accountant/);
  });

  it('prints warnings but still passes content:check, quickly', async () => {
    const dir = await contentDirWith(
      profiles.map((p) => (p.slug === 'staff-nurse' ? { ...p, similarCareers: [{ slug: 'cloud-architect', title: 'Cloud Architect', similarity: 90, note: 'No.' }] } : p)),
    );
    const cli = fileURLToPath(new URL('./content-check.cli.ts', import.meta.url));
    const started = performance.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, dir], { encoding: 'utf8' });
    const seconds = (performance.now() - started) / 1000;
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, /staff-nurse\.yaml: similarCareers\[0\]: warning: editors rate cloud-architect 90% similar/);
    assert.match(run.stdout, /no problems; \d+ warning\(s\) for editors/);
    assert.ok(seconds < 10, `content:check took ${seconds.toFixed(1)} s`);
  });
});
