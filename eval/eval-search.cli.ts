/** `npm run eval:search`: prints the language figures of eval/language-eval.ts for the catalog in content/. */
import { loadPaths } from '../src/config.ts';
import { checkContentDir } from '../src/content/content-check.ts';
import { degreeFigures, finderFigures, skillFigures } from './language-eval.ts';

const content = await checkContentDir(loadPaths().contentDir, { onet: null, isco: null });
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
console.log('Finder precision@3 (eval/finder-queries.yaml)');
for (const [lang, f] of Object.entries(finderFigures(content)))
  console.log(`  ${lang.padEnd(9)} ${String(f.queries).padStart(4)} queries  ${pct(f.precisionAt3)}`);
console.log('Education phrasings read as the right stage');
for (const [set, f] of Object.entries(degreeFigures())) console.log(`  ${set.padEnd(16)} ${String(f.phrasings).padStart(4)}  ${pct(f.accuracy)}`);
console.log('CV skill words resolved to the right skill, or honestly to none');
for (const [set, s] of Object.entries(skillFigures(content)))
  console.log(`  ${set.padEnd(16)} ${String(s.words).padStart(4)}  ${pct(s.accuracy)}, ${s.falseMatches} matched to a wrong skill`);
