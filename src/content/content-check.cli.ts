/**
 * `npm run content:check [dir]`: prints each problem as `file: field: message`; exit 1 on any.
 * Warnings (`file: field: warning: message`: curated vs computed similarity, one-way similar-career links, skill words naming no
 * catalog skill, Plan B careers outside the folder, categories without a Hindi name) are for editors and never fail it.
 */
import { relative } from 'node:path';
import { oneWayLinks, similarityWarnings } from './content-check-similarity.ts';
import { checkContentDir } from './content-check.ts';
import { loadPaths } from '../config.ts';
import { createSkillVocabulary } from '../matching/skill-vocabulary.ts';
import { categoriesFile, skillsFile } from './vocabulary-files.ts';
import { danglingPlanB } from './plan-b-rules.ts';

const dir = process.argv[2] ?? loadPaths().contentDir;
const paths = loadPaths();
const { profiles, exams, vocabularies, problems } = await checkContentDir(dir, undefined, paths);
for (const p of problems) console.error(`${relative(process.cwd(), p.file)}: ${p.field}: ${p.message}`);
const entries = profiles.map((profile) => ({ file: `${dir}/${profile.slug}.yaml`, profile }));
const dangling = createSkillVocabulary(profiles, vocabularies.skills).danglingAliases.map((name) => ({
  file: skillsFile(paths.vocabularyDir),
  field: 'aliases',
  message: `"${name}" is not the name of a skill any career lists; the alias or implication is ignored`,
}));
const planB = danglingPlanB(paths.examsFile, exams, new Set(profiles.map((p) => p.slug)));
const unnamed = [...new Set(profiles.map((p) => p.category))]
  .filter((category) => !vocabularies.categories.names[category])
  .map((category) => ({ file: categoriesFile(paths.vocabularyDir), field: 'names', message: `"${category}" has no Hindi name; Hindi pages show it in English` }));
const warnings = [...similarityWarnings(entries), ...oneWayLinks(entries), ...dangling, ...planB, ...unnamed];
for (const w of warnings) console.warn(`${relative(process.cwd(), w.file)}: ${w.field}: warning: ${w.message}`);
const warned = warnings.length > 0 ? `; ${warnings.length} warning(s) for editors (similarity, one-way links, skill words, Plan B careers, category names)` : '';
const categories = new Set(profiles.map((p) => p.category));
if (problems.length > 0) {
  console.error(`content:check: ${problems.length} problem(s) in ${dir}${warned}`);
  process.exit(1);
}
console.log(`content:check: ${profiles.length} careers in ${categories.size} categories, no problems${warned}`);
