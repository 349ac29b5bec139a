/**
 * A bounded least-recently-used map. Every cache in careerpath that a request can grow is
 * one of these (or hangs off a catalog snapshot, whose size bounds it), so no sequence of
 * requests can grow memory without limit.
 */
export interface ByteBound<V> {
  /** Total weight the cache may hold, e.g. bytes. */
  maxBytes: number;
  /** The weight of one value; read once, when the value is set. */
  bytesOf(value: V): number;
}

export class Lru<K, V> {
  private readonly entries = new Map<K, V>();
  private readonly weights = new Map<K, number>();
  private total = 0;

  /** At most `maxEntries` values and, with `bound`, at most `bound.maxBytes` of them: the least recent go first. */
  constructor(
    readonly maxEntries: number,
    private readonly bound?: ByteBound<V>,
  ) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
    if (bound && !(bound.maxBytes > 0)) throw new RangeError(`maxBytes must be positive, got ${bound.maxBytes}`);
  }

  get size(): number {
    return this.entries.size;
  }

  /** The summed weight of the values held (0 without a byte bound). */
  get bytes(): number {
    return this.total;
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
    this.delete(key);
    const weight = this.bound ? this.bound.bytesOf(value) : 0;
    // a value heavier than the whole bound is not kept at all: it would evict everything else
    if (this.bound && weight > this.bound.maxBytes) return;
    this.entries.set(key, value);
    if (this.bound) this.weights.set(key, weight);
    this.total += weight;
    while (this.entries.size > this.maxEntries || (this.bound && this.total > this.bound.maxBytes)) this.delete(this.entries.keys().next().value as K);
  }

  delete(key: K): void {
    if (!this.entries.delete(key)) return;
    this.total -= this.weights.get(key) ?? 0;
    this.weights.delete(key);
  }

  clear(): void {
    this.entries.clear();
    this.weights.clear();
    this.total = 0;
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
