/** Views of the /editor pages: the queue, one draft with its changes, the YAML editor, the audit log. */
import type { DraftRow, AuditRow } from '../../editorial/editorial.repository.ts';
import type { PatchOp } from '../../editorial/json-patch.ts';
import type { FieldError } from '../../errors.ts';
import { ActionForm } from '../account/account-forms.tsx';
import { Table } from '../career/career-page-parts.tsx';

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
const Time = ({ at }: { at: string }) => <time dateTime={at}>{at.slice(0, 19).replace('T', ' ')}</time>;

export function Queue({ drafts }: { drafts: DraftRow[] }) {
  return (
    <>
      <header class="hero">
        <h1>Editorial queue</h1>
        <p class="summary">
          Drafts newest first. Open a career's page in the editor to start one: <code>/editor/careers/&lt;slug&gt;</code>. <a href="/editor/audit">Audit log</a>
          .
        </p>
      </header>
      {drafts.length === 0 ? (
        <p>No drafts.</p>
      ) : (
        <Table
          label="Drafts"
          head={['Career', 'State', 'From revision', 'Updated']}
          rows={drafts.map((d) => [<a href={`/editor/drafts/${d.id}`}>{d.slug}</a>, d.state, d.base_revision ?? 'new career', <Time at={d.updated_at} />])}
        />
      )}
    </>
  );
}

/** Published value beside the new one, per changed field (JSON pointer). */
function ChangesTable({ changes, before }: { changes: PatchOp[]; before: unknown }) {
  const at = (path: string) =>
    path
      .split('/')
      .slice(1)
      .map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], before);
  return (
    <Table
      label="Changes side by side"
      head={['Field', 'Before', 'After']}
      rows={changes.map((c) => [<code>{c.path}</code>, c.op === 'add' ? '—' : show(at(c.path)), c.op === 'remove' ? '(removed)' : show(c.value)])}
    />
  );
}

export function DraftView(props: {
  draft: DraftRow;
  changes: PatchOp[];
  before: unknown;
  csrf: string;
  can: { submit: boolean; review: boolean; publish: boolean };
  message?: string;
}) {
  const { draft, changes, csrf, can, message } = props;
  return (
    <>
      <header class="hero">
        <h1>
          Draft of {draft.slug}: {draft.state}
        </h1>
        <p class="summary">
          From revision {draft.base_revision ?? '— (a new career)'}. {draft.reason ? `Rejected: ${draft.reason}` : ''}
        </p>
        {message ? (
          <p class="error" role="alert">
            {message}
          </p>
        ) : null}
      </header>
      <section aria-labelledby="changes-h">
        <h2 id="changes-h">Changes ({changes.length})</h2>
        <ChangesTable changes={changes} before={props.before} />
      </section>
      <section aria-labelledby="actions-h" class="editor-actions">
        <h2 id="actions-h">Actions</h2>
        {can.submit && (draft.state === 'draft' || draft.state === 'rejected') ? (
          <ActionForm action={`/editor/drafts/${draft.id}/submit`} csrf={csrf} label="Submit for review" />
        ) : null}
        {can.review && draft.state === 'submitted' ? <ActionForm action={`/editor/drafts/${draft.id}/approve`} csrf={csrf} label="Approve" /> : null}
        {can.review && (draft.state === 'submitted' || draft.state === 'approved') ? (
          <form method="post" action={`/editor/drafts/${draft.id}/reject`} class="account-form">
            <input type="hidden" name="_csrf" value={csrf} />
            <div class="field">
              <label for="reason">Why reject</label>
              <input id="reason" name="reason" required maxLength={2000} />
            </div>
            <button type="submit">Reject</button>
          </form>
        ) : null}
        {can.publish && draft.state === 'approved' ? <ActionForm action={`/editor/drafts/${draft.id}/publish`} csrf={csrf} label="Publish" /> : null}
        <p>
          <a href="/editor">Back to the queue</a>
        </p>
      </section>
    </>
  );
}

/** The fields editors change most, as plain form fields; everything else through the YAML below. */
export const COMMON_FIELDS = [
  ['title', 'Title', 'input'],
  ['summary', 'Summary (one line)', 'input'],
  ['description', 'Description', 'textarea'],
] as const;

function CommonFields({ slug, csrf, values }: { slug: string; csrf: string; values: Record<string, string> }) {
  return (
    <form method="post" action={`/editor/careers/${slug}/drafts`} class="account-form">
      <input type="hidden" name="_csrf" value={csrf} />
      <h2>Common fields</h2>
      {COMMON_FIELDS.map(([name, label, kind]) => (
        <div class="field">
          <label for={`field-${name}`}>{label}</label>
          {kind === 'textarea' ? (
            <textarea id={`field-${name}`} name={name} rows={5}>
              {values[name] ?? ''}
            </textarea>
          ) : (
            <input id={`field-${name}`} name={name} value={values[name] ?? ''} />
          )}
        </div>
      ))}
      <button type="submit">Save these as a draft</button>
    </form>
  );
}

export function YamlEditor(props: { slug: string; yaml: string; csrf: string; errors: FieldError[]; values: Record<string, string> }) {
  const { slug, yaml, csrf, errors } = props;
  return (
    <>
      <header class="hero">
        <h1>Edit {slug}</h1>
        <p class="summary">
          The whole profile as YAML (the same format as content/careers). Saving makes a draft; nothing is public until it is reviewed and published.
        </p>
      </header>
      {errors.length ? (
        <div class="error-summary" role="alert" aria-labelledby="yaml-errors-h">
          <h2 id="yaml-errors-h">The draft was not saved</h2>
          <ul>
            {errors.map((e) => (
              <li>
                <code>{e.field}</code>: {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>
        <a href={`/editor/careers/${slug}/history`}>History of {slug}</a>
      </p>
      <CommonFields slug={slug} csrf={csrf} values={props.values} />
      <form method="post" action={`/editor/careers/${slug}/drafts`} class="account-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <h2>The whole profile</h2>
        <div class="field">
          <label for="yaml">Profile (YAML)</label>
          <textarea id="yaml" name="yaml" rows={30} spellcheck={false} aria-invalid={errors.length ? 'true' : undefined}>
            {yaml}
          </textarea>
        </div>
        <button type="submit">Save as a draft</button>
      </form>
    </>
  );
}

export function HistoryView(props: {
  slug: string;
  revisions: Array<{ revision: number; actor: string; created_at: string }>;
  csrf: string;
  canRestore: boolean;
}) {
  const { slug, revisions, csrf, canRestore } = props;
  return (
    <>
      <header class="hero">
        <h1>History of {slug}</h1>
        <p class="summary">Every published revision, newest first. Restoring makes a new draft equal to that revision; nothing is rewritten.</p>
      </header>
      <Table
        label="Revisions"
        head={['Revision', 'Published by', 'When', 'Changes', '']}
        rows={revisions.map((r) => [
          r.revision,
          r.actor,
          <Time at={r.created_at} />,
          r.revision > 1 ? <a href={`/editor/careers/${slug}/revisions/${r.revision}`}>against revision {r.revision - 1}</a> : 'first',
          canRestore && r.revision !== revisions[0]?.revision ? (
            <ActionForm action={`/editor/careers/${slug}/revisions/${r.revision}/restore`} csrf={csrf} label={`Restore revision ${r.revision}`} />
          ) : (
            ''
          ),
        ])}
      />
      <p>
        <a href={`/editor/careers/${slug}`}>Edit {slug}</a> · <a href="/editor">Queue</a>
      </p>
    </>
  );
}

export function RevisionChanges({ slug, revision, changes, before }: { slug: string; revision: number; changes: PatchOp[]; before: unknown }) {
  return (
    <>
      <header class="hero">
        <h1>
          {slug}: revision {revision} against {revision - 1}
        </h1>
      </header>
      <ChangesTable changes={changes} before={before} />
      <p>
        <a href={`/editor/careers/${slug}/history`}>History</a>
      </p>
    </>
  );
}

export function AuditView({ rows }: { rows: AuditRow[] }) {
  return (
    <>
      <header class="hero">
        <h1>Audit log</h1>
        <p class="summary">Append-only: every draft, review, publish and restore. Newest first.</p>
      </header>
      <Table
        label="Audit log"
        head={['When', 'Who', 'Action', 'Target', 'Revision']}
        rows={rows.map((r) => [<Time at={r.at} />, r.actor, r.action, r.target, r.revision ?? ''])}
      />
    </>
  );
}
