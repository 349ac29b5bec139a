/**
 * The identity of a shared name (skill, tool, industry, degree): case, punctuation and
 * spacing do not make two names different ("SQL" = "sql", "Node.js" = "NodeJS").
 */
export function textKey(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9+#]+/g, '');
}
