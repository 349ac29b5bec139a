/**
 * Keeps this instance's snapshot equal to the published catalog. A publish bumps the catalog
 * version in the database; every instance polls that one-row table (1 s by default) and
 * reloads its snapshot when the number moved, so a publish on any instance is visible on all
 * of them within about a second, on SQLite (several processes on one file) and PostgreSQL
 * alike. The instance that publishes reloads at once.
 */
import type { CatalogSnapshot, SnapshotStore } from '../catalog/snapshot.ts';
import type { Db } from '../db/database.ts';
import { catalogVersion } from './editorial.repository.ts';

export interface CatalogWatch {
  /** Reloads now if the database holds a newer catalog than this instance serves; resolves when done. */
  refresh(): Promise<void>;
  stop(): void;
  /** Milliseconds the last reload took (for metrics and the closing figures). */
  readonly lastReloadMs: number;
}

export function watchCatalog(
  db: Db,
  store: SnapshotStore,
  read: (db: Db) => Promise<CatalogSnapshot>,
  onError: (error: unknown) => void,
  intervalMs = 1000,
): CatalogWatch {
  let seen: number | null = null;
  let running: Promise<void> | null = null;
  let lastReloadMs = 0;
  const check = async () => {
    const version = await catalogVersion(db);
    if (seen === null) {
      seen = version;
      return;
    }
    if (version === seen) return;
    const started = performance.now();
    const snapshot = await read(db);
    seen = version;
    store.publish(snapshot);
    lastReloadMs = performance.now() - started;
  };
  const refresh = () => (running ??= check().finally(() => (running = null)));
  void refresh().catch(onError);
  const timer = setInterval(() => void refresh().catch(onError), intervalMs);
  timer.unref();
  return {
    refresh,
    stop: () => clearInterval(timer),
    get lastReloadMs() {
      return lastReloadMs;
    },
  };
}
