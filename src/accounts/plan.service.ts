/**
 * Saved careers and personal plans against the current catalog. Progress hangs on the
 * content's stable step ids: reordering or rewording a roadmap keeps it; a step removed from
 * the content keeps its recorded status and title and is shown as retired, never dropped.
 */
import type { CareerCatalog } from '../catalog/career-catalog.ts';
import type { CareerProfile } from '../careers/career.schema.ts';
import type { Db } from '../db/database.ts';
import { notFound } from '../errors.ts';
import { actionsOf, consentsOf, outboxOf, recordAction, sessionsOf, type UserRow } from './account.repository.ts';
import type { ImportBody, Plan, StepStatus } from './account.schema.ts';
import { NO_BIRTH_YEAR, userView } from './account.service.ts';
import { progressOf, saveCareer, savedOf, setProgress } from './plan.repository.ts';

type Step = CareerProfile['roadmap'][number];
const stepId = (step: Step) => step.id ?? `step-${step.step}`;
const ordered = (p: CareerProfile) => [...p.roadmap].sort((a, b) => a.step - b.step);

export function careerOrThrow(catalog: CareerCatalog, slug: string): CareerProfile {
  const career = catalog.get(slug);
  if (!career) throw notFound(`no career with slug "${slug}"`);
  return career;
}

export async function savedList(db: Db, catalog: CareerCatalog, userId: string) {
  const rows = await savedOf(db, userId);
  return { items: rows.map((r) => ({ slug: r.career_slug, title: catalog.get(r.career_slug)?.title ?? null, savedAt: r.saved_at })) };
}

export async function planOf(db: Db, career: CareerProfile, userId: string): Promise<Plan> {
  const progress = new Map((await progressOf(db, userId, career.slug)).map((r) => [r.step_id, r]));
  const steps = ordered(career).map((s) => ({
    id: stepId(s),
    title: s.title,
    status: (progress.get(stepId(s))?.status ?? 'todo') as StepStatus,
    hours: s.hours ?? null,
  }));
  const current = new Set(steps.map((s) => s.id));
  const retired = [...progress.values()]
    .filter((r) => !current.has(r.step_id))
    .map((r) => ({ id: r.step_id, title: r.step_title, status: r.status as StepStatus }));
  return { slug: career.slug, title: career.title, steps, retired, done: steps.filter((s) => s.status === 'done').length, total: steps.length };
}

export async function setStep(db: Db, career: CareerProfile, userId: string, id: string, status: StepStatus): Promise<Plan> {
  const step = ordered(career).find((s) => stepId(s) === id);
  if (!step) throw notFound(`${career.title} has no roadmap step "${id}"`);
  await setProgress(db, userId, { career_slug: career.slug, step_id: id, status, step_title: step.title });
  return planOf(db, career, userId);
}

/** Merges what a browser kept before sign-in: saved careers are added; a step's status is taken unless the account already has one. */
export async function importLocal(db: Db, catalog: CareerCatalog, userId: string, body: ImportBody) {
  let ignored = 0;
  let saved = 0;
  let progress = 0;
  await db.transaction().execute(async (trx) => {
    for (const slug of new Set(body.saved)) {
      if (!catalog.get(slug)) ignored++;
      else {
        await saveCareer(trx, userId, slug);
        saved++;
      }
    }
    const existing = new Set((await progressOf(trx, userId)).map((r) => `${r.career_slug} ${r.step_id}`));
    for (const item of body.progress) {
      const step = catalog.get(item.slug)?.roadmap.find((s) => stepId(s) === item.stepId);
      if (!step) ignored++;
      else if (!existing.has(`${item.slug} ${item.stepId}`)) {
        await setProgress(trx, userId, { career_slug: item.slug, step_id: item.stepId, status: item.status, step_title: step.title });
        progress++;
      }
    }
    await recordAction(trx, userId, 'import', `${saved} saved, ${progress} steps`);
  });
  return { saved, progress, ignored };
}

/** Every piece of personal data we hold about the person, in one document. */
export async function exportData(db: Db, catalog: CareerCatalog, user: UserRow) {
  const [saved, progress, sessions, consents, actions, mail] = await Promise.all([
    savedOf(db, user.id),
    progressOf(db, user.id),
    sessionsOf(db, user.id),
    consentsOf(db, user.id),
    actionsOf(db, user.id),
    outboxOf(db, user.id),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    account: { ...userView(user), birthYear: user.birth_year === NO_BIRTH_YEAR ? null : user.birth_year },
    guardianConsent: consents.map((c) => ({ guardianEmail: c.guardian_email, requestedAt: c.requested_at, givenAt: c.given_at })),
    savedCareers: saved.map((s) => ({ slug: s.career_slug, title: catalog.get(s.career_slug)?.title ?? null, savedAt: s.saved_at })),
    progress: progress.map((p) => {
      const retired = !catalog.get(p.career_slug)?.roadmap.some((s) => stepId(s) === p.step_id);
      return { career: p.career_slug, stepId: p.step_id, title: p.step_title, status: p.status, updatedAt: p.updated_at, retired };
    }),
    sessions: sessions.map((s) => ({ createdAt: s.created_at, expiresAt: s.expires_at })),
    actions: actions.map((a) => ({ action: a.action, detail: a.detail, at: a.at })),
    mailSentAboutYou: mail.map((m) => ({ to: m.to_address, subject: m.subject, at: m.created_at })),
  };
}
