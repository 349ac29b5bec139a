/** Tables of accounts and personal plans (migration 005). Times are ISO-8601 text. */
export interface AccountTables {
  users: { id: string; email: string; password_hash: string; birth_year: number; role: string; status: string; created_at: string };
  sessions: { user_id: string; token_hash: string; csrf_token: string; created_at: string; expires_at: string };
  guardian_consents: { user_id: string; token_hash: string; guardian_email: string; requested_at: string; given_at: string | null };
  saved_careers: { user_id: string; career_slug: string; saved_at: string };
  plan_progress: { user_id: string; career_slug: string; step_id: string; status: string; step_title: string; updated_at: string };
  account_actions: { user_id: string; id: string; action: string; detail: string; at: string };
  outbox: { user_id: string; id: string; to_address: string; subject: string; body: string; created_at: string };
  login_failures: { key: string; at: string };
}
