/**
 * Skill levels and a skill's importance, by their API values: a person's three levels as the
 * form offers them, and in sentences (lower case in English, as the API words them) a
 * career's five levels, ranges included.
 */
import type { RATINGS } from '../../careers/career.schema.ts';
import { defineMessages } from '../../i18n/messages.ts';
import type { PersonLevel } from '../../matching/levels.ts';

type Needed = PersonLevel | 'beginner-intermediate' | 'intermediate-advanced';

export const skillLevelMessages = defineMessages(
  {
    choices: { beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced' } satisfies Record<PersonLevel, string>,
    levels: {
      beginner: 'beginner',
      'beginner-intermediate': 'beginner-intermediate',
      intermediate: 'intermediate',
      'intermediate-advanced': 'intermediate-advanced',
      advanced: 'advanced',
    } satisfies Record<Needed, string>,
    importance: { low: 'low', 'low-medium': 'low-medium', medium: 'medium', 'medium-high': 'medium-high', high: 'high' } satisfies Record<
      (typeof RATINGS)[number],
      string
    >,
  },
  {
    choices: { beginner: 'शुरुआती', intermediate: 'मध्यम', advanced: 'उन्नत' },
    levels: {
      beginner: 'शुरुआती',
      'beginner-intermediate': 'शुरुआती से मध्यम',
      intermediate: 'मध्यम',
      'intermediate-advanced': 'मध्यम से उन्नत',
      advanced: 'उन्नत',
    },
    importance: { low: 'कम', 'low-medium': 'कम से मध्यम', medium: 'मध्यम', 'medium-high': 'मध्यम से ज़्यादा', high: 'ज़्यादा' },
  },
);

/** A level or importance word in the catalogue, or the API's own word when the catalogue lacks it. */
export const wordOf = (words: Record<string, string>, value: string): string => words[value] ?? value;
