/**
 * The /match form: a plain GET form in four fieldsets (education, skills, interests,
 * preferences) that works without JavaScript; match-wizard.island.tsx may turn the
 * fieldsets into steps. Every control's value comes from the URL.
 */
import type { ComponentChildren } from 'preact';
import { SEGMENT_KINDS } from '../../careers/career.schema.ts';
import { CATEGORIES } from '../../careers/exam.schema.ts';
import { START_STAGES } from '../../careers/pathway.schema.ts';
import { INTEREST_ANSWERS, INTEREST_KINDS } from '../../matching/interest-questions.ts';
import { PERSON_LEVELS } from '../../matching/levels.ts';
import { MAX_SKILLS, REMOTE_PREFERENCES } from '../../matching/match.schema.ts';
import { SEGMENT_LABELS, type MatchFormState, STAGE_LABELS, CATEGORY_LABELS } from './match-query.ts';

export interface FormChoices {
  degrees: readonly string[];
  skills: readonly string[];
  careers: ReadonlyArray<{ slug: string; title: string }>;
}

/** Messages by form control id (see formFieldOf). */
export type FieldMessages = ReadonlyMap<string, string[]>;

const ANSWER_LABELS = { yes: 'Yes', maybe: 'Not sure', no: 'No' } as const;
const REMOTE_LABELS = { any: 'No preference', prefer: 'I prefer remote work', only: 'Remote only' } as const;
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

function Step({ n, title, children }: { n: number; title: string; children: ComponentChildren }) {
  return (
    <fieldset class="mp-step" data-step={n}>
      <legend>
        <span class="mp-step-n">Step {n} of 4:</span> {title}
      </legend>
      {children}
    </fieldset>
  );
}

function SkillRows({ form, messages }: { form: MatchFormState; messages: FieldMessages }) {
  const count = Math.min(MAX_SKILLS, Math.max(MIN_ROWS, form.skills.length + EMPTY_ROWS));
  const rows = Array.from({ length: count }, (_, i) => form.skills[i] ?? { name: '', level: 'intermediate' });
  return (
    <ol class="mp-skill-rows" data-skill-rows>
      {rows.map((row, i) => (
        <li class="mp-skill-row">
          <div class="field">
            <label for={`skill-${i}`}>Skill {i + 1}</label>
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
              Level<span class="visually-hidden"> of skill {i + 1}</span>
            </label>
            <select id={`level-${i}`} name="level">
              {PERSON_LEVELS.map((l) => (
                <option value={l} selected={row.level === l}>
                  {l[0]!.toUpperCase() + l.slice(1)}
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
  return (
    <>
      <p class="hint" id="interests-hint">
        Answer what you can; a skipped question counts as “not sure”.
      </p>
      {INTEREST_KINDS.map((k) => (
        <fieldset class="mp-question" id={`q-${k.id}`} {...invalidProps(`q-${k.id}`, messages, 'interests-hint')}>
          <legend>{k.question}</legend>
          <div class="mp-answers">
            {INTEREST_ANSWERS.map((a) => (
              <label class="mp-answer">
                <input type="radio" name={k.id} value={a} checked={form.interests[k.id] === a} /> {ANSWER_LABELS[a]}
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
  return (
    <>
      <fieldset class="mp-question" id="remote">
        <legend>Remote work</legend>
        <div class="mp-answers">
          {REMOTE_PREFERENCES.map((r) => (
            <label class="mp-answer">
              <input type="radio" name="remote" value={r} checked={form.remote === r} /> {REMOTE_LABELS[r]}
            </label>
          ))}
        </div>
        <Message id="remote" messages={messages} />
      </fieldset>
      <div class="field">
        <label for="segment">Where you want to work (for salary)</label>
        <select id="segment" name="segment">
          <option value="">What most people in each career earn</option>
          {SEGMENT_KINDS.map((s) => (
            <option value={s} selected={form.segment === s}>
              {SEGMENT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <NumberField id="target" label="Target salary (lakh per year, LPA)" value={form.target} hint="Optional, e.g. 6" min={0} max={500} messages={messages} />
      <NumberField
        id="years"
        label="Years of work experience"
        value={form.years}
        hint="Optional; 0 if you are a student"
        min={0}
        max={50}
        messages={messages}
      />
      <NumberField
        id="hours"
        label="Hours a week you can spend learning"
        value={form.hours}
        hint="Used to plan your roadmap in weeks"
        min={1}
        max={100}
        messages={messages}
      />
      <div class="field">
        <label for="current">Your current career (optional)</label>
        <select id="current" name="current" {...invalidProps('current', messages)}>
          <option value="">None / student</option>
          {choices.careers.map((c) => (
            <option value={c.slug} selected={form.current === c.slug}>
              {c.title}
            </option>
          ))}
        </select>
        <Message id="current" messages={messages} />
      </div>
    </>
  );
}

export function MatchForm({ form, choices, messages, wizard }: { form: MatchFormState; choices: FormChoices; messages: FieldMessages; wizard: boolean }) {
  return (
    <form id="match-form" class="mp-form" method="get" action="/match" data-wizard={wizard ? 'on' : undefined}>
      <Step n={1} title="Your education">
        <div class="field">
          <label for="degree">Degree or current class</label>
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
            For example BCA, B.Com, Class 12 (Science PCB) or B.Tech Mechanical. We use the nearest degree we know and tell you which.
          </p>
          <Message id="degree" messages={messages} />
        </div>
        <div class="field">
          <label for="stage">Where you stand today</label>
          <select id="stage" name="stage" {...invalidProps('stage', messages, 'stage-hint')}>
            <option value="">Read it from my degree</option>
            {START_STAGES.map((s) => (
              <option value={s} selected={form.stage === s}>
                {STAGE_LABELS[s]}
              </option>
            ))}
          </select>
          <p class="hint" id="stage-hint">
            Exams and courses depend on your class and stream. If we cannot tell, we say “eligibility unknown” rather than guess.
          </p>
          <Message id="stage" messages={messages} />
        </div>
        <NumberField id="age" label="Your age (years)" value={form.age} hint="Optional; used only for exam age limits" min={10} max={70} messages={messages} />
        <div class="field">
          <label for="category">Category (for age relaxation)</label>
          <select id="category" name="category">
            <option value="">General</option>
            {CATEGORIES.filter((c) => c !== 'general').map((c) => (
              <option value={c} selected={form.category === c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </div>
      </Step>
      <Step n={2} title="Your skills">
        <p class="hint">One skill per row, in your own words: “js”, “excel”, “accounting”. Leave the rows you do not need empty.</p>
        <SkillRows form={form} messages={messages} />
      </Step>
      <Step n={3} title="What you would enjoy">
        <Interests form={form} messages={messages} />
      </Step>
      <Step n={4} title="Your preferences">
        <Preferences form={form} choices={choices} messages={messages} />
      </Step>
      <div class="mp-submit" data-submit>
        <button type="submit">Show my matches</button>
        <p class="hint">Your answers stay in the page address; we do not store them.</p>
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
