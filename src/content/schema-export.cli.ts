/** Writes content/career.schema.json, content/exam.schema.json and content/vocabularies/*.schema.json from the typebox schemas, for editors' autocompletion. */
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CareerProfile } from '../careers/career.schema.ts';
import { ExamFile } from '../careers/exam.schema.ts';
import { CategoryNames, SkillWords, Synonyms } from '../careers/vocabulary-file.schema.ts';

const targets = [
  ['career.schema.json', 'careerpath career profile', CareerProfile],
  ['exam.schema.json', 'careerpath exams and their eligibility', ExamFile],
  ['vocabularies/skills.schema.json', 'careerpath skill words: aliases, implications, filler words', SkillWords],
  ['vocabularies/synonyms.schema.json', "careerpath finder synonyms: words that mean the same to a person searching", Synonyms],
  ['vocabularies/categories.schema.json', 'careerpath category names in each interface language', CategoryNames],
] as const;
for (const [name, title, schema] of targets) {
  const target = fileURLToPath(new URL(`../../content/${name}`, import.meta.url));
  await writeFile(target, `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', title, ...schema }, null, 2)}\n`);
  console.log(`wrote ${target}`);
}
