/**
 * Editor warnings (never errors): where the hand-typed `similarCareers` and the similarity
 * engine disagree a lot. The engine's scores are on another scale (close careers ~55–70
 * with O*NET, ~20–45 without), so it is calibrated per career, against its own closest match:
 *
 * - a listed career the editors rate at least 40 % that the engine ranks beyond the closest
 *   third of the catalog *and* scores below a quarter of this career's closest match (rank
 *   alone is noise in the long tail of near-zero scores; the ratio alone flags real but
 *   loosely described neighbours such as Backend → DevOps);
 * - a career none of whose listed similar careers is among the engine's 3 closest.
 *
 * content:check uses the careers' own features only (no O*NET, no database), so it stays
 * fast (~0.1 s for 61 careers) and gives the same answer on every machine.
 */
import { CareerSimilarity } from '../similarity/career-similarity.ts';
import type { CatalogEntry, Problem } from './content-rules.ts';

export const CURATED_MIN = 40;
const FAR_RANK_SHARE = 1 / 3;
const FAR_SCORE_SHARE = 0.25;
const TOP = 3;

export function similarityWarnings(entries: readonly CatalogEntry[]): Problem[] {
  if (entries.length < 4) return [];
  const engine = new CareerSimilarity(entries.map((e) => e.profile));
  const others = entries.length - 1;
  const warnings: Problem[] = [];
  for (const { file, profile } of entries) {
    const ranking = engine.ranking(profile.slug);
    const rankOf = new Map(ranking.map((x, i) => [x.slug, i + 1]));
    const closestScore = ranking[0]?.score ?? 0;
    profile.similarCareers.forEach((s, i) => {
      const rank = s.slug ? rankOf.get(s.slug) : undefined;
      if (rank === undefined || s.similarity < CURATED_MIN) return;
      if (rank <= others * FAR_RANK_SHARE || ranking[rank - 1]!.score >= FAR_SCORE_SHARE * closestScore) return;
      warnings.push({
        file,
        field: `similarCareers[${i}]`,
        message:
          `editors rate ${s.slug} ${s.similarity}% similar, but the similarity engine ranks it ${rank} of ${others} for this career ` +
          `(score ${ranking[rank - 1]!.score}, closest ${closestScore}); check the entry`,
      });
    });
    const listed = new Set(profile.similarCareers.map((s) => s.slug));
    const closest = ranking.slice(0, TOP);
    if (listed.size > 0 && closest.length === TOP && !closest.some((x) => listed.has(x.slug))) {
      warnings.push({
        file,
        field: 'similarCareers',
        message: `none of the engine's ${TOP} closest careers (${closest.map((x) => x.slug).join(', ')}) is listed; consider adding one`,
      });
    }
  }
  return warnings;
}

/**
 * Similar-career links that go one way only: A lists B but B does not list A. Most such
 * relations are mutual (a nurse's similar career lists the nurse back), so editors are
 * warned; a deliberate one-way link (a far aspiration) may stay.
 */
export function oneWayLinks(entries: readonly CatalogEntry[]): Problem[] {
  const links = new Map(entries.map(({ profile }) => [profile.slug, new Set(profile.similarCareers.flatMap((s) => (s.slug ? [s.slug] : [])))]));
  return entries.flatMap(({ file, profile }) =>
    profile.similarCareers.flatMap((s, i) =>
      s.slug && links.has(s.slug) && !links.get(s.slug)!.has(profile.slug)
        ? [{ file, field: `similarCareers[${i}]`, message: `links ${s.slug}, which does not link back; add ${profile.slug} to its similarCareers if the relation is mutual` }]
        : [],
    ),
  );
}
