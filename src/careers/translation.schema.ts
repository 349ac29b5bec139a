/**
 * Translated profiles. A career's English profile is the source of truth; a translation
 * carries only the words a reader sees for the parts that have been translated, keyed by the
 * ids of the English profile (pathway and stage ids, FAQ order), never facts of its own:
 * figures, durations, exams and eligibility always come from the English profile, so a
 * translation cannot disagree with it. What is not translated is shown in English, and the
 * page says so in the reader's language.
 */
import Type, { type Static } from 'typebox';

const Text = (description: string, maxLength = 2000) => Type.String({ minLength: 1, maxLength, description });
const Id = (description: string) => Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description });

/** Languages the interface is served in besides English. */
export const TRANSLATION_LANGUAGES = ['hi'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export const TranslatedStage = Type.Object(
  {
    id: Id('Id of the stage in the English pathway'),
    name: Text('Stage name in the language', 160),
    note: Type.Optional(Text('The stage note in the language', 600)),
  },
  { additionalProperties: false },
);

export const TranslatedPathway = Type.Object(
  {
    id: Id('Id of the pathway in the English profile'),
    title: Text('Route title in the language', 200),
    note: Type.Optional(Text("The route's note in the language", 2000)),
    stages: Type.Optional(Type.Array(TranslatedStage, { maxItems: 20, description: 'Stages whose words are translated (any subset, by id)' })),
  },
  { additionalProperties: false },
);

export const CareerTranslation = Type.Object(
  {
    title: Text('Career title in the language', 120),
    summary: Text('One-line summary', 400),
    description: Type.Optional(Text('Longer description', 4000)),
    bestFitFor: Type.Optional(Text('Who the career fits', 3000)),
    notBestFor: Type.Optional(Text('Who should think twice', 3000)),
    pathways: Type.Optional(Type.Array(TranslatedPathway, { maxItems: 16 })),
    faqs: Type.Optional(
      Type.Array(Type.Object({ question: Text('Question', 300), answer: Text('Answer', 3000) }, { additionalProperties: false }), {
        maxItems: 30,
        description: 'Questions and answers written for readers of the language (they need not mirror the English FAQs one to one)',
      }),
    ),
    translatedAt: Type.String({ format: 'date', description: 'When the translation was written or last checked against the English profile' }),
    status: Type.Enum(['draft', 'reviewed'] as const, { description: 'draft: written, not yet checked by a fluent reviewer; reviewed: checked' }),
  },
  { additionalProperties: false, description: 'The parts of a profile translated into one language' },
);

export const Translations = Type.Object(
  { hi: Type.Optional(CareerTranslation) },
  { additionalProperties: false, description: 'Translated parts of the profile, by language code' },
);

export type CareerTranslation = Static<typeof CareerTranslation>;
