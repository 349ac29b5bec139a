import { checkPlanB } from './plan-b-rules.ts';
import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { CareerProfile } from '../careers/career.schema.ts';
import { loadIscoUnitGroups, loadOnetCodes } from '../reference/reference-data.ts';
import { readContentDir, type ContentFile } from './content-files.ts';
import { checkCatalog, type CatalogEntry, type Problem, type ReferenceCodes } from './content-rules.ts';
import { validateProfile } from './profile-validator.ts';
import { readExamsFile, type ExamsReport } from './exam-file.ts';
import { checkPathways } from './pathway-rules.ts';
import { readVocabularies, type VocabulariesReport } from './vocabulary-files.ts';
import type { Vocabularies } from '../careers/vocabulary-file.schema.ts';
import { loadPaths } from '../config.ts';
import type { Exam } from '../careers/exam.schema.ts';

export interface ContentReport {
  profiles: CareerProfile[];
  exams: Exam[];
  vocabularies: Vocabularies;
  problems: Problem[];
}

/** Content besides the career files: the exams file and the vocabulary folder. */
export interface ContentSources {
  examsFile: string;
  vocabularyDir: string;
}

export const defaultSources = (): ContentSources => {
  const { examsFile, vocabularyDir } = loadPaths();
  return { examsFile, vocabularyDir };
};

/** Identity of a set of content files: every file's name and raw text, the exams file's and the vocabularies', so any edit shows. */
export function contentFingerprint(files: readonly ContentFile[], examsText = '', vocabularyText = ''): string {
  const hash = createHash('sha256');
  for (const f of files) hash.update(`${basename(f.file)}\n${f.text}\n\0`);
  hash.update(`exams\n${examsText}\n\0vocabularies\n${vocabularyText}`);
  return hash.digest('hex');
}

export async function referenceCodes(): Promise<ReferenceCodes> {
  const [onet, isco] = await Promise.all([loadOnetCodes(), loadIscoUnitGroups()]);
  return { onet, isco };
}

/** Reads and checks every career file in `dir` and the exams file: schema first, then the catalog and pathway rules. */
export async function checkContentDir(dir: string, codes?: ReferenceCodes, sources = defaultSources()): Promise<ContentReport> {
  const [files, exams, vocabularies] = await Promise.all([readContentDir(dir), readExamsFile(sources.examsFile), readVocabularies(sources.vocabularyDir)]);
  return checkContentFiles(files, dir, codes, exams, vocabularies);
}

export async function checkContentFiles(
  files: readonly ContentFile[],
  dir: string,
  codes: ReferenceCodes | undefined,
  exams: ExamsReport,
  vocabularies: VocabulariesReport,
): Promise<ContentReport> {
  const problems: Problem[] = [...exams.problems, ...vocabularies.problems];
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
  if (exams.file) problems.push(...checkPlanB(exams.file, exams.exams, entries.map((e) => e.profile)));
  return { profiles: entries.map((e) => e.profile), exams: exams.exams, vocabularies: vocabularies.vocabularies, problems };
}
