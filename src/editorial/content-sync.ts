import type { Db } from '../db/database.ts';
import { lockContent, readFingerprint, replaceCatalog, replaceExams, replaceVocabularies, writeFingerprint } from '../careers/career.repository.ts';
import { readExamsFile } from '../content/exam-file.ts';
import { checkContentFiles, contentFingerprint, defaultSources } from '../content/content-check.ts';
import { readVocabularies } from '../content/vocabulary-files.ts';
import { bumpCatalogVersion, hasEditorialRevisions, insertRevision, latestRevision } from './editorial.repository.ts';
import type { CareerProfile } from '../careers/career.schema.ts';

/** The files, published by the system: a new revision for each career whose content changed. */
async function recordSystemRevisions(db: Parameters<typeof insertRevision>[0], profiles: readonly CareerProfile[]): Promise<void> {
  for (const profile of profiles) {
    const latest = await latestRevision(db, profile.slug);
    if (latest && JSON.stringify(latest.profile) === JSON.stringify(profile)) continue;
    await insertRevision(db, profile.slug, (latest?.revision ?? 0) + 1, profile, 'system');
  }
}
import { readContentDir } from '../content/content-files.ts';
import type { Problem } from '../content/content-rules.ts';

export class ContentError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`content has ${problems.length} problem(s); run npm run content:check`);
  }
}

/**
 * Loads the content files into the database when it is empty or the files changed since the
 * last load (a fingerprint of every file's name and text). One transaction: a crash half-way
 * leaves the previous catalog in place. Invalid content is refused, never half-loaded.
 * Unchanged files were checked when they were loaded, so a restart does not check them again.
 */
export async function syncContent(db: Db, dir: string, sources = defaultSources()): Promise<{ changed: boolean; careers: number }> {
  const [files, exams, vocabularies] = await Promise.all([readContentDir(dir), readExamsFile(sources.examsFile), readVocabularies(sources.vocabularyDir)]);
  const fingerprint = contentFingerprint(files, exams.text, vocabularies.text);
  if ((await readFingerprint(db)) === fingerprint) return { changed: false, careers: files.length };
  const report = await checkContentFiles(files, dir, undefined, exams, vocabularies);
  if (report.problems.length > 0) throw new ContentError(report.problems);
  const careers = report.profiles.length;
  const changed = await db.transaction().execute(async (trx) => {
    await lockContent(trx);
    // another instance may have loaded the same files while we waited for the lock
    if ((await readFingerprint(trx)) === fingerprint) return false;
    // once editors publish, the database is the catalog: files come in as drafts (content:import)
    if (await hasEditorialRevisions(trx)) return false;
    await replaceCatalog(trx, report.profiles);
    await recordSystemRevisions(trx, report.profiles);
    await replaceExams(trx, report.exams);
    await replaceVocabularies(trx, report.vocabularies);
    await writeFingerprint(trx, fingerprint);
    await bumpCatalogVersion(trx);
    return true;
  });
  return { changed, careers };
}
