import { basename } from 'node:path';
import type { CareerProfile } from '../careers/career.schema.ts';
import { loadIscoUnitGroups, loadOnetCodes } from '../reference/reference-data.ts';
import { readContentDir } from './content-files.ts';
import { checkCatalog, type CatalogEntry, type Problem, type ReferenceCodes } from './content-rules.ts';
import { validateProfile } from './profile-validator.ts';

export interface ContentReport {
  profiles: CareerProfile[];
  problems: Problem[];
  /** Hash input: the raw text of every file, so any edit reloads the database. */
  fingerprint: string;
}

export async function referenceCodes(): Promise<ReferenceCodes> {
  const [onet, isco] = await Promise.all([loadOnetCodes(), loadIscoUnitGroups()]);
  return { onet, isco };
}

/** Reads and checks every career file in `dir`: schema first, then the catalog rules. */
export async function checkContentDir(dir: string, codes?: ReferenceCodes): Promise<ContentReport> {
  const files = await readContentDir(dir);
  const problems: Problem[] = [];
  const entries: CatalogEntry[] = [];
  for (const f of files) {
    if (f.parseError) {
      problems.push({ file: f.file, field: '(file)', message: `YAML syntax: ${f.parseError}` });
      continue;
    }
    const { profile, problems: fieldProblems } = validateProfile(f.data);
    problems.push(...fieldProblems.map((p) => ({ file: f.file, ...p })));
    if (profile) entries.push({ file: f.file, profile });
  }
  if (files.length === 0) problems.push({ file: dir, field: '(folder)', message: 'no career files (*.yaml) found' });
  const fileSlugs = new Set(files.map((f) => f.slug));
  problems.push(...checkCatalog(entries, codes ?? (await referenceCodes()), fileSlugs));
  const fingerprint = files.map((f) => `${basename(f.file)}\n${f.text}`).join('\n\0');
  return { profiles: entries.map((e) => e.profile), problems, fingerprint };
}
