/** Builds profiles from table rows; the inverse of career-rows.ts. */
import type { Database } from '../db/database-schema.ts';
import type { CareerProfile } from './career.schema.ts';
import type { Pathway } from './pathway.schema.ts';

type SegmentKind = NonNullable<CareerProfile['salary'][number]['kind']>;

type Rows<T extends keyof Database> = Array<Database[T]>;

export interface CatalogRows {
  careers: Rows<'careers'>;
  segments: Rows<'career_salary_segments'>;
  bands: Rows<'career_salary_bands'>;
  skills: Rows<'career_skills'>;
  education: Rows<'career_education'>;
  roadmap: Rows<'career_roadmap'>;
  tasks: Rows<'career_tasks'>;
  tools: Rows<'career_tools'>;
  jobTitles: Rows<'career_job_titles'>;
  similar: Rows<'career_similar'>;
  progression: Rows<'career_progression'>;
  industries: Rows<'career_industries'>;
  projects: Rows<'career_projects'>;
  risks: Rows<'career_risks'>;
  faqs: Rows<'career_faqs'>;
  sources: Rows<'career_sources'>;
  pathways: Rows<'career_pathways'>;
  names: Record<'skills' | 'tools' | 'industries' | 'degrees', Map<string, string>>;
}

function groupBy<T extends { career_slug: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.career_slug);
    if (list) list.push(row);
    else map.set(row.career_slug, [row]);
  }
  return map;
}

const LEVEL_ORDER: Record<string, number> = { entry: 0, mid: 1, senior: 2 };

export function assembleProfiles(rows: CatalogRows): CareerProfile[] {
  const g = {
    segments: groupBy(rows.segments),
    bands: groupBy(rows.bands),
    skills: groupBy(rows.skills),
    education: groupBy(rows.education),
    roadmap: groupBy(rows.roadmap),
    tasks: groupBy(rows.tasks),
    tools: groupBy(rows.tools),
    jobTitles: groupBy(rows.jobTitles),
    similar: groupBy(rows.similar),
    progression: groupBy(rows.progression),
    industries: groupBy(rows.industries),
    projects: groupBy(rows.projects),
    risks: groupBy(rows.risks),
    faqs: groupBy(rows.faqs),
    sources: groupBy(rows.sources),
    pathways: groupBy(rows.pathways),
  };
  const name = (kind: keyof CatalogRows['names'], key: string) => rows.names[kind].get(key) ?? key;
  return rows.careers.map((c): CareerProfile => {
    const of = <K extends keyof typeof g>(k: K) => (g[k].get(c.slug) ?? []) as NonNullable<ReturnType<(typeof g)[K]['get']>>;
    const bands = of('bands');
    const codes = { ...(c.onet_code ? { onet: c.onet_code } : {}), ...(c.isco_code ? { isco: c.isco_code } : {}) };
    return {
      slug: c.slug,
      title: c.title,
      category: c.category,
      roleFamily: c.role_family,
      experience: { minYears: c.min_years, maxYears: c.max_years },
      remote: c.remote as CareerProfile['remote'],
      demand: c.demand as CareerProfile['demand'],
      futureScope: c.future_scope as CareerProfile['futureScope'],
      summary: c.summary,
      description: c.description,
      mainRole: c.main_role,
      bestFitFor: c.best_fit_for,
      notBestFor: c.not_best_for,
      salary: of('segments').map((s) => ({
        segment: s.segment,
        ...(s.kind ? { kind: s.kind as SegmentKind } : {}),
        ...(s.headline ? { headline: true } : {}),
        label: s.label,
        note: s.note,
        bands: bands
          .filter((b) => b.segment === s.segment)
          .sort((a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9))
          .map((b) => ({ level: b.level as 'entry' | 'mid' | 'senior', minLpa: b.min_lpa, maxLpa: b.max_lpa })),
      })),
      skills: of('skills').map((s) => ({
        name: name('skills', s.skill_key),
        type: s.type,
        importance: s.importance as CareerProfile['skills'][number]['importance'],
        level: s.level as CareerProfile['skills'][number]['level'],
        usedFor: s.used_for,
      })),
      education: of('education').map((e) => ({
        level: e.level,
        degree: name('degrees', e.degree_key),
        fitScore: e.fit_score,
        preferred: e.preferred === 1,
        reason: e.reason,
      })),
      roadmap: of('roadmap').map((r) => ({
        ...(r.step_id ? { id: r.step_id } : {}),
        ...(r.hours !== null ? { hours: r.hours } : {}),
        step: r.position + 1,
        title: r.title,
        goal: r.goal,
        task: r.task,
        output: r.output,
      })),
      tasks: of('tasks').map((t) => ({ name: t.name, frequency: t.frequency, output: t.output })),
      tools: of('tools').map((t) => ({ name: name('tools', t.tool_key), category: t.category, usedFor: t.used_for })),
      jobTitles: of('jobTitles').map((j) => ({ title: j.title, level: j.level as CareerProfile['jobTitles'][number]['level'], note: j.note })),
      similarCareers: of('similar').map((s) => ({ slug: s.target_slug, title: s.title, similarity: s.similarity, note: s.note })),
      progression: of('progression').map((s) => ({
        stage: s.stage,
        titles: JSON.parse(s.titles) as string[],
        experience: s.experience,
        ...(s.pay_level ? { payLevel: s.pay_level as 'entry' | 'mid' | 'senior' } : {}),
      })),
      industries: of('industries').map((i) => ({
        name: name('industries', i.industry_key),
        hiringStrength: i.hiring_strength as CareerProfile['industries'][number]['hiringStrength'],
      })),
      portfolioProjects: of('projects').map((x) => ({ title: x.title, type: x.type, description: x.description, proofOutput: x.proof_output })),
      risks: of('risks').map((r) => ({ title: r.title, description: r.description })),
      faqs: of('faqs').map((f) => ({ question: f.question, answer: f.answer })),
      provenance: {
        sources: of('sources').map((s) => (s.url ? { name: s.name, url: s.url } : { name: s.name })),
        reviewedAt: c.reviewed_at,
        reviewedBy: c.reviewed_by,
        revision: c.revision,
      },
      ...(c.regulation_json ? { regulation: JSON.parse(c.regulation_json) as CareerProfile['regulation'] } : {}),
      ...(of('pathways').length > 0 ? { pathways: of('pathways').map((x) => JSON.parse(x.data) as Pathway) } : {}),
      ...(c.local_names_json ? { localNames: JSON.parse(c.local_names_json) as CareerProfile['localNames'] } : {}),
      ...(c.translations_json ? { translations: JSON.parse(c.translations_json) as CareerProfile['translations'] } : {}),
      ...(Object.keys(codes).length > 0 ? { codes } : {}),
    };
  });
}
