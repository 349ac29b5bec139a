/**
 * Renders a profile as the plain-text page dump the importer reads (the seed's format:
 * glued table rows, skill cards, avatar initials). Test-only: it lets the importer be
 * checked against every career in the catalog, not just the seed.
 */
import type { CareerProfile } from '../../src/careers/career.schema.ts';
import {
  BAND_LABELS,
  LABELS,
  SECTIONS,
  TABLE_HEADERS,
  formatBand,
  formatYears,
  pageTitle,
  toolInitials,
  type SectionKey,
} from '../../src/careers/section-copy.ts';

export function renderPageText(p: CareerProfile): string {
  const out: string[] = [];
  const heading = (k: SectionKey) => {
    out.push(SECTIONS[k].heading(p.title));
    if (SECTIONS[k].intro) out.push(SECTIONS[k].intro);
  };
  out.push(pageTitle(p.title), p.summary, p.description);
  out.push(
    `${p.category} ${p.roleFamily} ${formatYears(p.experience.minYears, p.experience.maxYears)} experience ${LABELS.remote}: ${p.remote} ${LABELS.demand}: ${p.demand} ${LABELS.futureScope}: ${p.futureScope}`,
  );
  heading('overview');
  for (const k of ['mainRole', 'bestFitFor', 'notBestFor'] as const) out.push(SECTIONS[k].heading(p.title), p[k]);
  heading('salary');
  for (const s of p.salary) out.push(s.label, ...s.bands.map((b) => `${BAND_LABELS[b.level]}₹${formatBand(b.minLpa, b.maxLpa)}`), s.note);
  heading('skills');
  out.push(TABLE_HEADERS.skills.join(''), ...p.skills.map((s) => `${s.name}${s.type}${s.importance}${s.level}${s.usedFor}`));
  for (const s of p.skills) out.push(s.name, `Type${s.type}`, `Importance${s.importance}`, `Level${s.level}`, `Used for${s.usedFor}`);
  heading('education');
  out.push(TABLE_HEADERS.education.join(''), ...p.education.map((e) => `${e.level}${e.degree}${e.fitScore}/100${e.preferred ? 'Yes' : 'No'}${e.reason}`));
  heading('roadmap');
  for (const r of p.roadmap) out.push(`Month ${r.step}`, r.title, r.goal, `Task: ${r.task}`, `Output: ${r.output}`);
  heading('tasks');
  for (const t of p.tasks) out.push(t.name, `Frequency: ${t.frequency}`, t.output);
  heading('tools');
  for (const t of p.tools) out.push(toolInitials(t.name), t.name, t.category, t.usedFor);
  heading('jobTitles');
  for (const j of p.jobTitles) out.push(j.title, `Level: ${j.level}`, j.note);
  heading('similar');
  for (const s of p.similarCareers) out.push(s.title, `${s.similarity}% similarity`, s.note);
  heading('progression');
  out.push(TABLE_HEADERS.progression.join(''), ...p.progression.map((s) => `${s.stage}${s.titles.join(', ')}${s.experience}`));
  heading('industries');
  for (const i of p.industries) out.push(i.name, `Hiring strength: ${i.hiringStrength}`);
  heading('projects');
  for (const x of p.portfolioProjects) out.push(x.title, `Type: ${x.type}`, x.description, `Proof output: ${x.proofOutput}`);
  heading('risks');
  for (const r of p.risks) out.push(r.title, r.description);
  heading('faqs');
  for (const f of p.faqs) out.push(f.question, f.answer);
  heading('explore');
  return out.join('\n\n');
}
