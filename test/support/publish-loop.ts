/**
 * A child process for the publish fault case: publishes new revisions of one career on
 * DATABASE_URL, printing "published <n>" after each commit, until the latest revision is
 * PUBLISH_UNTIL (or forever). Each revision follows from the one before it alone (summary
 * naming the revision, roadmap reversed), so runs that reach the same revision leave the
 * same public rows however often they were interrupted.
 */
import { openDatabase } from '../../src/db/database.ts';
import { latestRevision } from '../../src/editorial/editorial.repository.ts';
import { createDraft, moveDraft, publishDraft } from '../../src/editorial/editorial.service.ts';

const db = openDatabase(process.env.DATABASE_URL!);
const slug = process.env.SLUG!;
const until = Number(process.env.PUBLISH_UNTIL ?? Infinity);
const author = { id: 'author-fault-test', role: 'author' };
const reviewer = { id: 'reviewer-fault-test', role: 'reviewer' };
process.stdout.write(`publishing ${slug} until revision ${until}\n`);
for (;;) {
  const current = (await latestRevision(db, slug))!;
  if (current.revision >= until) break;
  const roadmap = [...current.profile.roadmap].reverse().map((step, n) => ({ ...step, step: n + 1 }));
  const profile = { ...current.profile, summary: `Fault test summary for revision ${current.revision + 1}.`, roadmap };
  const draft = await createDraft(db, author, slug, profile);
  await moveDraft(db, author, draft.id, 'submit');
  await moveDraft(db, reviewer, draft.id, 'approve');
  const revision = await publishDraft(db, reviewer, draft.id);
  process.stdout.write(`published ${revision}\n`);
}
await db.destroy();
