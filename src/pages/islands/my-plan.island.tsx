/**
 * Saving careers and ticking roadmap steps, with or without an account. Signed in (GET
 * /api/v1/auth/session says so), changes go to the API with the session's CSRF token; anonymous, they
 * stay in this browser's localStorage and never leave the device until the person signs in,
 * when this script merges them into the account (POST /api/v1/me/import) and clears them.
 * The server-rendered page works without it: the save link opens a confirm form.
 */
import { splitLocale } from '../../i18n/locale.ts';
import { myPlanMessages } from './my-plan.messages.ts';
import { pageLocale } from './page-locale.ts';

const KEY = 'careerpath:my-plan:v1';
const m = myPlanMessages[pageLocale()];
type Status = 'todo' | 'doing' | 'done' | 'skipped';
interface Local {
  saved: string[];
  progress: Record<string, Record<string, Status>>;
}

function readLocal(): Local {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Local> | null;
    return { saved: Array.isArray(raw?.saved) ? raw.saved : [], progress: raw?.progress && typeof raw.progress === 'object' ? raw.progress : {} };
  } catch {
    return { saved: [], progress: {} };
  }
}
const writeLocal = (local: Local) => localStorage.setItem(KEY, JSON.stringify(local));
const hasLocal = (l: Local) => l.saved.length > 0 || Object.values(l.progress).some((p) => Object.keys(p).length > 0);

async function session(): Promise<{ csrf: string } | null> {
  const res = await fetch('/api/v1/auth/session', { credentials: 'same-origin', headers: { accept: 'application/json' } });
  const body = (await res.json()) as { signedIn: boolean; csrfToken: string | null };
  return body.signedIn && body.csrfToken ? { csrf: body.csrfToken } : null;
}

const send = (method: string, url: string, csrf: string, body?: unknown) =>
  fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

function announce(text: string) {
  const status = document.getElementById('my-plan-status');
  if (status) status.textContent = text;
}

async function merge(csrf: string) {
  const local = readLocal();
  if (!hasLocal(local)) return false;
  const progress = Object.entries(local.progress).flatMap(([slug, steps]) => Object.entries(steps).map(([stepId, status]) => ({ slug, stepId, status })));
  const res = await send('POST', '/api/v1/me/import', csrf, { saved: local.saved, progress });
  if (res.ok) localStorage.removeItem(KEY);
  return res.ok;
}

function wireSave(link: HTMLAnchorElement, who: { csrf: string } | null) {
  const slug = link.dataset.saveCareer!;
  link.addEventListener('click', async (event) => {
    event.preventDefault();
    if (who) {
      const res = await send('PUT', `/api/v1/me/saved/${slug}`, who.csrf);
      announce(res.ok ? m.saved : m.failed);
      return;
    }
    const local = readLocal();
    if (!local.saved.includes(slug)) local.saved.push(slug);
    writeLocal(local);
    announce(m.savedHere);
  });
}

async function wireSteps(list: HTMLElement, who: { csrf: string } | null) {
  const slug = list.dataset.planCareer!;
  let statuses: Record<string, Status> = readLocal().progress[slug] ?? {};
  if (who) {
    const res = await fetch(`/api/v1/me/plans/${slug}`, { credentials: 'same-origin' });
    if (res.ok) statuses = Object.fromEntries(((await res.json()) as { steps: Array<{ id: string; status: Status }> }).steps.map((s) => [s.id, s.status]));
  }
  for (const item of Array.from(list.querySelectorAll<HTMLElement>('li[data-step-id]'))) {
    const id = item.dataset.stepId!;
    const label = document.createElement('label');
    label.className = 'step-done';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = statuses[id] === 'done';
    label.append(box, ` ${m.done}`);
    item.append(label);
    box.addEventListener('change', async () => {
      const status: Status = box.checked ? 'done' : 'todo';
      if (who) {
        const res = await send('PUT', `/api/v1/me/plans/${slug}/steps/${id}`, who.csrf, { status });
        announce(res.ok ? m.marked(status === 'done') : m.failed);
        return;
      }
      const local = readLocal();
      local.progress[slug] = { ...local.progress[slug], [id]: status };
      writeLocal(local);
      announce(m.markedHere(status === 'done'));
    });
  }
}

async function start() {
  const who = await session().catch(() => null);
  if (who && (await merge(who.csrf)) && splitLocale(location.pathname).path === '/me') location.reload();
  for (const link of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[data-save-career]'))) wireSave(link, who);
  for (const list of Array.from(document.querySelectorAll<HTMLElement>('[data-plan-career]'))) await wireSteps(list, who);
}

void start();
