/**
 * The /match form: a plain GET form in four fieldsets (education, skills, interests,
 * preferences) that works without JavaScript; match-wizard.island.tsx may turn the
 * fieldsets into steps. Every control's value comes from the URL.
 */
import type { ComponentChildren } from 'preact';
import { SEGMENT_KINDS, type CareerProfile } from '../../careers/career.schema.ts';
import { CATEGORIES } from '../../careers/exam.schema.ts';
import { START_STAGES } from '../../careers/pathway.schema.ts';
import { INTEREST_ANSWERS, INTEREST_KINDS } from '../../matching/interest-questions.ts';
import { PERSON_LEVELS } from '../../matching/levels.ts';
import { MAX_SKILLS, REMOTE_PREFERENCES } from '../../matching/match.schema.ts';
import { useHref, useLocale, useMessages } from '../locale-context.tsx';
import { careerTitle } from '../mixed-language.tsx';
import { stageMessages } from '../stage.messages.ts';
import { valueMessages } from '../career-values.messages.ts';
import { matchFormMessages } from './match-form.messages.ts';
import type { MatchFormState } from './match-query.ts';
import { skillLevelMessages } from './skill-level.messages.ts';
import { skillRowMessages } from './skill-row.messages.ts';

export interface FormChoices {
  degrees: readonly string[];
  skills: readonly string[];
  /** With the profile's translations, to name each career in the page's language. */
  careers: ReadonlyArray<{ slug: string; title: string; translations?: CareerProfile['translations'] }>;
}

/** Messages by form control id (see formFieldOf). */
export type FieldMessages = ReadonlyMap<string, string[]>;

const EMPTY_ROWS = 3;
const MIN_ROWS = 6;

function Message({ id, messages }: { id: string; messages: FieldMessages }) {
  const list = messages.get(id);
  if (!list) return null;
  return (
    <p class="mp-error" id={`${id}-error`}>
      {list.join('; ')}
    </p>
  );
}

/** aria attributes that tie a control to its error message, when it has one. */
const invalidProps = (id: string, messages: FieldMessages, hint?: string) => {
  const described = [hint, messages.has(id) ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': messages.has(id) ? ('true' as const) : undefined, 'aria-describedby': described || undefined };
};

const STEPS = 4;

function Step({ n, title, children }: { n: number; title: string; children: ComponentChildren }) {
  const m = useMessages(matchFormMessages);
  return (
    <fieldset class="mp-step" data-step={n}>
      <legend>
        <span class="mp-step-n">{m.step(n, STEPS)}</span> {title}
      </legend>
      {children}
    </fieldset>
  );
}

function SkillRows({ form, messages }: { form: MatchFormState; messages: FieldMessages }) {
  const count = Math.min(MAX_SKILLS, Math.max(MIN_ROWS, form.skills.length + EMPTY_ROWS));
  const rows = Array.from({ length: count }, (_, i) => form.skills[i] ?? { name: '', level: 'intermediate' });
  const m = useMessages(skillRowMessages);
  const levels = useMessages(skillLevelMessages).choices;
  return (
    <ol class="mp-skill-rows" data-skill-rows>
      {rows.map((row, i) => (
        <li class="mp-skill-row">
          <div class="field">
            <label for={`skill-${i}`}>{m.skill(i + 1)}</label>
            <input
              id={`skill-${i}`}
              name="skill"
              list="skill-names"
              autocomplete="off"
              maxLength={80}
              value={row.name}
              {...invalidProps(`skill-${i}`, messages)}
            />
          </div>
          <div class="field">
            <label for={`level-${i}`}>
              {m.level}
              <span class="visually-hidden">{m.levelOfSkill(i + 1)}</span>
            </label>
            <select id={`level-${i}`} name="level">
              {PERSON_LEVELS.map((l) => (
                <option value={l} selected={row.level === l}>
                  {levels[l]}
                </option>
              ))}
            </select>
          </div>
          <Message id={`skill-${i}`} messages={messages} />
        </li>
      ))}
    </ol>
  );
}

function Interests({ form, messages }: { form: MatchFormState; messages: FieldMessages }) {
  const m = useMessages(matchFormMessages);
  return (
    <>
      <p class="hint" id="interests-hint">
        {m.interestsHint}
      </p>
      {INTEREST_KINDS.map((k) => (
        <fieldset class="mp-question" id={`q-${k.id}`} {...invalidProps(`q-${k.id}`, messages, 'interests-hint')}>
          <legend>{m.questions[k.id]}</legend>
          <div class="mp-answers">
            {INTEREST_ANSWERS.map((a) => (
              <label class="mp-answer">
                <input type="radio" name={k.id} value={a} checked={form.interests[k.id] === a} /> {m.answers[a]}
              </label>
            ))}
          </div>
          <Message id={`q-${k.id}`} messages={messages} />
        </fieldset>
      ))}
    </>
  );
}

function NumberField({
  id,
  label,
  value,
  hint,
  min,
  max,
  messages,
}: {
  id: string;
  label: string;
  value: string;
  hint: string;
  min: number;
  max: number;
  messages: FieldMessages;
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} name={id} type="number" inputMode="decimal" min={min} max={max} step="any" value={value} {...invalidProps(id, messages, `${id}-hint`)} />
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      <Message id={id} messages={messages} />
    </div>
  );
}

function Preferences({ form, choices, messages }: { form: MatchFormState; choices: FormChoices; messages: FieldMessages }) {
  const m = useMessages(matchFormMessages);
  const segments = useMessages(valueMessages).segment;
  const locale = useLocale();
  return (
    <>
      <fieldset class="mp-question" id="remote">
        <legend>{m.remote}</legend>
        <div class="mp-answers">
          {REMOTE_PREFERENCES.map((r) => (
            <label class="mp-answer">
              <input type="radio" name="remote" value={r} checked={form.remote === r} /> {m.remoteChoices[r]}
            </label>
          ))}
        </div>
        <Message id="remote" messages={messages} />
      </fieldset>
      <div class="field">
        <label for="segment">{m.segment}</label>
        <select id="segment" name="segment">
          <option value="">{m.segmentDefault}</option>
          {SEGMENT_KINDS.map((s) => (
            <option value={s} selected={form.segment === s}>
              {segments[s]}
            </option>
          ))}
        </select>
      </div>
      <NumberField id="target" label={m.target} value={form.target} hint={m.targetHint} min={0} max={500} messages={messages} />
      <NumberField id="years" label={m.years} value={form.years} hint={m.yearsHint} min={0} max={50} messages={messages} />
      <NumberField id="hours" label={m.hours} value={form.hours} hint={m.hoursHint} min={1} max={100} messages={messages} />
      <div class="field">
        <label for="current">{m.current}</label>
        <select id="current" name="current" {...invalidProps('current', messages)}>
          <option value="">{m.currentNone}</option>
          {choices.careers.map((c) => (
            <option value={c.slug} selected={form.current === c.slug} lang={careerTitle(locale, c.title, c).lang}>
              {careerTitle(locale, c.title, c).text}
            </option>
          ))}
        </select>
        <Message id="current" messages={messages} />
      </div>
    </>
  );
}

export function MatchForm({ form, choices, messages, wizard }: { form: MatchFormState; choices: FormChoices; messages: FieldMessages; wizard: boolean }) {
  const m = useMessages(matchFormMessages);
  const stages = useMessages(stageMessages);
  const href = useHref();
  return (
    <form id="match-form" class="mp-form" method="get" action={href('/match')} data-wizard={wizard ? 'on' : undefined}>
      <Step n={1} title={m.education}>
        <div class="field">
          <label for="degree">{m.degree}</label>
          <input
            id="degree"
            name="degree"
            list="degree-names"
            autocomplete="off"
            maxLength={120}
            value={form.degree}
            {...invalidProps('degree', messages, 'degree-hint')}
          />
          <p class="hint" id="degree-hint">
            {m.degreeHint}
          </p>
          <Message id="degree" messages={messages} />
        </div>
        <div class="field">
          <label for="stage">{m.stage}</label>
          <select id="stage" name="stage" {...invalidProps('stage', messages, 'stage-hint')}>
            <option value="">{m.stageFromDegree}</option>
            {START_STAGES.map((s) => (
              <option value={s} selected={form.stage === s}>
                {stages[s]}
              </option>
            ))}
          </select>
          <p class="hint" id="stage-hint">
            {m.stageHint}
          </p>
          <Message id="stage" messages={messages} />
        </div>
        <NumberField id="age" label={m.age} value={form.age} hint={m.ageHint} min={10} max={70} messages={messages} />
        <div class="field">
          <label for="category">{m.category}</label>
          <select id="category" name="category">
            <option value="">{m.categories.general}</option>
            {CATEGORIES.filter((c) => c !== 'general').map((c) => (
              <option value={c} selected={form.category === c}>
                {m.categories[c]}
              </option>
            ))}
          </select>
        </div>
      </Step>
      <Step n={2} title={m.skills}>
        <p class="hint">{m.skillsHint}</p>
        <SkillRows form={form} messages={messages} />
      </Step>
      <Step n={3} title={m.enjoy}>
        <Interests form={form} messages={messages} />
      </Step>
      <Step n={STEPS} title={m.preferences}>
        <Preferences form={form} choices={choices} messages={messages} />
      </Step>
      <div class="mp-submit" data-submit>
        <button type="submit">{m.submit}</button>
        <p class="hint">{m.submitHint}</p>
      </div>
      <datalist id="skill-names">
        {choices.skills.map((s) => (
          <option value={s} />
        ))}
      </datalist>
      <datalist id="degree-names">
        {choices.degrees.map((d) => (
          <option value={d} />
        ))}
      </datalist>
    </form>
  );
}
