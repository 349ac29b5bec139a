/**
 * The Hindi catalogues of the match, account and /me pages and their islands: every string
 * is written in Hindi (not English left in place), and every `{}` slot English has, Hindi
 * has too, so no link or name goes missing from a translated sentence.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { STEP_STATUSES } from '../accounts/account.schema.ts';
import type { Catalogue, Messages } from '../i18n/messages.ts';
import { accountMessages } from './account/account.messages.ts';
import { meMessages } from './account/me.messages.ts';
import { privacyMessages } from './account/privacy.messages.ts';
import { matchWizardMessages } from './islands/match-wizard.messages.ts';
import { myPlanMessages } from './islands/my-plan.messages.ts';
import { matchFormMessages } from './match/match-form.messages.ts';
import { matchPageMessages } from './match/match-page.messages.ts';
import { matchResultsMessages } from './match/match-results.messages.ts';
import { skillLevelMessages } from './match/skill-level.messages.ts';
import { skillRowMessages } from './match/skill-row.messages.ts';
import { stageMessages } from './stage.messages.ts';

const CATALOGUES: Record<string, Messages<Catalogue>> = {
  accountMessages,
  meMessages,
  privacyMessages,
  matchWizardMessages,
  myPlanMessages,
  matchFormMessages,
  matchPageMessages,
  matchResultsMessages,
  skillLevelMessages,
  skillRowMessages,
  stageMessages,
};

const DEVANAGARI = /[\u0900-\u097F]/;
const slots = (text: string) => text.split('{}').length - 1;

/** Every string of a catalogue with its path, English beside Hindi (functions are checked by calling them below). */
function* pairs(en: unknown, hi: unknown, path: string): Generator<[string, string, string]> {
  if (typeof en === 'string') yield [path, en, String(hi)];
  else if (Array.isArray(en)) {
    assert.equal((hi as unknown[]).length, en.length, `${path}: as many items in Hindi`);
    for (const [i, item] of en.entries()) yield* pairs(item, (hi as unknown[])[i], `${path}[${i}]`);
  } else if (en && typeof en === 'object')
    for (const key of Object.keys(en)) yield* pairs((en as Record<string, unknown>)[key], (hi as Record<string, unknown>)[key], `${path}.${key}`);
}

describe('Hindi catalogues of the match, account and me pages', () => {
  it('write every string in Hindi, with the same {} slots as English', () => {
    let count = 0;
    for (const [name, messages] of Object.entries(CATALOGUES)) {
      for (const [path, en, hi] of pairs(messages.en, messages.hi, name)) {
        count++;
        assert.match(hi, DEVANAGARI, `${path} is not translated: "${hi}"`);
        assert.equal(slots(hi), slots(en), `${path}: slots`);
      }
    }
    assert.ok(count > 200, `${count} strings checked`);
  });

  it('keep the slots of messages built by functions', () => {
    for (const status of STEP_STATUSES) assert.equal(slots(meMessages.hi.mark(status)), 1, status);
    assert.equal(slots(matchResultsMessages.hi.moreGaps(3)), 1);
    assert.match(matchResultsMessages.hi.months({ min: 1, max: 1 }), /^1 महीना$/);
    assert.match(matchResultsMessages.hi.months({ min: 4, max: 10 }), /^4–10 महीने$/);
    assert.equal(matchResultsMessages.en.months({ min: 4, max: 10 }), '4–10 months');
  });
});
