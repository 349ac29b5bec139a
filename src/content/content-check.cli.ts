/** `npm run content:check [dir]`: prints each problem as `file: field: message`; exit 1 on any. */
import { relative } from 'node:path';
import { checkContentDir } from './content-check.ts';
import { CONTENT_DIR } from './content-dir.ts';

const dir = process.argv[2] ?? CONTENT_DIR;
const { profiles, problems } = await checkContentDir(dir);
for (const p of problems) console.error(`${relative(process.cwd(), p.file)}: ${p.field}: ${p.message}`);
const categories = new Set(profiles.map((p) => p.category));
if (problems.length > 0) {
  console.error(`content:check: ${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`content:check: ${profiles.length} careers in ${categories.size} categories, no problems`);
