/**
 * `npm run --silent import -- --json <page.txt>`: prints the profile JSON on stdout.
 * `npm run import -- <page.txt>`: writes content/careers/<slug>.yaml.
 * Every line it could not place, and every schema problem, goes to stderr and makes exit 1.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { loadPaths } from '../config.ts';
import { writeProfileFile } from '../content/content-files.ts';
import { importPage } from './import-page.ts';

const USAGE = 'usage: npm run --silent import -- [--json] <page.txt>';

async function main(argv: string[]): Promise<number> {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0]!;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    console.error(`import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    return 2;
  }
  const result = await importPage(text, basename(file), loadPaths().contentDir);
  if (!result) {
    console.error(`import: ${file} is not a career page: no "<Title> Career Path in India" line`);
    return 1;
  }
  for (const line of result.unplaced) console.error(`${file}:${line.n}: not placed: ${line.text}`);
  for (const p of result.problems) console.error(`${file}: ${p.field}: ${p.message}`);
  for (const note of result.notes) console.error(`note: ${note}`);
  if (json) process.stdout.write(`${JSON.stringify(result.profile, null, 2)}\n`);
  else if (result.valid) console.error(`wrote ${await writeProfileFile(loadPaths().contentDir, result.valid)}`);
  return result.unplaced.length > 0 || result.problems.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
