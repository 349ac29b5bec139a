/** Writes content/career.schema.json from the typebox schema, for editors' autocompletion. */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CareerProfile } from '../careers/career.schema.ts';

const target = fileURLToPath(new URL('../../content/career.schema.json', import.meta.url));
const schema = { $schema: 'http://json-schema.org/draft-07/schema#', title: 'careerpath career profile', ...CareerProfile };
await writeFile(target, `${JSON.stringify(schema, null, 2)}\n`);
console.log(`wrote ${target}`);
