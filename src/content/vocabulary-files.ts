/**
 * content/vocabularies/: skills.yaml (aliases, implications, filler words) and synonyms.yaml
 * (the finder's synonym groups). A missing file means an empty list, so a content folder
 * without them still loads; a broken one is refused like a broken profile.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EMPTY_VOCABULARIES, SkillWords, Synonyms, type Vocabularies } from '../careers/vocabulary-file.schema.ts';
import { validator, type Validation } from '../validation/validator.ts';
import type { Problem } from './content-rules.ts';
import { foldText } from '../text/normalize.ts';

const SKILLS_FILE = 'skills.yaml';
const SYNONYMS_FILE = 'synonyms.yaml';
const validateSkills = validator<SkillWords>(SkillWords);
const validateSynonyms = validator<Synonyms>(Synonyms);

export interface VocabulariesReport {
  /** Every file's text, part of the content fingerprint. */
  text: string;
  vocabularies: Vocabularies;
  problems: Problem[];
}

async function readOne<T>(file: string, validate: (data: unknown) => Validation<T>, empty: T, problems: Problem[]): Promise<{ text: string; value: T }> {
  if (!existsSync(file)) return { text: '', value: empty };
  const text = await readFile(file, 'utf8');
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    problems.push({ file, field: '(file)', message: `YAML syntax: ${(error as Error).message.split('\n')[0]}` });
    return { text, value: empty };
  }
  const { value, errors } = validate(data);
  problems.push(...errors.map((e) => ({ file, ...e })));
  return { text, value: value ?? empty };
}

/** A synonym word may belong to one group only: otherwise "po" would silently join two meanings. */
function checkSynonyms(file: string, synonyms: Synonyms): Problem[] {
  const owner = new Map<string, number>();
  const problems: Problem[] = [];
  synonyms.groups.forEach((group, g) => {
    group.words.forEach((word, w) => {
      const key = foldText(word).trim();
      const first = owner.get(key);
      if (first !== undefined) problems.push({ file, field: `groups[${g}].words[${w}]`, message: `"${word}" is already in group ${first}` });
      else owner.set(key, g);
    });
  });
  return problems;
}

export async function readVocabularies(dir: string): Promise<VocabulariesReport> {
  const problems: Problem[] = [];
  const skills = await readOne(join(dir, SKILLS_FILE), validateSkills, EMPTY_VOCABULARIES.skills, problems);
  const synonyms = await readOne(join(dir, SYNONYMS_FILE), validateSynonyms, EMPTY_VOCABULARIES.synonyms, problems);
  problems.push(...checkSynonyms(join(dir, SYNONYMS_FILE), synonyms.value));
  return { text: skills.text + '\n\0\n' + synonyms.text, vocabularies: { skills: skills.value, synonyms: synonyms.value }, problems };
}

/** The file a skills problem belongs to, for rules checked against the catalog. */
export const skillsFile = (dir: string) => join(dir, SKILLS_FILE);
