/**
 * `npm run content:export -- DIR`: the published catalog as YAML files.
 * `npm run content:import -- DIR --email E`: a draft per changed file, by the editor E (an
 * author, reviewer or admin account). Exit 1 when any file has problems.
 */
import { parseArgs } from 'node:util';
import { findUserByEmail } from '../accounts/account.repository.ts';
import { authorize } from '../accounts/roles.ts';
import { loadExams, loadProfiles, loadVocabularies } from '../careers/career.repository.ts';
import { createCatalog } from '../catalog/career-catalog.ts';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { exportCatalog, importAsDrafts } from './content-exchange.ts';

const [command, ...rest] = process.argv.slice(2);
const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { email: { type: 'string' } } });
const dir = positionals[0];
const fail = (message: string): never => {
  process.stderr.write(`content:${command ?? 'export'}: ${message}\n`);
  process.exit(2);
};
if (!dir) fail('name the folder, e.g. npm run content:export -- /tmp/careers');

const db = openDatabase(loadConfig().databaseUrl);
try {
  await migrateToLatest(db);
  if (command === 'export') {
    const profiles = await exportCatalog(db, dir!);
    process.stdout.write(`wrote ${profiles.length} careers to ${dir}\n`);
  } else if (command === 'import') {
    const user = values.email ? await findUserByEmail(db, values.email.trim().toLowerCase()) : undefined;
    if (!user || !authorize(user, 'create', { kind: 'draft' })) fail('--email must name an author, reviewer or admin account (npm run user:add)');
    const catalog = createCatalog(await loadProfiles(db), await loadExams(db), await loadVocabularies(db));
    const report = await importAsDrafts(db, user!, dir!, catalog);
    for (const p of report.problems) process.stderr.write(`${p.file}: ${p.message}\n`);
    process.stdout.write(`${report.drafts.length} draft(s) created, ${report.unchanged.length} unchanged, ${report.problems.length} file(s) with problems\n`);
    if (report.problems.length) process.exitCode = 1;
  } else fail('use export or import');
} finally {
  await db.destroy();
}
