/**
 * content/exams.yaml: the exams career pathways refer to, with their eligibility rules.
 * A missing file means no exams (every exam stage then fails content:check by name).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { ExamFile, type Exam } from '../careers/exam.schema.ts';
import { validator } from '../validation/validator.ts';
import type { Problem } from './content-rules.ts';

const validate = validator<ExamFile>(ExamFile);
type ExamFile = { exams: Exam[] };

export interface ExamsReport {
  /** The file's text ('' when absent), part of the content fingerprint. */
  text: string;
  /** The file read, or null when there is none. */
  file: string | null;
  exams: Exam[];
  problems: Problem[];
}

export async function readExamsFile(file: string): Promise<ExamsReport> {
  if (!existsSync(file)) return { text: '', file: null, exams: [], problems: [] };
  const text = await readFile(file, 'utf8');
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    return { text, file, exams: [], problems: [{ file, field: '(file)', message: `YAML syntax: ${(error as Error).message.split('\n')[0]}` }] };
  }
  const { value, errors } = validate(data);
  if (!value) return { text, file, exams: [], problems: errors.map((e) => ({ file, ...e })) };
  const problems: Problem[] = [];
  const seen = new Set<string>();
  value.exams.forEach((exam, i) => {
    if (seen.has(exam.id)) problems.push({ file, field: `exams[${i}].id`, message: `"${exam.id}" appears twice` });
    seen.add(exam.id);
    const age = exam.eligibility.age;
    if (age?.min !== undefined && age.max !== undefined && age.min > age.max) {
      problems.push({ file, field: `exams[${i}].eligibility.age`, message: `min ${age.min} is above max ${age.max}` });
    }
  });
  return { text, file, exams: value.exams, problems };
}
