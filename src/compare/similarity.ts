/**
 * A deliberately simple, explainable similarity between two careers, in percent:
 *
 *   100 × (0.60 × J(skills) + 0.25 × J(tools) + 0.15 × [same category])
 *
 * where J is the Jaccard overlap |A ∩ B| / |A ∪ B| of the two careers' skill (or tool) names,
 * compared ignoring case and punctuation. Skills weigh most because they decide how far a
 * move is; tools and the category break ties. A richer engine lives elsewhere; this one only
 * has to be honest and easy to explain on the compare page.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { textKey } from '../text/text-key.ts';

export const SIMILARITY_WEIGHTS = { skills: 0.6, tools: 0.25, category: 0.15 } as const;

export interface PairSimilarity {
  score: number;
  sharedSkills: number;
  sharedTools: number;
  sameCategory: boolean;
}

const keys = (names: string[]) => new Set(names.map(textKey));

function overlap(a: Set<string>, b: Set<string>): { shared: number; jaccard: number } {
  let shared = 0;
  for (const k of a) if (b.has(k)) shared++;
  const union = a.size + b.size - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union };
}

export function similarity(a: CareerProfile, b: CareerProfile): PairSimilarity {
  const skills = overlap(keys(a.skills.map((s) => s.name)), keys(b.skills.map((s) => s.name)));
  const tools = overlap(keys(a.tools.map((t) => t.name)), keys(b.tools.map((t) => t.name)));
  const sameCategory = a.category === b.category;
  const w = SIMILARITY_WEIGHTS;
  const score = Math.round(100 * (w.skills * skills.jaccard + w.tools * tools.jaccard + (sameCategory ? w.category : 0)));
  return { score, sharedSkills: skills.shared, sharedTools: tools.shared, sameCategory };
}
