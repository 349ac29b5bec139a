import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { CareerProfile } from '../careers/career.schema.ts';
import { loadIscoUnitGroups, loadOnetCodes } from '../reference/reference-data.ts';
import { readContentDir, type ContentFile } from './content-files.ts';
import { checkCatalog, type CatalogEntry, type Problem, type ReferenceCodes } from './content-rules.ts';
import { validateProfile } from './profile-validator.ts';
import { readExamsFile, type ExamsReport } from './exam-file.ts';
import { checkPathways } from './pathway-rules.ts';
import { loadPaths } from '../config.ts';
import type { Exam } from '../careers/exam.schema.ts';

export interface ContentReport {
  profiles: CareerProfile[];
  exams: Exam[];
  problems: Problem[];
}

/** Identity of a set of content files: every file's name and raw text, and the exams file's, so any edit shows. */
export function contentFingerprint(files: readonly ContentFile[], examsText = ''): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${basename(f.file)}\n${f.text}\n\0`);
  hash.update(`exams\n${examsText}`);
  return hash.digest('hex');
}

export async function referenceCodes(): Promise<ReferenceCodes> {
  const [onet, isco] = await Promise.all([loadOnetCodes(), loadIscoUnitGroups()]);
  return { onet, isco };
}

/** Reads and checks every career file in `dir` and the exams file: schema first, then the catalog and pathway rules. */
export async function checkContentDir(dir: string, codes?: ReferenceCodes, examsFile = loadPaths().examsFile): Promise<ContentReport> {
  return checkContentFiles(await readContentDir(dir), dir, codes, await readExamsFile(examsFile));
}

export async function checkContentFiles(files: readonly ContentFile[], dir: string, codes: ReferenceCodes | undefined, exams: ExamsReport): Promise<ContentReport> {
  const problems: Problem[] = [...exams.problems];
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
  const examIndex = new Map(exams.exams.map((e) => [e.id, e]));
  for (const entry of entries) problems.push(...checkPathways(entry, examIndex));
  return { profiles: entries.map((e) => e.profile), exams: exams.exams, problems };
}
