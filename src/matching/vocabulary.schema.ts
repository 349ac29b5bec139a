/** Responses of GET /api/v1/vocabularies/*: the words the match request understands. */
import Type from 'typebox';
import { INTEREST_ANSWERS } from './interest-questions.ts';

export const DegreeList = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        id: Type.String(),
        degree: Type.String({ description: 'As the catalog writes it, e.g. "B.Tech / BE CSE or IT"' }),
        level: Type.String({ description: 'Usual education level, e.g. Graduate, Class 12' }),
        careers: Type.Integer({ description: 'Careers listing it as a route' }),
      }),
    ),
    total: Type.Integer(),
  },
  { $id: 'DegreeList', description: "Degrees from the catalog's education options, lowest level first" },
);

export const SkillList = Type.Object(
  {
    items: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), careers: Type.Integer() })),
    total: Type.Integer(),
  },
  { $id: 'SkillList', description: 'Every skill named by a career in the catalog' },
);

export const InterestQuestionList = Type.Object(
  {
    items: Type.Array(
      Type.Object({
        id: Type.String({ description: "Key for the match request's interests object" }),
        question: Type.String(),
        answers: Type.Array(Type.Enum(INTEREST_ANSWERS)),
      }),
    ),
    total: Type.Integer(),
  },
  { $id: 'InterestQuestionList', description: 'The interest questions, one per kind of work' },
);
