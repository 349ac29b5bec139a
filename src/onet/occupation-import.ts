/**
 * Imports an O*NET release directory into the occupation tables.
 *
 * Contract:
 * - Idempotent: the rows' fingerprint is stored; importing the same data again (from the
 *   same files, or the same release in the other format) writes nothing.
 * - Atomic: everything is read and checked before the database is touched, and the
 *   replacement runs in one transaction, so a malformed file, an error or an interrupted
 *   process leaves the previous import in place.
 * - Malformed input fails with an OnetFormatError naming the file and line.
 */
import type { Db } from '../db/database.ts';
import { occupationRows, rowsFingerprint } from './occupation-rows.ts';
import { readOnetImportState, replaceOccupations, writeOnetImportState } from './occupation.repository.ts';
import { readOnetRelease } from './onet-reader.ts';

export type ImportEvent = { stage: 'read'; file: string; records: number } | { stage: 'write'; table: string; done: number; total: number };

export interface ImportOptions {
  progress?: (event: ImportEvent) => void;
  /** Rewrite even when the fingerprint matches (e.g. after manual edits to the tables). */
  force?: boolean;
}

export interface ImportResult {
  changed: boolean;
  occupations: number;
  rows: number;
  fingerprint: string;
}

export async function importOnetRelease(db: Db, dir: string, options: ImportOptions = {}): Promise<ImportResult> {
  const { progress } = options;
  const release = await readOnetRelease(dir, { onFile: (file, records) => progress?.({ stage: 'read', file, records }) });
  const rows = occupationRows(release);
  const fingerprint = rowsFingerprint(rows);
  const total = Object.values(rows).reduce((sum, list) => sum + list.length, 0);
  const result = { occupations: rows.occupations.length, rows: total, fingerprint };
  const state = await readOnetImportState(db);
  if (!options.force && state?.fingerprint === fingerprint) return { changed: false, ...result };
  await db.transaction().execute(async (trx) => {
    await replaceOccupations(trx, rows, (table, done, count) => progress?.({ stage: 'write', table, done, total: count }));
    await writeOnetImportState(trx, fingerprint, rows.occupations.length);
  });
  return { changed: true, ...result };
}
