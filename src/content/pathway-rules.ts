/**
 * Content rules for pathways, exams and honest salary segments (docs/pathways.md). Each rule
 * returns problems naming the file and the field. Pure: the exams are passed in.
 *
 * - Every catalog profile has segment kinds with exactly one headline, roadmap steps with
 *   ids and hours, pathways and local names.
 * - Ranges have min ≤ max; ids are unique where saved progress needs them to be.
 * - Every route's stages chain: an exam's minimum qualification is held by the route's
 *   starting stage or awarded by an earlier stage, and its Class 12 subjects are in the
 *   starting stream (or a Class 12 stage comes first).
 * - A regulated career has a licence or qualifying-exam stage in every route.
 * - An age limit the profile's text states exists as data on an exam one of its routes uses.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import type { Exam } from '../careers/exam.schema.ts';
import type { Pathway, Qualification, StartStage } from '../careers/pathway.schema.ts';
import { heldAtStart, holds, missingSubjects, withAward } from '../pathways/qualifications.ts';
import type { CatalogEntry, Problem } from './content-rules.ts';

export type ExamIndex = ReadonlyMap<string, Exam>;

function checkRequiredFields({ file, profile }: CatalogEntry): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  profile.salary.forEach((s, i) => {
    if (!s.kind) add(`salary[${i}].kind`, 'is required: what the segment describes (pan-india, metro, government, private, self-employed, abroad, remote)');
  });
  const headlines = profile.salary.filter((s) => s.headline).length;
  if (headlines !== 1) add('salary', `exactly one segment must have headline: true (the pay most people in this career get); found ${headlines}`);
  const ids = new Set<string>();
  profile.roadmap.forEach((step, i) => {
    if (!step.id) add(`roadmap[${i}].id`, 'is required: a stable id that saved progress hangs on');
    else if (ids.has(step.id)) add(`roadmap[${i}].id`, `"${step.id}" is used by an earlier step`);
    else ids.add(step.id);
    if (step.hours === undefined) add(`roadmap[${i}].hours`, 'is required: the hours this step takes');
  });
  if (!profile.pathways?.length) add('pathways', 'are required: the routes from each starting stage to the first job');
  if (!profile.localNames) add('localNames', 'are required: the Hindi and Hinglish names people search for');
  return problems;
}

function checkRanges(file: string, pathway: Pathway, at: string): Problem[] {
  const problems: Problem[] = [];
  const stageIds = new Set<string>();
  pathway.stages.forEach((stage, s) => {
    const field = `${at}.stages[${s}]`;
    if (stageIds.has(stage.id)) problems.push({ file, field: `${field}.id`, message: `"${stage.id}" appears twice in this route` });
    stageIds.add(stage.id);
    if (stage.months.min > stage.months.max) problems.push({ file, field: `${field}.months`, message: `min ${stage.months.min} is above max ${stage.months.max}` });
    if (stage.costInr && stage.costInr.min > stage.costInr.max) {
      problems.push({ file, field: `${field}.costInr`, message: `min ${stage.costInr.min} is above max ${stage.costInr.max}` });
    }
  });
  if (pathway.stages.filter((s) => s.roadmap).length > 1) problems.push({ file, field: `${at}.stages`, message: 'only one stage can be the skills roadmap' });
  return problems;
}

/** Walks the route from each starting stage, as a person would, and reports the first break in the chain. */
function checkChain(file: string, pathway: Pathway, at: string, exams: ExamIndex): Problem[] {
  const problems: Problem[] = [];
  // "working professional" qualifies whoever also holds one of the route's other starting stages;
  // alone, it promises nothing beyond Class 10
  const starts = pathway.from.length > 1 ? pathway.from.filter((f) => f !== 'working-professional') : pathway.from;
  for (const from of starts) {
    let held: ReadonlySet<Qualification> = heldAtStart(from);
    let class12InRoute = false;
    for (const [s, stage] of pathway.stages.entries()) {
      const field = `${at}.stages[${s}]`;
      if (stage.kind === 'exam') {
        const exam = stage.exam ? exams.get(stage.exam) : undefined;
        if (!stage.exam) problems.push({ file, field: `${field}.exam`, message: 'an exam stage must name its exam (an id in content/exams.yaml)' });
        else if (!exam) problems.push({ file, field: `${field}.exam`, message: `no exam "${stage.exam}" in content/exams.yaml` });
        else problems.push(...examBreaks(file, field, exam, from, held, class12InRoute));
      }
      if (stage.awards) {
        held = withAward(held, stage.awards);
        if (stage.awards === 'class-12') class12InRoute = true;
      }
    }
  }
  // one message per break, however many starting stages share it
  return [...new Map(problems.map((p) => [`${p.field}|${p.message}`, p])).values()];
}

function examBreaks(file: string, field: string, exam: Exam, from: StartStage, held: ReadonlySet<Qualification>, class12InRoute: boolean): Problem[] {
  const rule = exam.eligibility;
  if (!holds(held, rule.qualification)) {
    return [{ file, field, message: `${exam.name} needs ${rule.qualification}, which a person starting from ${from} does not hold at this stage; add the stage that awards it` }];
  }
  const missing = class12InRoute ? [] : missingSubjects(from, rule.class12Subjects ?? []);
  if (missing.length > 0) {
    return [{ file, field, message: `${exam.name} needs Class 12 ${missing.join(', ')}, which ${from} does not guarantee; start the route from a stream that has them` }];
  }
  return [];
}

function checkRegulated(file: string, profile: CareerProfile): Problem[] {
  if (!profile.regulation) return [];
  return (profile.pathways ?? []).flatMap((pathway, p) =>
    pathway.stages.some((s) => s.kind === 'licence' || s.kind === 'exam')
      ? []
      : [{ file, field: `pathways[${p}]`, message: `${profile.title} is regulated (${profile.regulation!.body}); this route needs a licence or qualifying-exam stage` }],
  );
}

/** "age limit 20–30", "aged 21 to 32", "between 18 and 27 years": the upper numbers a profile states. */
const AGE_PATTERNS = [
  /\bage(?:d| limits?| of| between| group)?[^.\d]{0,25}?(\d{2})\s*(?:–|-|to|and)\s*(\d{2})/gi,
  /\b(\d{2})\s*(?:–|-|to)\s*(\d{2}) years? (?:of age|old)/gi,
];

export function statedAgeLimits(profile: CareerProfile): Array<{ field: string; min: number; max: number }> {
  const texts: Array<[string, string]> = [
    ['description', profile.description],
    ['bestFitFor', profile.bestFitFor],
    ['notBestFor', profile.notBestFor],
    ...profile.faqs.map((f, i): [string, string] => [`faqs[${i}].answer`, f.answer]),
    ...profile.risks.map((r, i): [string, string] => [`risks[${i}].description`, r.description]),
  ];
  const found: Array<{ field: string; min: number; max: number }> = [];
  for (const [field, text] of texts) {
    for (const pattern of AGE_PATTERNS) {
      for (const m of text.matchAll(pattern)) {
        const [min, max] = [Number(m[1]), Number(m[2])];
        if (min >= 14 && max <= 65 && min < max) found.push({ field, min, max });
      }
    }
  }
  return found;
}

function checkStatedAges(file: string, profile: CareerProfile, exams: ExamIndex): Problem[] {
  const used = new Set((profile.pathways ?? []).flatMap((p) => p.stages.flatMap((s) => (s.exam ? [s.exam] : []))));
  const ages = [...used].flatMap((id) => {
    const age = exams.get(id)?.eligibility.age;
    if (!age) return [];
    const relax = Math.max(0, ...Object.values(age.relaxationYears ?? {}).map(Number));
    return [{ min: age.min, max: age.max, relax }];
  });
  return statedAgeLimits(profile).flatMap(({ field, min, max }) => {
    const backed = ages.some((a) => (a.max !== undefined && max >= a.max && max <= a.max + a.relax) || a.min === min);
    return backed
      ? []
      : [{ file, field, message: `states an age limit of ${min}–${max}, but no exam in this career's pathways carries that age rule in content/exams.yaml` }];
  });
}

export function checkPathways(entry: CatalogEntry, exams: ExamIndex): Problem[] {
  const { file, profile } = entry;
  const pathwayIds = new Set<string>();
  const perRoute = (profile.pathways ?? []).flatMap((pathway, p) => {
    const at = `pathways[${p}]`;
    const duplicate = pathwayIds.has(pathway.id) ? [{ file, field: `${at}.id`, message: `"${pathway.id}" is used by an earlier route` }] : [];
    pathwayIds.add(pathway.id);
    return [...duplicate, ...checkRanges(file, pathway, at), ...checkChain(file, pathway, at, exams)];
  });
  return [...checkRequiredFields(entry), ...perRoute, ...checkRegulated(file, profile), ...checkStatedAges(file, profile, exams)];
}
