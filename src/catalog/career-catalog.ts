/**
 * The published catalog, held in memory after it is loaded from the database. Profiles are
 * immutable between loads, so ETags and derived views are computed once per load.
 */
import { createHash } from 'node:crypto';
import type { CareerProfile } from '../careers/career.schema.ts';
import type { Exam } from '../careers/exam.schema.ts';
import { EMPTY_VOCABULARIES, type Vocabularies } from '../careers/vocabulary-file.schema.ts';
import { slugify } from '../text/slugify.ts';

export interface Category {
  slug: string;
  /** As careers write it (English). */
  name: string;
  /** The name in other interface languages, from content/vocabularies/categories.yaml; a language missing here shows `name`. */
  names: Readonly<Partial<Record<'hi', string>>>;
  careers: CareerProfile[];
}

export interface CareerCatalog {
  readonly profiles: readonly CareerProfile[];
  /** The exams pathways refer to, in the file's order. */
  readonly exams: readonly Exam[];
  exam(id: string): Exam | undefined;
  /** The word lists the finder and matcher read (content/vocabularies). */
  readonly vocabularies: Vocabularies;
  /** Changes whenever the content changes; part of every ETag and cursor. */
  readonly version: string;
  get(slug: string): CareerProfile | undefined;
  etag(slug: string): string | undefined;
  categories(): readonly Category[];
  category(slug: string): Category | undefined;
}

const hash = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 22);

export function createCatalog(profiles: CareerProfile[], exams: readonly Exam[] = [], vocabularies: Vocabularies = EMPTY_VOCABULARIES): CareerCatalog {
  const sorted = [...profiles].sort((a, b) => a.title.localeCompare(b.title, 'en'));
  const bySlug = new Map(sorted.map((p) => [p.slug, p]));
  const etags = new Map(sorted.map((p) => [p.slug, `"${hash(JSON.stringify(p))}"`]));
  const examsById = new Map(exams.map((e) => [e.id, e]));
  const version = hash([...etags.values()].join() + JSON.stringify(exams) + JSON.stringify(vocabularies));
  const groups = new Map<string, Category>();
  for (const p of sorted) {
    const slug = slugify(p.category);
    const group = groups.get(slug) ?? { slug, name: p.category, names: vocabularies.categories.names[p.category] ?? {}, careers: [] };
    group.careers.push(p);
    groups.set(slug, group);
  }
  const categories = [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return {
    profiles: sorted,
    exams,
    exam: (id) => examsById.get(id),
    vocabularies,
    version,
    get: (slug) => bySlug.get(slug),
    etag: (slug) => etags.get(slug),
    categories: () => categories,
    category: (slug) => groups.get(slug),
  };
}
