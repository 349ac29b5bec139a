/**
 * Content rules for Plan B (content/exams.yaml `planB`, docs/pathways.md):
 * - every exam a career route uses is either `qualifying` (pass or fail, nothing to miss) or
 *   names at least two Plan B careers;
 * - for an exam some route uses, each Plan B career in the folder appears once, is not reached
 *   only through this same exam, and has a route from a starting stage that a route through
 *   the exam also starts from.
 * A Plan B career missing from the folder is a warning for editors (danglingPlanB), not a
 * problem: a content folder may hold a subset of the careers the exams file names; the
 * repository's own catalog test keeps the list empty.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import type { Exam } from '../careers/exam.schema.ts';
import type { StartStage } from '../careers/pathway.schema.ts';
import { sharedStart } from '../pathways/plan-b.ts';
import type { Problem } from './content-rules.ts';

const MIN_OPTIONS = 2;

/** Starting stages of the routes through each exam, over the whole catalog. */
function examStarts(profiles: readonly CareerProfile[]): Map<string, Set<StartStage>> {
  const starts = new Map<string, Set<StartStage>>();
  for (const p of profiles) {
    for (const route of p.pathways ?? []) {
      for (const stage of route.stages) {
        if (stage.kind !== 'exam' || !stage.exam) continue;
        const set = starts.get(stage.exam) ?? new Set();
        for (const from of route.from) set.add(from);
        starts.set(stage.exam, set);
      }
    }
  }
  return starts;
}

const onlyThrough = (career: CareerProfile, examId: string) =>
  (career.pathways ?? []).length > 0 && (career.pathways ?? []).every((r) => r.stages.some((s) => s.exam === examId));

export function checkPlanB(file: string, exams: readonly Exam[], profiles: readonly CareerProfile[]): Problem[] {
  const problems: Problem[] = [];
  const bySlug = new Map(profiles.map((p) => [p.slug, p]));
  const starts = examStarts(profiles);
  exams.forEach((exam, i) => {
    const add = (field: string, message: string) => problems.push({ file, field: `exams[${i}].${field}`, message: `${exam.id}: ${message}` });
    const from = [...(starts.get(exam.id) ?? [])];
    const options = exam.planB ?? [];
    if (exam.qualifying && options.length > 0) add('planB', 'a qualifying exam has no rank to miss: drop planB or qualifying');
    if (!exam.qualifying && from.length > 0 && options.length < MIN_OPTIONS) {
      add('planB', `needs at least ${MIN_OPTIONS} careers that reuse this exam's preparation (or qualifying: true for a pass-or-fail test); found ${options.length}`);
    }
    // an exam no route of this catalog uses says nothing to it (a catalog may be a subset of the exams file's careers)
    if (from.length === 0) return;
    const seen = new Set<string>();
    options.forEach(({ career: slug }, j) => {
      const career = bySlug.get(slug);
      // a career outside this content folder is a warning (danglingPlanB): a folder may hold a subset of the catalog
      if (!career) return;
      if (seen.has(slug)) return add(`planB[${j}].career`, `"${slug}" appears twice`);
      seen.add(slug);
      if (onlyThrough(career, exam.id)) return add(`planB[${j}].career`, `every route to "${slug}" goes through ${exam.name} itself: it is no Plan B`);
      const theirs = (career.pathways ?? []).flatMap((r) => r.from);
      if (!sharedStart(from, theirs)) {
        add(`planB[${j}].career`, `"${slug}" has no route from a stage the routes through ${exam.name} start from (${from.join(', ')})`);
      }
    });
  });
  return problems;
}

/** Plan B careers that are not in the content folder (`slugs`: every career file's slug). */
export function danglingPlanB(file: string, exams: readonly Exam[], slugs: ReadonlySet<string>): Problem[] {
  return exams.flatMap((exam, i) =>
    (exam.planB ?? []).flatMap(({ career }, j) =>
      slugs.has(career) ? [] : [{ file, field: `exams[${i}].planB[${j}].career`, message: `${exam.id}: "${career}" is not a career in the catalog` }],
    ),
  );
}
