/**
 * The identity of a shared name (skill, tool, industry, degree): case, punctuation, accents
 * and spacing do not make two names different ("SQL" = "sql", "Node.js" = "NodeJS").
 * Letters of any script count, so a Hindi name has a key too.
 */
import { foldText } from './normalize.ts';

export function textKey(name: string): string {
  return foldText(name).replace(/[^\p{L}\p{M}\p{N}+#]+/gu, '');
}
