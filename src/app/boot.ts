/**
 * The one start-up sequence, shared by the server, the tests and the bench: migrate the
 * database, load the content files into it when they changed, read the published catalog
 * (and the O*NET import, when there is one) into a snapshot store, and build the app on it.
 */
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { createCatalog } from '../catalog/career-catalog.ts';
import { createSnapshot, createSnapshotStore, type CatalogSnapshot, type SnapshotStore } from '../catalog/snapshot.ts';
import { loadExams, loadProfiles, loadVocabularies } from '../careers/career.repository.ts';
import { syncContent } from '../editorial/content-sync.ts';
import type { ContentSources } from '../content/content-check.ts';
import type { Db } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { RateLimitOptions } from '../http/rate-limit.ts';
import { loadOccupationIndex } from '../occupations/occupation-index.ts';
import { buildApp, type OpsOptions } from './app.ts';
import { watchCatalog } from '../editorial/catalog-watch.ts';
import { createMailer } from '../accounts/mailer.ts';

export interface BootOptions {
  db: Db;
  contentDir: string;
  /** The exams file and the vocabulary folder; content/exams.yaml and content/vocabularies unless given. */
  sources?: ContentSources;
  logger: FastifyBaseLogger;
  rateLimit?: RateLimitOptions;
  publicUrl?: string;
  /** Outgoing mail; null or absent keeps it in the database outbox. */
  smtpUrl?: string | null;
  ops?: OpsOptions;
  /** How often to check for a publish by another instance (ms). */
  catalogPollMs?: number;
}

export interface Booted {
  app: FastifyInstance;
  store: SnapshotStore;
}

/** Reads the published catalog and the O*NET import (null when not imported) as one snapshot. */
export async function readSnapshot(db: Db): Promise<CatalogSnapshot> {
  const [profiles, exams, vocabularies, occupations] = await Promise.all([loadProfiles(db), loadExams(db), loadVocabularies(db), loadOccupationIndex(db)]);
  return createSnapshot(createCatalog(profiles, exams, vocabularies), occupations);
}

/**
 * Migrates, syncs content and builds the app. Throws the migration's error, a ContentError
 * (invalid content, with its problems) or a database error; the caller decides how to report.
 */
export async function boot({ db, contentDir, sources, logger, rateLimit, publicUrl, smtpUrl = null, ops, catalogPollMs = 1000 }: BootOptions): Promise<Booted> {
  await migrateToLatest(db);
  const { changed, careers } = await syncContent(db, contentDir, sources);
  logger.info({ careers, changed }, changed ? 'content loaded into the database' : 'content unchanged');
  const started = performance.now();
  const snapshot = await readSnapshot(db);
  const ms = Math.round(performance.now() - started);
  if (snapshot.occupations) logger.info({ occupations: snapshot.occupations.size, ms }, 'O*NET reference data loaded');
  else logger.info('O*NET reference data not imported; occupation pages and API are off');
  const store = createSnapshotStore(snapshot);
  const watch = watchCatalog(db, store, readSnapshot, (error) => logger.warn({ err: (error as Error).message }, 'catalog version check failed'), catalogPollMs);
  const accounts = { db, mailer: createMailer(db, logger, smtpUrl) };
  const app = await buildApp({
    store,
    accounts,
    editorial: { watch },
    logger,
    ...(rateLimit ? { rateLimit } : {}),
    ...(publicUrl ? { publicUrl } : {}),
    ...(ops ? { ops } : {}),
  });
  app.addHook('onClose', async () => watch.stop());
  return { app, store };
}
