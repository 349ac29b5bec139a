/**
 * A bounded least-recently-used map. Every cache in careerpath that a request can grow is
 * one of these (or hangs off a catalog snapshot, whose size bounds it), so no sequence of
 * requests can grow memory without limit.
 */
export class Lru<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    // re-insert: a Map iterates in insertion order, so the first key is the least recent
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as K);
  }
}

/** `fn` with its last `maxEntries` results kept: for pure functions of a string, such as stemmers. */
export function memoize<V>(fn: (key: string) => V, maxEntries: number): (key: string) => V {
  const cache = new Lru<string, V>(maxEntries);
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(key);
      cache.set(key, value);
    }
    return value;
  };
}
