/**
 * Optional public reference data (O*NET, ESCO/ISCO). Users download O*NET themselves;
 * everything must work when it is absent, so every loader here returns null then.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPaths } from '../config.ts';
import { parseCsv } from './csv.ts';

/** `REFERENCE_DATA_DIR`, else the `shared/data` folder beside the checkout. */
export function referenceDataDir(): string {
  return loadPaths().referenceDataDir;
}

export async function loadOnetCodes(dir = referenceDataDir()): Promise<Set<string> | null> {
  const candidates = [join(dir, 'onet', 'db_29_3', 'Occupation Data.tsv'), join(dir, 'onet', 'taxonomy', '2019_Occupations.tsv')];
  const file = candidates.find((f) => existsSync(f));
  if (!file) return null;
  const lines = (await readFile(file, 'utf8')).split(/\r?\n/).slice(1);
  return new Set(lines.map((l) => l.split('\t')[0]!.trim()).filter((c) => /^\d{2}-\d{4}\.\d{2}$/.test(c)));
}

export async function loadIscoUnitGroups(dir = referenceDataDir()): Promise<Set<string> | null> {
  const file = join(dir, 'esco', 'v1.1.1', 'ISCOGroups_en.csv');
  if (!existsSync(file)) return null;
  const [header, ...rows] = parseCsv(await readFile(file, 'utf8'));
  const code = header!.indexOf('code');
  return new Set(rows.map((r) => r[code] ?? '').filter((c) => /^\d{4}$/.test(c)));
}
