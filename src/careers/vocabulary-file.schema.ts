/**
 * The word lists the finder and the matcher read, as content (content/vocabularies/*.yaml),
 * reviewed like profiles: what people type for a catalog skill, which skill implies another,
 * the synonym groups the finder treats as one word ("sarkari" = "government"), and the names
 * of the fields careers are grouped in, in each interface language.
 */
import Type, { type Static } from 'typebox';

const Phrase = Type.String({ minLength: 1, maxLength: 80 });

export const SkillWords = Type.Object(
  {
    aliases: Type.Record(Phrase, Phrase, {
      description: 'Typed text (any case or punctuation) → the exact name of a skill some career lists, e.g. "js: JavaScript"',
    }),
    implies: Type.Record(
      Phrase,
      Type.Array(
        Type.Object(
          {
            skill: Phrase,
            drop: Type.Integer({ minimum: 0, maximum: 3, description: 'Levels lost: 0 = the same level, 1 = one level lower' }),
          },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 10 },
      ),
      { description: 'Having the first skill at level L counts as each listed skill at L − drop (a programmer can program a server, a bit)' },
    ),
    fillerWords: Type.Array(Type.String({ pattern: '^[a-z]+$', maxLength: 30 }), {
      maxItems: 200,
      description: 'Words that say how well, not what: "advanced excel" is excel',
    }),
  },
  { $id: 'SkillWords', additionalProperties: false },
);

export const Synonyms = Type.Object(
  {
    groups: Type.Array(
      Type.Object(
        {
          words: Type.Array(Phrase, { minItems: 2, maxItems: 20, description: 'Words and phrases that mean the same to a person searching' }),
          note: Type.Optional(Type.String({ maxLength: 300, description: 'Why they are one, for reviewers' })),
        },
        { additionalProperties: false },
      ),
      { maxItems: 2000 },
    ),
  },
  { $id: 'Synonyms', additionalProperties: false },
);

export const CategoryNames = Type.Object(
  {
    names: Type.Record(
      Type.String({ minLength: 1, maxLength: 80, description: 'A category exactly as careers name it in their `category` field' }),
      Type.Object(
        { hi: Type.String({ minLength: 1, maxLength: 120, description: 'The name in Hindi (Devanagari), as the Hindi pages show it' }) },
        { additionalProperties: false },
      ),
      { description: 'Category → its name in each interface language; a category missing here is shown in English (marked as English) on other pages' },
    ),
  },
  { $id: 'CategoryNames', additionalProperties: false },
);

export type SkillWords = Static<typeof SkillWords>;
export type CategoryNames = Static<typeof CategoryNames>;
export type Synonyms = Static<typeof Synonyms>;

export interface Vocabularies {
  skills: SkillWords;
  synonyms: Synonyms;
  categories: CategoryNames;
}

export const EMPTY_VOCABULARIES: Vocabularies = { skills: { aliases: {}, implies: {}, fillerWords: [] }, synonyms: { groups: [] }, categories: { names: {} } };
