import { English } from './mixed-language.tsx';
import { useHref } from './locale-context.tsx';

/** "Browse the nearest categories: A, B, C" — offered wherever a search or a title finds no career. Category names are content, shown as written. */
export function CategoryLinks({ categories, lead }: { categories: ReadonlyArray<{ slug: string; name: string }>; lead: string }) {
  const href = useHref();
  if (categories.length === 0) return null;
  return (
    <p>
      {lead}{' '}
      {categories.map((c, i) => (
        <>
          {i > 0 ? ', ' : ''}
          <a href={href(`/categories/${c.slug}`)}>
            <English>{c.name}</English>
          </a>
        </>
      ))}
    </p>
  );
}
