/**
 * `npm run eval:similarity [-- --tune]`: for every O*NET occupation with ratings, the top
 * 20 similar occupations by the baseline and by the engine, scored against O*NET's
 * Related Occupations (P@10, R@20, nDCG@20; overall, per tier, tune and held-out halves),
 * plus timings. `--tune` also re-runs the weight search on the tune half and reports the
 * tuned weights on the held-out half. Exits 0 with a message when the data is absent.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { BASELINE_BLOCKS, baselineProfiles, evaluateRankings, halfOf, rankAll, tuneWeights, type EvalReport, type Metrics } from './eval-similarity.ts';
import { hasWorkData, OCCUPATION_BLOCKS, occupationProfiles } from './onet-features.ts';
import { loadPaths } from '../config.ts';
import { readOnetRelease } from '../onet/onet-reader.ts';
import { readRelatedOccupations, TIERS } from './related-occupations.ts';
import { SimilarityIndex, type BlockSpec } from './similarity.ts';

const dir = loadPaths().onetDir;
if (!existsSync(join(dir, 'Related Occupations.tsv')) && !existsSync(join(dir, 'Related Occupations.txt'))) {
  console.log(`eval:similarity: no O*NET release with Related Occupations in ${dir}; nothing to evaluate (set ONET_DIR).`);
  process.exit(0);
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);
let t = performance.now();
const release = await readOnetRelease(dir);
const truth = await readRelatedOccupations(dir);
console.log(`read ${release.occupations.length} occupations from ${dir} in ${seconds(performance.now() - t)} s`);

const rated = [...new Set(release.ratings.map((r) => r.code))].sort();
const halves = { tune: rated.filter((c) => halfOf(c) === 'tune'), 'held-out': rated.filter((c) => halfOf(c) === 'held-out') };

const baseline = new SimilarityIndex(baselineProfiles(release), BASELINE_BLOCKS);
const baselineRanks = rankAll(baseline, 20);

const profiles = occupationProfiles(release).filter(hasWorkData);
t = performance.now();
let engine = new SimilarityIndex(profiles, OCCUPATION_BLOCKS);
const buildMs = performance.now() - t;
t = performance.now();
const engineTop = engine.allTopK(20);
const allPairsMs = performance.now() - t;
const engineRanks = new Map([...engineTop].map(([id, list]) => [id, list.map((x) => x.id)]));

const lookups: number[] = [];
for (const code of rated) {
  const start = performance.now();
  engine.topK(code, 20);
  lookups.push(performance.now() - start);
}
// The first lookup pays for JIT compilation; report it apart from the steady state.
const cold = lookups.shift()!;
lookups.sort((a, b) => a - b);
const pct = (p: number) => lookups[Math.min(lookups.length - 1, Math.floor(p * lookups.length))]!.toFixed(2);

const fmt = (m: Metrics) => `${m.p10.toFixed(3)}  ${m.r20.toFixed(3)}  ${m.ndcg20.toFixed(3)}`;
function table(title: string, columns: Array<[string, (codes: readonly string[]) => EvalReport]>): void {
  console.log(`\n${title}`);
  console.log(`${''.padEnd(26)}${columns.map(([name]) => name.padEnd(24)).join('')}`);
  console.log(`${''.padEnd(26)}${columns.map(() => 'P@10   R@20   nDCG@20'.padEnd(24)).join('')}`);
  const groups: Array<[string, readonly string[]]> = [
    [`all rated (${rated.length})`, rated],
    [`tune half (${halves.tune.length})`, halves.tune],
    [`held-out half (${halves['held-out'].length})`, halves['held-out']],
  ];
  for (const [label, codes] of groups) {
    const reports = columns.map(([, run]) => run(codes));
    console.log(`${label.padEnd(26)}${reports.map((r) => fmt(r.overall).padEnd(24)).join('')}`);
    for (const tier of TIERS) console.log(`  ${tier.padEnd(24)}${reports.map((r) => fmt(r.tiers[tier]).padEnd(24)).join('')}`);
  }
}

const pairs = [...truth.values()].reduce((sum, list) => sum + list.length, 0);
console.log(`\nGround truth: O*NET Related Occupations, ${pairs} pairs for ${truth.size} occupations; measured on the ${rated.length} with skill ratings.`);
console.log('Overall: relevant = all related occupations, nDCG gains 3/2/1 by tier. Per tier: P@10 = share of the top 10 in the tier');
console.log('(with every tier present, as here, the tiers add up to the overall P@10), R@20 = share of the tier found in the top 20,');
console.log('nDCG@20 with only that tier relevant.');
table('Top 20 similar occupations vs Related Occupations', [
  ['baseline', (codes) => evaluateRankings(baselineRanks, truth, codes)],
  ['engine', (codes) => evaluateRankings(engineRanks, truth, codes)],
]);
console.log(`\nSpeed (${profiles.length} occupations, ${OCCUPATION_BLOCKS.length} blocks, one thread):`);
console.log(`  index build (precompute): ${seconds(buildMs)} s`);
console.log(`  all-pairs + top-20 for every occupation: ${seconds(allPairsMs)} s`);
console.log(
  `  single top-20 lookup (${lookups.length}): median ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms, max ${lookups.at(-1)!.toFixed(2)} ms; first (cold) ${cold.toFixed(2)} ms`,
);

if (process.argv.includes('--tune')) {
  console.log('\nWeight search (coordinate ascent on P@10 + R@20) on the tune half only:');
  const tuned: BlockSpec[] = tuneWeights(profiles, OCCUPATION_BLOCKS, truth, {
    codes: halves.tune,
    floors: { skills: 0.2, technology: 0.25, jobZone: 0.1 }, // kept for explanations, see docs/similarity.md
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`  tuned weights: ${tuned.map((s) => `${s.name} ${s.weight}`).join(', ')}`);
  engine = new SimilarityIndex(profiles, tuned);
  const tunedRanks = rankAll(engine, 20);
  table('Tuned weights (held-out half is the honest figure)', [
    ['current weights', (codes) => evaluateRankings(engineRanks, truth, codes)],
    ['tuned weights', (codes) => evaluateRankings(tunedRanks, truth, codes)],
  ]);
}
