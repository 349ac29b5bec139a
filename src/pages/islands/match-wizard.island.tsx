/**
 * Browser enhancement of the /match form. The form works fully without it; with it, a first
 * visit gets one step at a time (Back / Next, the submit button on the last step), and any
 * visit can add skill rows. It only toggles `hidden` and classes: the CSP forbids inline styles.
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { skillRowMessages } from '../match/skill-row.messages.ts';
import { matchWizardMessages } from './match-wizard.messages.ts';
import { pageLocale } from './page-locale.ts';

const MAX_SKILL_ROWS = 50;
const m = matchWizardMessages[pageLocale()];
const rowWords = skillRowMessages[pageLocale()];

function WizardNav({ steps, submit }: { steps: HTMLFieldSetElement[]; submit: HTMLElement | null }) {
  const [index, setIndex] = useState(0);
  const [moved, setMoved] = useState(false);
  const last = index === steps.length - 1;

  useEffect(() => {
    steps.forEach((s, i) => (s.hidden = i !== index));
    if (submit) submit.hidden = !last;
    if (moved) steps[index]?.querySelector<HTMLElement>('input, select')?.focus();
  }, [index]);

  const go = (to: number) => {
    setMoved(true);
    setIndex(Math.max(0, Math.min(steps.length - 1, to)));
  };

  // Enter in a field of an early step means "next", not "submit now with steps left unseen"
  useEffect(() => {
    const form = steps[0]?.form;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key !== 'Enter' || last || target.tagName !== 'INPUT') return;
      event.preventDefault();
      go(index + 1);
    };
    form?.addEventListener('keydown', onKey);
    return () => form?.removeEventListener('keydown', onKey);
  }, [index, last]);
  return (
    <div class="mp-wizard-nav actions">
      <p class="visually-hidden" aria-live="polite">
        {m.stepOf(index + 1, steps.length)}
      </p>
      {index > 0 ? (
        <button type="button" class="secondary" onClick={() => go(index - 1)}>
          {m.back}
        </button>
      ) : null}
      {last ? null : (
        <button type="button" onClick={() => go(index + 1)}>
          {m.next}
        </button>
      )}
    </div>
  );
}

function renumber(row: HTMLLIElement, n: number) {
  for (const el of Array.from(row.querySelectorAll<HTMLElement>('[id]'))) el.id = el.id.replace(/-\d+(-error)?$/, `-${n}$1`);
  for (const label of Array.from(row.querySelectorAll('label'))) {
    label.htmlFor = label.htmlFor.replace(/-\d+$/, `-${n}`);
    if (label.htmlFor.startsWith('skill-')) label.textContent = rowWords.skill(n + 1);
    const hidden = label.querySelector('.visually-hidden');
    if (hidden) hidden.textContent = rowWords.levelOfSkill(n + 1);
  }
  row.querySelector('.mp-error')?.remove();
  const input = row.querySelector('input');
  if (input) {
    input.value = '';
    input.removeAttribute('aria-invalid');
    input.removeAttribute('aria-describedby');
  }
}

function AddSkill({ list }: { list: HTMLOListElement }) {
  const [count, setCount] = useState(list.children.length);
  const add = () => {
    const template = list.lastElementChild as HTMLLIElement | null;
    if (!template || count >= MAX_SKILL_ROWS) return;
    const row = template.cloneNode(true) as HTMLLIElement;
    renumber(row, count);
    list.append(row);
    setCount(count + 1);
    row.querySelector('input')?.focus();
  };
  if (count >= MAX_SKILL_ROWS) return <p class="hint">{m.mostSkills(MAX_SKILL_ROWS)}</p>;
  return (
    <button type="button" class="secondary" onClick={add}>
      {m.addSkill}
    </button>
  );
}

const form = document.querySelector<HTMLFormElement>('#match-form');
if (form) {
  const list = form.querySelector<HTMLOListElement>('[data-skill-rows]');
  if (list) {
    const slot = document.createElement('div');
    slot.className = 'mp-add-skill';
    list.after(slot);
    render(<AddSkill list={list} />, slot);
  }
  if (form.dataset.wizard === 'on') {
    const steps = Array.from(form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-step]'));
    const submit = form.querySelector<HTMLElement>('[data-submit]');
    const slot = document.createElement('div');
    form.classList.add('mp-wizard');
    (submit ?? form.lastElementChild)?.before(slot);
    render(<WizardNav steps={steps} submit={submit} />, slot);
  }
}
