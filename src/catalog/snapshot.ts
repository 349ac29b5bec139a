/**
 * The catalog snapshot store. A snapshot is one published version of everything requests
 * read: the career catalog, the exams, the O*NET import (or null), and data derived from
 * them (search indexes, rendered pages, similarity), which each domain builds on first use
 * through `derived()` and keeps for exactly that snapshot.
 *
 * Contract: a request calls `store.current()` once and reads everything from that snapshot,
 * so it never mixes two versions. `publish()` swaps the snapshot atomically; requests in
 * flight finish on the old one, which is then garbage (derived data is held weakly).
 */
import type { OccupationIndex } from '../occupations/occupation-index.ts';
import type { CareerCatalog } from './career-catalog.ts';

export interface CatalogSnapshot {
  readonly catalog: CareerCatalog;
  readonly occupations: OccupationIndex | null;
  /** Identity of this snapshot: the catalog version plus the O*NET import's, for ETags and cursors. */
  readonly version: string;
}

export interface SnapshotStore {
  current(): CatalogSnapshot;
  /** Makes `next` the snapshot every later request reads. */
  publish(next: CatalogSnapshot): void;
  /** Called after every publish, e.g. to warm derived data or count rebuilds. Returns an unsubscribe. */
  onPublish(listener: (next: CatalogSnapshot) => void): () => void;
}

export function createSnapshot(catalog: CareerCatalog, occupations: OccupationIndex | null = null): CatalogSnapshot {
  const version = occupations ? `${catalog.version}-${occupations.version.slice(0, 16)}` : catalog.version;
  return Object.freeze({ catalog, occupations, version });
}

export function createSnapshotStore(initial: CatalogSnapshot): SnapshotStore {
  let snapshot = initial;
  const listeners = new Set<(next: CatalogSnapshot) => void>();
  return {
    current: () => snapshot,
    publish(next) {
      snapshot = next;
      for (const listener of listeners) listener(next);
    },
    onPublish(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/**
 * A value computed from a snapshot once and kept as long as the snapshot lives: the way a
 * domain attaches its indexes to a catalog version without the store knowing the domain.
 */
export function derived<T>(build: (snapshot: CatalogSnapshot) => T): (snapshot: CatalogSnapshot) => T {
  const memo = new WeakMap<CatalogSnapshot, { value: T }>();
  return (snapshot) => {
    let hit = memo.get(snapshot);
    if (!hit) {
      hit = { value: build(snapshot) };
      memo.set(snapshot, hit);
    }
    return hit.value;
  };
}
