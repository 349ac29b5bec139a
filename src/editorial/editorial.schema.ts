/** Request and response schemas of the editorial API. Profiles are validated by the workflow with content:check's rules. */
import Type from 'typebox';
import { DRAFT_STATES } from './editorial.service.ts';

const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80 });
export const SlugParams = Type.Object({ slug: Slug });
export const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const RevisionParams = Type.Object({ slug: Slug, rev: Type.Integer({ minimum: 1 }) });
export const DiffQuery = Type.Object({ against: Type.Integer({ minimum: 1, description: 'The revision to compare with' }) });
export const AuditQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  before: Type.Optional(Type.String({ format: 'date-time', description: 'Entries older than this time (the `at` of the last entry seen)' })),
});
export const ProfileBody = Type.Object(
  { profile: Type.Unknown({ description: 'A whole career profile (career.schema.json)' }) },
  { additionalProperties: false },
);
export const RejectBody = Type.Object({ reason: Type.String({ minLength: 1, maxLength: 2000 }) }, { additionalProperties: false });

export const Draft = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  state: Type.Enum([...DRAFT_STATES]),
  baseRevision: Type.Union([Type.Integer(), Type.Null()], { description: 'The published revision the draft started from; null for a new career' }),
  reason: Type.Union([Type.String(), Type.Null()], { description: 'Why it was rejected' }),
  updatedAt: Type.String(),
});
export const DraftAnswer = Type.Object({ draft: Draft });
export const DraftList = Type.Object({ items: Type.Array(Draft) });
export const PublishAnswer = Type.Object({ revision: Type.Integer({ description: 'The new published revision' }) });
export const DraftWithProfile = Type.Object({ draft: Draft, profile: Type.Unknown() });
export const Published = Type.Object({ profile: Type.Unknown(), revision: Type.Integer(), state: Type.Literal('published') });
export const RevisionList = Type.Object({ items: Type.Array(Type.Object({ revision: Type.Integer(), actor: Type.String(), createdAt: Type.String() })) });
export const Diff = Type.Object({
  patch: Type.Array(Type.Object({ op: Type.String(), path: Type.String(), value: Type.Optional(Type.Unknown()) }), {
    description: 'RFC 6902 JSON Patch from `against` to this revision',
  }),
  summary: Type.String(),
});
export const AuditList = Type.Object({
  items: Type.Array(
    Type.Object({
      at: Type.String(),
      actor: Type.String(),
      action: Type.String(),
      target: Type.String(),
      revision: Type.Union([Type.Integer(), Type.Null()]),
      detail: Type.String(),
    }),
  ),
});
