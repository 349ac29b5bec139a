/** Request and response schemas of accounts and personal plans: one schema validates, types and documents. */
import Type, { type Static } from 'typebox';

const Email = Type.String({ format: 'email', maxLength: 254, description: 'Email address; compared in lower case' });
export const STEP_STATUSES = ['todo', 'doing', 'done', 'skipped'] as const;
const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 });
const StepId = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description: "The content's stable step id" });
const StepStatus = Type.Enum([...STEP_STATUSES], { description: 'todo, doing, done or skipped' });

export const SignupBody = Type.Object(
  {
    email: Email,
    password: Type.String({ minLength: 1, maxLength: 200, description: 'At least 10 characters, not a common password' }),
    birthYear: Type.Integer({ minimum: 1900, maximum: 2100, description: 'Year of birth: anyone who may be under 18 this year needs a guardian' }),
    guardianEmail: Type.Optional(Email),
  },
  { additionalProperties: false },
);

export const LoginBody = Type.Object({ email: Email, password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
export const PasswordBody = Type.Object({ password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });

export const User = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    role: Type.String({ description: 'reader, author, reviewer or admin' }),
    status: Type.Enum(['active', 'pending'], { description: 'pending: waiting for a guardian to consent' }),
    minor: Type.Boolean({ description: 'May be under 18: no tracking of any kind' }),
    createdAt: Type.String(),
  },
  { $id: 'User' },
);

export const SignedInAnswer = Type.Object({
  user: Type.Ref('User'),
  csrfToken: Type.String({ description: 'Send back in the x-csrf-token header on every unsafe request' }),
});
export const PendingAnswer = Type.Object({ user: Type.Ref('User'), message: Type.String() });

export const SavedList = Type.Object({
  items: Type.Array(Type.Object({ slug: Type.String(), title: Type.Union([Type.String(), Type.Null()]), savedAt: Type.String() })),
});

const PlanStep = Type.Object({ id: Type.String(), title: Type.String(), status: StepStatus, hours: Type.Union([Type.Integer(), Type.Null()]) });
export const Plan = Type.Object({
  slug: Type.String(),
  title: Type.String(),
  steps: Type.Array(PlanStep, { description: "The career's roadmap steps in the content's order, with the person's status" }),
  retired: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), status: StepStatus }), {
    description: 'Steps the person marked that the content no longer has: kept, never lost',
  }),
  done: Type.Integer(),
  total: Type.Integer(),
});

export const SlugParams = Type.Object({ slug: Slug });
export const StepParams = Type.Object({ slug: Slug, stepId: StepId });
export const StepBody = Type.Object({ status: StepStatus }, { additionalProperties: false });
export const TokenParams = Type.Object({ token: Type.String({ pattern: '^[A-Za-z0-9_-]{20,100}$' }) });

export const ImportBody = Type.Object(
  {
    saved: Type.Array(Slug, { maxItems: 500 }),
    progress: Type.Array(Type.Object({ slug: Slug, stepId: StepId, status: StepStatus }, { additionalProperties: false }), { maxItems: 5000 }),
  },
  { additionalProperties: false },
);
export const ImportAnswer = Type.Object({
  saved: Type.Integer(),
  progress: Type.Integer(),
  ignored: Type.Integer({ description: 'Unknown careers or steps' }),
});

export type SignupBody = Static<typeof SignupBody>;
export type ImportBody = Static<typeof ImportBody>;
export type StepStatus = (typeof STEP_STATUSES)[number];
export type Plan = Static<typeof Plan>;
export type UserView = Static<typeof User>;
