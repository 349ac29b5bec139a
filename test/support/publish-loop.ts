/**
 * A child process for the publish fault test: publishes new revisions of one career in a
 * loop on DATABASE_URL, printing "published <n>" after each commit, until it is killed.
 */
import { openDatabase } from '../../src/db/database.ts';
import { latestRevision } from '../../src/editorial/editorial.repository.ts';
import { createDraft, moveDraft, publishDraft } from '../../src/editorial/editorial.service.ts';

const db = openDatabase(process.env.DATABASE_URL!);
const slug = process.env.SLUG!;
const author = { id: 'author-fault-test', role: 'author' };
const reviewer = { id: 'reviewer-fault-test', role: 'reviewer' };
for (let i = 0; ; i++) {
  const current = (await latestRevision(db, slug))!;
  const roadmap = [...current.profile.roadmap].reverse().map((step, n) => ({ ...step, step: n + 1 }));
  const profile = { ...current.profile, summary: `Fault test summary ${process.pid}-${i}.`, roadmap };
  const draft = await createDraft(db, author, slug, profile);
  await moveDraft(db, author, draft.id, 'submit');
  await moveDraft(db, reviewer, draft.id, 'approve');
  const revision = await publishDraft(db, reviewer, draft.id);
  process.stdout.write(`published ${revision}\n`);
}
