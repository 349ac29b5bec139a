/** Tables of the editorial workflow (migration 006). Profiles are JSON text; times ISO-8601. */
export interface EditorialTables {
  career_revisions: { slug: string; revision: number; profile: string; actor: string; created_at: string };
  drafts: {
    id: string;
    slug: string;
    base_revision: number | null;
    profile: string;
    state: string;
    author: string;
    reviewer: string | null;
    reason: string | null;
    version: number;
    created_at: string;
    updated_at: string;
  };
  audit_log: { id: string; at: string; actor: string; action: string; target: string; revision: number | null; detail: string };
  catalog_state: { id: number; version: number };
}
