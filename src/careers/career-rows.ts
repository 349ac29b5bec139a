/** Flattens profiles into table rows; the inverse of career-assemble.ts. */
import type { Database } from '../db/database-schema.ts';
import { textKey } from '../text/text-key.ts';
import type { CareerProfile } from './career.schema.ts';
import { slugify } from '../text/slugify.ts';

type Rows<T extends keyof Database> = Array<Database[T]>;

export function careerRows(profiles: CareerProfile[]) {
  const out = {
    skillNames: [] as string[],
    toolNames: [] as string[],
    industryNames: [] as string[],
    degreeNames: [] as string[],
    careers: [] as Rows<'careers'>,
    segments: [] as Rows<'career_salary_segments'>,
    bands: [] as Rows<'career_salary_bands'>,
    skills: [] as Rows<'career_skills'>,
    education: [] as Rows<'career_education'>,
    roadmap: [] as Rows<'career_roadmap'>,
    tasks: [] as Rows<'career_tasks'>,
    tools: [] as Rows<'career_tools'>,
    jobTitles: [] as Rows<'career_job_titles'>,
    similar: [] as Rows<'career_similar'>,
    progression: [] as Rows<'career_progression'>,
    industries: [] as Rows<'career_industries'>,
    projects: [] as Rows<'career_projects'>,
    risks: [] as Rows<'career_risks'>,
    faqs: [] as Rows<'career_faqs'>,
    sources: [] as Rows<'career_sources'>,
    pathways: [] as Rows<'career_pathways'>,
  };
  for (const p of profiles) {
    const career_slug = p.slug;
    out.careers.push({
      slug: p.slug,
      title: p.title,
      category: p.category,
      category_slug: slugify(p.category),
      role_family: p.roleFamily,
      min_years: p.experience.minYears,
      max_years: p.experience.maxYears,
      remote: p.remote,
      demand: p.demand,
      future_scope: p.futureScope,
      summary: p.summary,
      description: p.description,
      main_role: p.mainRole,
      best_fit_for: p.bestFitFor,
      not_best_for: p.notBestFor,
      onet_code: p.codes?.onet ?? null,
      isco_code: p.codes?.isco ?? null,
      reviewed_at: p.provenance.reviewedAt,
      reviewed_by: p.provenance.reviewedBy,
      revision: p.provenance.revision,
      regulation_json: p.regulation ? JSON.stringify(p.regulation) : null,
      local_names_json: p.localNames ? JSON.stringify(p.localNames) : null,
      translations_json: p.translations ? JSON.stringify(p.translations) : null,
    });
    (p.pathways ?? []).forEach((x, position) => out.pathways.push({ career_slug, position, pathway_id: x.id, data: JSON.stringify(x) }));
    p.salary.forEach((s, position) => {
      out.segments.push({ career_slug, position, segment: s.segment, label: s.label, note: s.note, kind: s.kind ?? null, headline: s.headline ? 1 : 0 });
      for (const b of s.bands) {
        out.bands.push({ career_slug, segment: s.segment, level: b.level, min_lpa: b.minLpa, max_lpa: b.maxLpa });
      }
    });
    p.skills.forEach((s, position) => {
      out.skillNames.push(s.name);
      out.skills.push({ career_slug, position, skill_key: textKey(s.name), type: s.type, importance: s.importance, level: s.level, used_for: s.usedFor });
    });
    p.education.forEach((e, position) => {
      out.degreeNames.push(e.degree);
      out.education.push({
        career_slug,
        position,
        degree_key: textKey(e.degree),
        level: e.level,
        fit_score: e.fitScore,
        preferred: e.preferred ? 1 : 0,
        reason: e.reason,
      });
    });
    p.roadmap.forEach((r, position) =>
      out.roadmap.push({ career_slug, position, title: r.title, goal: r.goal, task: r.task, output: r.output, step_id: r.id ?? null, hours: r.hours ?? null }),
    );
    p.tasks.forEach((t, position) => out.tasks.push({ career_slug, position, name: t.name, frequency: t.frequency, output: t.output }));
    p.tools.forEach((t, position) => {
      out.toolNames.push(t.name);
      out.tools.push({ career_slug, position, tool_key: textKey(t.name), category: t.category, used_for: t.usedFor });
    });
    p.jobTitles.forEach((j, position) => out.jobTitles.push({ career_slug, position, title: j.title, level: j.level, note: j.note }));
    p.similarCareers.forEach((s, position) =>
      out.similar.push({ career_slug, position, target_slug: s.slug, title: s.title, similarity: s.similarity, note: s.note }),
    );
    p.progression.forEach((s, position) =>
      out.progression.push({
        career_slug,
        position,
        stage: s.stage,
        titles: JSON.stringify(s.titles),
        experience: s.experience,
        pay_level: s.payLevel ?? null,
      }),
    );
    p.industries.forEach((i, position) => {
      out.industryNames.push(i.name);
      out.industries.push({ career_slug, position, industry_key: textKey(i.name), hiring_strength: i.hiringStrength });
    });
    p.portfolioProjects.forEach((x, position) =>
      out.projects.push({ career_slug, position, title: x.title, type: x.type, description: x.description, proof_output: x.proofOutput }),
    );
    p.risks.forEach((r, position) => out.risks.push({ career_slug, position, title: r.title, description: r.description }));
    p.faqs.forEach((f, position) => out.faqs.push({ career_slug, position, question: f.question, answer: f.answer }));
    p.provenance.sources.forEach((s, position) => out.sources.push({ career_slug, position, name: s.name, url: s.url ?? null }));
  }
  return out;
}
