/** Response and query schemas of GET /api/v1/careers/:slug/transitions. */
import Type from 'typebox';
import { RATINGS, SKILL_LEVELS } from '../careers/career.schema.ts';
import { STAGE_KINDS } from '../careers/pathway.schema.ts';

export const TransitionQuery = Type.Object({
  limit: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 30, default: 10, description: 'Most direct moves and most two-step paths to return, 1 to 30 each' }),
  ),
});

const CareerRef = Type.Object({ slug: Type.String(), title: Type.String() });

const Step = Type.Object({
  from: CareerRef,
  to: CareerRef,
  overlap: Type.Integer({ minimum: 0, maximum: 100, description: "Share of the target's skill and tool requirement already met, %" }),
  months: Type.Integer({ minimum: 0, description: 'Estimated months for this step: focused learning plus the shortest duration of every required stage' }),
  requires: Type.Array(
    Type.Object({
      kind: Type.Enum([...STAGE_KINDS]),
      name: Type.String(),
      months: Type.Number({ description: 'Shortest typical duration, months' }),
    }),
    { description: "Degrees, exams, licences and trainings the move needs besides skills (from the target career's pathway)" },
  ),
  skillsToAdd: Type.Array(
    Type.Object({
      name: Type.String(),
      importance: Type.Enum(RATINGS),
      levelNeeded: Type.Enum(SKILL_LEVELS),
      currentLevel: Type.Union([Type.Enum(SKILL_LEVELS), Type.Null()], { description: 'Level already held of this or a like-named skill' }),
      steps: Type.Number({ description: 'Level steps still missing (beginner 1 … advanced 5)' }),
    }),
    { description: 'Most important first' },
  ),
  toolsToAdd: Type.Array(Type.String()),
});

const Transition = Type.Object({
  to: CareerRef,
  kind: Type.Enum(['direct', 'two-step'] as const),
  via: Type.Union([CareerRef, Type.Null()], { description: 'The intermediate career of a two-step path' }),
  overlap: Type.Integer({ minimum: 0, maximum: 100, description: "Share of the target's requirement this career already meets, %" }),
  months: Type.Integer({ minimum: 0, description: 'Estimated effort over all steps, months' }),
  evidence: Type.Array(Type.Enum(['curated', 'computed', 'progression'] as const), { description: 'Why the first move is considered' }),
  steps: Type.Array(Step),
});

export const CareerTransitions = Type.Object({
  from: CareerRef,
  direct: Type.Array(Transition, { description: 'Related careers reachable within 12 months, highest overlap first' }),
  twoStep: Type.Array(Transition, { description: 'Paths through a direct move to careers that are far from this one' }),
  method: Type.String({ description: 'How overlap and months are computed' }),
});
