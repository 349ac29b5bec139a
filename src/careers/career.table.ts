/**
 * Row types of the career tables. Shared entities (skills, tools, industries, degrees)
 * are keyed by `textKey(name)` so "SQL" and "sql" are one row used by many careers.
 * Booleans are 0/1 integers so both dialects store them alike.
 */
export interface CareersTable {
  slug: string;
  title: string;
  category: string;
  category_slug: string;
  role_family: string;
  min_years: number;
  max_years: number | null;
  remote: string;
  demand: string;
  future_scope: string;
  summary: string;
  description: string;
  main_role: string;
  best_fit_for: string;
  not_best_for: string;
  onet_code: string | null;
  isco_code: string | null;
  reviewed_at: string;
  reviewed_by: string;
  revision: number;
  /** JSON of `regulation`, null when the career is not regulated. */
  regulation_json: string | null;
  /** JSON of `localNames`. */
  local_names_json: string | null;
  /** JSON of `translations` (translated parts of the profile, by language). */
  translations_json: string | null;
}

export interface NamedEntityTable {
  key: string;
  name: string;
}

interface Owned {
  career_slug: string;
  position: number;
}

export interface CareerTables {
  careers: CareersTable;
  skills: NamedEntityTable;
  tools: NamedEntityTable;
  industries: NamedEntityTable;
  degrees: NamedEntityTable;
  career_salary_segments: Owned & { segment: string; label: string; note: string; kind: string | null; headline: number };
  career_salary_bands: { career_slug: string; segment: string; level: string; min_lpa: number; max_lpa: number | null };
  career_skills: Owned & { skill_key: string; type: string; importance: string; level: string; used_for: string };
  career_education: Owned & { degree_key: string; level: string; fit_score: number; preferred: number; reason: string };
  career_roadmap: Owned & { title: string; goal: string; task: string; output: string; step_id: string | null; hours: number | null };
  career_tasks: Owned & { name: string; frequency: string; output: string };
  career_tools: Owned & { tool_key: string; category: string; used_for: string };
  career_job_titles: Owned & { title: string; level: string; note: string };
  career_similar: Owned & { target_slug: string | null; title: string; similarity: number; note: string };
  career_progression: Owned & { stage: string; titles: string; experience: string; /** entry | mid | senior, or null */ pay_level: string | null };
  career_industries: Owned & { industry_key: string; hiring_strength: string };
  career_projects: Owned & { title: string; type: string; description: string; proof_output: string };
  career_risks: Owned & { title: string; description: string };
  career_faqs: Owned & { question: string; answer: string };
  career_sources: Owned & { name: string; url: string | null };
  content_state: { id: string; fingerprint: string; loaded_at: string };
  /** Each pathway as JSON (pathway.schema.ts), in the profile's order. */
  career_pathways: Owned & { pathway_id: string; data: string };
  /** Each exam as JSON (exam.schema.ts), in the file's order. */
  exams: { id: string; position: number; data: string };
  /** Each file under content/vocabularies as JSON (vocabulary-file.schema.ts), by name ("skills", "synonyms"). */
  vocabularies: { name: string; data: string };
}
