/**
 * When a title resolves to no career, the categories whose careers come nearest: those whose
 * titles, job titles, local names and category name share a word with the query (or one typo
 * away for words of five letters or more), most shared first. Empty when nothing shares a word.
 */
import type { CareerCatalog } from '../catalog/career-catalog.ts';
import { derived } from '../catalog/snapshot.ts';
import { editDistance } from '../text/edit-distance.ts';
import { words } from '../text/normalize.ts';

const MIN_WORD = 3;

const categoryWordsOf = derived(({ catalog }) => categoryWords(catalog));

function categoryWords(catalog: CareerCatalog): Array<{ slug: string; name: string; words: Set<string> }> {
  return catalog.categories().map((c) => ({
    slug: c.slug,
    name: c.name,
    words: new Set(
      c.careers
        .flatMap((p) => [p.title, c.name, ...p.jobTitles.map((j) => j.title), ...(p.localNames?.latin ?? []), ...(p.localNames?.hi ?? [])])
        .flatMap((t) => words(t))
        .filter((w) => w.length >= MIN_WORD),
    ),
  }));
}

const near = (q: string, w: string) => q === w || (q.length >= 5 && Math.abs(q.length - w.length) <= 1 && editDistance(q, w, 1) <= 1);

export function nearestCategories(snapshot: Parameters<typeof categoryWordsOf>[0], query: string, limit = 3): Array<{ slug: string; name: string }> {
  const asked = words(query).filter((w) => w.length >= MIN_WORD);
  return categoryWordsOf(snapshot)
    .map((c) => ({ c, shared: asked.filter((q) => [...c.words].some((w) => near(q, w))).length }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.c.name.localeCompare(b.c.name, 'en'))
    .slice(0, limit)
    .map(({ c }) => ({ slug: c.slug, name: c.name }));
}
