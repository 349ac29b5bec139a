/**
 * The editorial workflow: draft → submitted → approved (or rejected) → published. Drafts are
 * validated by the same schema and rules as content:check; edits need the draft's current
 * ETag (412 when stale, 428 when missing); publishing needs the revision the draft started
 * from to still be the current one (409 with what changed). A publish is one transaction:
 * the new revision, the career's rows, the catalog version and the audit entry, all or none.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { replaceCareer } from '../careers/career.repository.ts';
import type { CareerCatalog } from '../catalog/career-catalog.ts';
import { checkPathways } from '../content/pathway-rules.ts';
import { validateProfile } from '../content/profile-validator.ts';
import type { Db } from '../db/database.ts';
import { AppError, invalid, notFound } from '../errors.ts';
import {
  appendAudit,
  bumpCatalogVersion,
  findDraft,
  insertDraft,
  insertRevision,
  latestRevision,
  revisionOf,
  updateDraft,
  type DraftRow,
} from './editorial.repository.ts';
import { jsonPatch, patchSummary } from './json-patch.ts';

export interface Actor {
  id: string;
  role: string;
}

export const DRAFT_STATES = ['draft', 'submitted', 'approved', 'rejected', 'published'] as const;
export const draftEtag = (d: Pick<DraftRow, 'id' | 'version'>) => `"draft-${d.id}-${d.version}"`;
const actorName = (a: Actor) => `user:${a.id}`;

/** A content field path ("roadmap[2].id", "(root)") as a JSON pointer into the request body ("/profile/roadmap/2/id"). */
const pointerOf = (field: string) =>
  field === '(root)'
    ? '/profile'
    : `/profile/${field
        .replace(/\[(\d+)\]/g, '.$1')
        .replace(/^\./, '')
        .split('.')
        .join('/')}`;

/** A profile as the public would get it: schema, then the pathway rules against the exams in service. */
export function validateDraftProfile(data: unknown, slug: string, catalog: CareerCatalog): CareerProfile {
  const { profile, problems } = validateProfile(data);
  if (!profile)
    throw invalid(
      `the profile has ${problems.length} problem(s)`,
      problems.map((p) => ({ field: pointerOf(p.field), message: p.message })),
    );
  if (profile.slug !== slug) throw invalid('slug mismatch', [{ field: '/profile/slug', message: `must be "${slug}", the career this draft is for` }]);
  const exams = new Map(catalog.exams.map((e) => [e.id, e]));
  const rules = checkPathways({ file: `${slug}.yaml`, profile }, exams);
  if (rules.length)
    throw invalid(
      `the profile breaks ${rules.length} content rule(s)`,
      rules.map((p) => ({ field: pointerOf(p.field), message: p.message })),
    );
  return profile;
}

export async function createDraft(db: Db, actor: Actor, slug: string, profile: CareerProfile): Promise<DraftRow> {
  const base = await latestRevision(db, slug);
  const draft = await insertDraft(db, {
    slug,
    base_revision: base?.revision ?? null,
    profile: JSON.stringify(profile),
    state: 'draft',
    author: actorName(actor),
    reviewer: null,
    reason: null,
  });
  await appendAudit(db, {
    actor: actorName(actor),
    action: 'draft.create',
    target: `${slug}#${draft.id}`,
    revision: base?.revision ?? null,
    detail: base ? `from revision ${base.revision}` : 'new career',
  });
  return draft;
}

async function draftOrThrow(db: Db, id: string): Promise<DraftRow> {
  const draft = await findDraft(db, id);
  if (!draft) throw notFound(`no draft "${id}"`);
  return draft;
}

/** Changes a draft only if it is still what the caller last saw. */
async function change(db: Db, draft: DraftRow, changes: Parameters<typeof updateDraft>[3]): Promise<DraftRow> {
  if (!(await updateDraft(db, draft.id, draft.version, changes)))
    throw new AppError('PRECONDITION_FAILED', 'the draft changed since you loaded it; reload it and apply your edit again');
  return (await findDraft(db, draft.id))!;
}

export async function editDraft(db: Db, actor: Actor, id: string, ifMatch: string | undefined, profile: CareerProfile): Promise<DraftRow> {
  if (!ifMatch) throw new AppError('PRECONDITION_REQUIRED', 'send the ETag of the draft you edited in If-Match, so two editors never overwrite each other');
  const draft = await draftOrThrow(db, id);
  if (ifMatch !== draftEtag(draft)) throw new AppError('PRECONDITION_FAILED', 'the draft changed since you loaded it; reload it and apply your edit again');
  if (draft.state === 'published') throw new AppError('CONFLICT', 'this draft is published; start a new draft from the career');
  const edited = await change(db, draft, { profile: JSON.stringify(profile), state: 'draft', reviewer: null, reason: null });
  await appendAudit(db, { actor: actorName(actor), action: 'draft.edit', target: `${draft.slug}#${id}`, revision: draft.base_revision, detail: '' });
  return edited;
}

const MOVES = {
  submit: { from: ['draft', 'rejected'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted', 'approved'], to: 'rejected' },
} as const;

export async function moveDraft(db: Db, actor: Actor, id: string, move: keyof typeof MOVES, reason?: string): Promise<DraftRow> {
  const draft = await draftOrThrow(db, id);
  const { from, to } = MOVES[move];
  if (!(from as readonly string[]).includes(draft.state))
    throw new AppError('CONFLICT', `a ${draft.state} draft cannot be ${move === 'submit' ? 'submitted' : `${move}d`}`);
  if (move === 'approve' && draft.author === actorName(actor)) throw new AppError('FORBIDDEN', 'a reviewer never approves their own draft');
  const moved = await change(db, draft, { state: to, ...(move === 'submit' ? {} : { reviewer: actorName(actor), reason: reason ?? null }) });
  await appendAudit(db, {
    actor: actorName(actor),
    action: `draft.${move}`,
    target: `${draft.slug}#${id}`,
    revision: draft.base_revision,
    detail: reason ?? '',
  });
  return moved;
}

/** Publishes an approved draft as the next revision, in one transaction. Returns the revision number. */
export async function publishDraft(db: Db, actor: Actor, id: string): Promise<number> {
  const draft = await draftOrThrow(db, id);
  if (draft.state !== 'approved') throw new AppError('CONFLICT', `only an approved draft can be published; this one is ${draft.state}`);
  return db.transaction().execute(async (trx) => {
    const current = await latestRevision(trx, draft.slug);
    if ((current?.revision ?? null) !== draft.base_revision) {
      const base = draft.base_revision ? await revisionOf(trx, draft.slug, draft.base_revision) : null;
      const since = patchSummary(jsonPatch(base ?? {}, current?.profile ?? {}));
      throw new AppError(
        'CONFLICT',
        `revision ${current?.revision} was published after this draft began from revision ${draft.base_revision}; what changed: ${since}. Restore or edit the new revision instead.`,
      );
    }
    const revision = (current?.revision ?? 0) + 1;
    const proposed = JSON.parse(draft.profile) as CareerProfile;
    const today = new Date().toISOString().slice(0, 10);
    // reviewedBy names the role and a pseudonymous account, never a person's email, on a public page
    const reviewer = draft.reviewer ?? actorName(actor);
    const profile: CareerProfile = {
      ...proposed,
      provenance: { ...proposed.provenance, revision, reviewedAt: today, reviewedBy: `careerpath reviewer ${reviewer.slice(5, 13)}` },
    };
    await insertRevision(trx, draft.slug, revision, profile, actorName(actor));
    await replaceCareer(trx, profile);
    await bumpCatalogVersion(trx);
    if (!(await updateDraft(trx, draft.id, draft.version, { state: 'published' })))
      throw new AppError('PRECONDITION_FAILED', 'the draft changed while publishing; try again');
    await appendAudit(trx, {
      actor: actorName(actor),
      action: 'career.publish',
      target: `${draft.slug}#${id}`,
      revision,
      detail: `from revision ${draft.base_revision ?? 'none'}`,
    });
    return revision;
  });
}

export async function restoreRevision(db: Db, actor: Actor, slug: string, revision: number): Promise<DraftRow> {
  const profile = await revisionOf(db, slug, revision);
  if (!profile) throw notFound(`${slug} has no revision ${revision}`);
  const draft = await createDraft(db, actor, slug, profile);
  await appendAudit(db, {
    actor: actorName(actor),
    action: 'revision.restore',
    target: `${slug}#${draft.id}`,
    revision,
    detail: `draft equal to revision ${revision}`,
  });
  return draft;
}
