/**
 * The text fields of a page form's body. Pages accept urlencoded forms, but anything may be
 * posted: a JSON array, a number, a nested object. Only string values of a plain object are
 * fields; everything else is absent, so handlers never call string methods on other types.
 */
export type FormFields = Record<string, string | undefined>;

export function formFields(body: unknown): FormFields {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return {};
  return Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as FormFields;
}
