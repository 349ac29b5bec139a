import { readContentDir } from '../content/content-files.ts';
import { validateProfile, type FieldProblem } from '../content/profile-validator.ts';
import { CareerProfile } from '../careers/career.schema.ts';
import type { Line } from './page-sections.ts';
import { parsePage, type ImportHints } from './page-parser.ts';

export interface PageImport {
  /** The parsed profile in the API's field order, valid or not. */
  profile: Record<string, unknown>;
  valid: CareerProfile | null;
  unplaced: Line[];
  problems: FieldProblem[];
  notes: string[];
}

/** Catalog facts that help place a page's values: categories and careers already written. */
export async function hintsFromContent(dir: string, source: string): Promise<ImportHints> {
  const files = await readContentDir(dir).catch(() => []);
  const records = files.map((f) => (f.data ?? {}) as { slug?: unknown; title?: unknown; category?: unknown; skills?: unknown });
  const careers = records.flatMap((r) => (typeof r.slug === 'string' && typeof r.title === 'string' ? [{ slug: r.slug, title: r.title }] : []));
  const categories = [...new Set(records.flatMap((r) => (typeof r.category === 'string' ? [r.category] : [])))];
  const skillTypes = [
    ...new Set(
      records.flatMap((r) =>
        Array.isArray(r.skills) ? r.skills.map((s: { type?: unknown }) => s?.type).filter((t): t is string => typeof t === 'string') : [],
      ),
    ),
  ];
  return { categories, careers, skillTypes, source, today: new Date().toISOString().slice(0, 10) };
}

/** `catalog` is the content folder to take hints from, or hints already read (importing many pages). */
export async function importPage(text: string, source: string, catalog: string | ImportHints): Promise<PageImport | null> {
  const hints = typeof catalog === 'string' ? await hintsFromContent(catalog, source) : { ...catalog, source };
  const result = parsePage(text, hints);
  if (!result) return null;
  const ordered = Object.fromEntries(
    Object.keys(CareerProfile.properties)
      .filter((k) => result.profile[k] !== undefined)
      .map((k) => [k, result.profile[k]]),
  );
  const { profile, problems } = validateProfile(ordered);
  return { profile: ordered, valid: profile, unplaced: result.unplaced, problems, notes: result.notes };
}
