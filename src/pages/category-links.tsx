/** "Browse the nearest categories: A, B, C" — offered wherever a search or a title finds no career. */
export function CategoryLinks({ categories, lead }: { categories: ReadonlyArray<{ slug: string; name: string }>; lead: string }) {
  if (categories.length === 0) return null;
  return (
    <p>
      {lead}{' '}
      {categories.map((c, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={`/categories/${c.slug}`}>{c.name}</a>
        </>
      ))}
    </p>
  );
}
