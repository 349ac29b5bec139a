/**
 * Row types of the O*NET occupation tables (migration: src/db/migrations/002-occupations.ts). Every
 * table but `onet_import_state` hangs off `occupations.code` and is replaced as a whole
 * by an import. Booleans are 0/1 integers so both dialects store them alike.
 */
export interface OccupationsTable {
  code: string;
  title: string;
  description: string;
}

export interface OccupationTitlesTable {
  code: string;
  /** 'alternate' (Alternate Titles) or 'reported' (Sample of Reported Titles). */
  kind: string;
  /** Order within (code, kind) in the release. */
  position: number;
  title: string;
  short_title: string | null;
  /** Comma-separated O*NET source codes (alternate titles only). */
  sources: string | null;
  /** 0/1, reported titles only; 0 for alternate titles. */
  shown_in_my_next_move: number;
}

export interface OccupationRatingsTable {
  code: string;
  /** 'skill' or 'knowledge'. */
  domain: string;
  element_id: string;
  element_name: string;
  importance: number | null;
  level: number | null;
  not_relevant: number;
  suppress: number;
}

export interface OccupationTechnologyTable {
  code: string;
  example: string;
  commodity_code: number;
  commodity_title: string;
  hot: number;
  in_demand: number;
}

export interface OccupationTasksTable {
  code: string;
  task_id: number;
  statement: string;
  /** 'Core', 'Supplemental' or null. */
  task_type: string | null;
  incumbents_responding: number | null;
}

export interface OccupationInterestsTable {
  code: string;
  element_id: string;
  /** RIASEC name, e.g. 'Investigative'. */
  name: string;
  value: number;
}

export interface OccupationJobZonesTable {
  code: string;
  job_zone: number;
}

export interface OccupationEducationTable {
  code: string;
  /** RL category 1–12. */
  category: number;
  percent: number;
}

export interface OnetImportStateTable {
  id: string;
  /** SHA-256 of the imported rows, independent of file format (.txt or .tsv). */
  fingerprint: string;
  occupations: number;
  imported_at: string;
}

export interface OccupationTables {
  occupations: OccupationsTable;
  occupation_titles: OccupationTitlesTable;
  occupation_ratings: OccupationRatingsTable;
  occupation_technology: OccupationTechnologyTable;
  occupation_tasks: OccupationTasksTable;
  occupation_interests: OccupationInterestsTable;
  occupation_job_zones: OccupationJobZonesTable;
  occupation_education: OccupationEducationTable;
  onet_import_state: OnetImportStateTable;
}
