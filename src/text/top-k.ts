/**
 * The `k` best of many items, best first, without sorting them all: for ranked lists that
 * show a few of thousands (title matches, facet values). `better(a, b)` must be a strict
 * total order (break ties, e.g. by position), so the answer equals sort-then-slice.
 */
export function topK<T>(items: readonly T[], k: number, better: (a: T, b: T) => boolean): T[] {
  if (k >= items.length) return [...items].sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0));
  const best: T[] = [];
  if (k <= 0) return best;
  for (const item of items) {
    if (best.length === k && !better(item, best[k - 1]!)) continue;
    let i = Math.min(best.length, k - 1);
    best[i] = item;
    while (i > 0 && better(item, best[i - 1]!)) {
      best[i] = best[i - 1]!;
      best[i - 1] = item;
      i -= 1;
    }
  }
  return best;
}
