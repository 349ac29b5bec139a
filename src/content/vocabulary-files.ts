/**
 * content/vocabularies/: skills.yaml (aliases, implications, filler words), synonyms.yaml
 * (the finder's synonym groups) and categories.yaml (category names in Hindi). A missing file means an empty list, so a content folder
 * without them still loads; a broken one is refused like a broken profile.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CategoryNames, EMPTY_VOCABULARIES, SkillWords, Synonyms, type Vocabularies } from '../careers/vocabulary-file.schema.ts';
import { validator, type Validation } from '../validation/validator.ts';
import type { Problem } from './content-rules.ts';
import { foldText } from '../text/normalize.ts';

const SKILLS_FILE = 'skills.yaml';
const SYNONYMS_FILE = 'synonyms.yaml';
const CATEGORIES_FILE = 'categories.yaml';
const validateSkills = validator<SkillWords>(SkillWords);
const validateSynonyms = validator<Synonyms>(Synonyms);
const validateCategories = validator<CategoryNames>(CategoryNames);

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

/** A Hindi name is written in Devanagari (Latin letters inside, as in "IT", are fine). */
function checkCategoryNames(file: string, categories: CategoryNames): Problem[] {
  return Object.entries(categories.names)
    .filter(([, names]) => !/[\u0900-\u097F]/.test(names.hi))
    .map(([name]) => ({ file, field: `names.${name}.hi`, message: 'is not written in Devanagari' }));
}

export async function readVocabularies(dir: string): Promise<VocabulariesReport> {
  const problems: Problem[] = [];
  const skills = await readOne(join(dir, SKILLS_FILE), validateSkills, EMPTY_VOCABULARIES.skills, problems);
  const synonyms = await readOne(join(dir, SYNONYMS_FILE), validateSynonyms, EMPTY_VOCABULARIES.synonyms, problems);
  const categories = await readOne(join(dir, CATEGORIES_FILE), validateCategories, EMPTY_VOCABULARIES.categories, problems);
  problems.push(...checkSynonyms(join(dir, SYNONYMS_FILE), synonyms.value), ...checkCategoryNames(join(dir, CATEGORIES_FILE), categories.value));
  return {
    text: [skills.text, synonyms.text, categories.text].join('\n\0\n'),
    vocabularies: { skills: skills.value, synonyms: synonyms.value, categories: categories.value },
    problems,
  };
}

/** The file a skills problem belongs to, for rules checked against the catalog. */
export const skillsFile = (dir: string) => join(dir, SKILLS_FILE);
/** The file a category-name warning belongs to. */
export const categoriesFile = (dir: string) => join(dir, CATEGORIES_FILE);
