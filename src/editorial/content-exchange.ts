/**
 * The YAML files as the exchange format of the editorial store: export writes the published
 * catalog as files content:check accepts; import turns files into drafts by a named editor
 * (nothing is published without review).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Actor } from '../accounts/roles.ts';
import type { CareerProfile } from '../careers/career.schema.ts';
import { loadProfiles } from '../careers/career.repository.ts';
import type { CareerCatalog } from '../catalog/career-catalog.ts';
import { profileToYaml, readContentDir } from '../content/content-files.ts';
import type { Db } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { latestRevision } from './editorial.repository.ts';
import { createDraft, validateDraftProfile } from './editorial.service.ts';
import { jsonPatch } from './json-patch.ts';

export async function exportCatalog(db: Db, dir: string): Promise<CareerProfile[]> {
  const profiles = await loadProfiles(db);
  await mkdir(dir, { recursive: true });
  await Promise.all(profiles.map((p) => writeFile(join(dir, `${p.slug}.yaml`), profileToYaml(p))));
  return profiles;
}

export interface ImportReport {
  drafts: string[];
  unchanged: string[];
  problems: Array<{ file: string; message: string }>;
}

/** A draft for each file that differs from the published career; files equal to it are left alone. */
export async function importAsDrafts(db: Db, actor: Actor, dir: string, catalog: CareerCatalog): Promise<ImportReport> {
  const report: ImportReport = { drafts: [], unchanged: [], problems: [] };
  for (const file of await readContentDir(dir)) {
    if (file.parseError) {
      report.problems.push({ file: file.file, message: `YAML syntax: ${file.parseError}` });
      continue;
    }
    try {
      const profile = validateDraftProfile(file.data, file.slug, catalog);
      const current = await latestRevision(db, file.slug);
      if (current && jsonPatch(current.profile, profile).length === 0) {
        report.unchanged.push(file.slug);
        continue;
      }
      await createDraft(db, actor, file.slug, profile);
      report.drafts.push(file.slug);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const fields = (error.errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
      report.problems.push({ file: file.file, message: fields || error.message });
    }
  }
  return report;
}
