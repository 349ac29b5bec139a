import type { SkillWords } from '../../src/careers/vocabulary-file.schema.ts';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CareerProfile } from '../../src/careers/career.schema.ts';
import { profileToYaml } from '../../src/content/content-files.ts';

export const REPO_CONTENT = fileURLToPath(new URL('../../content/careers', import.meta.url));
export const SEED_PAGE = fileURLToPath(new URL('../../../shared/seeds/backend-developer-india.txt', import.meta.url));

export const REPO_VOCABULARIES = fileURLToPath(new URL('../../content/vocabularies', import.meta.url));

/** The repository's skill words (content/vocabularies/skills.yaml), for tests that build a matcher from fixtures. */
export function repoSkillWords(): SkillWords {
  return parse(readFileSync(join(REPO_VOCABULARIES, 'skills.yaml'), 'utf8')) as SkillWords;
}

export function readRepoProfile(slug: string): CareerProfile {
  return parse(readFileSync(join(REPO_CONTENT, `${slug}.yaml`), 'utf8')) as CareerProfile;
}

/** A fresh content folder holding `profiles`, for tests that need a catalog of their own. */
export async function contentDirWith(profiles: CareerProfile[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'careerpath-content-'));
  await Promise.all(profiles.map((p) => writeFile(join(dir, `${p.slug}.yaml`), profileToYaml(p))));
  return dir;
}

/** The seed's Backend Developer with its similar careers unlinked: a catalog of one that passes every check. */
export function standaloneBackend(): CareerProfile {
  const p = readRepoProfile('backend-developer');
  return { ...p, similarCareers: p.similarCareers.map((s) => ({ ...s, slug: null })) };
}
