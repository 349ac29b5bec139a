/**
 * Floors for understanding Indian users' words (issue 11), on the evaluation sets in eval/.
 * The floors sit a little under the figures measured when they were set (closing note of
 * issue 11); a change that makes search, education reading or skill matching worse fails here.
 * `npm run eval:search` prints the figures.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { degreeFigures, finderFigures, skillFigures } from '../eval/language-eval.ts';
import { checkContentDir, type ContentReport } from '../src/content/content-check.ts';
import { REPO_CONTENT } from './support/content.ts';

const FLOORS = {
  finder: { all: 0.8, en: 0.8, hi: 0.82, hinglish: 0.77 },
  degrees: { 'development set': 0.95, 'held-out set': 0.8 },
  // measured 0.849 (16 wrong) and 0.550 (7 wrong); the held-out set was written without seeing the alias list
  skills: {
    'development set': { accuracy: 0.8, falseMatches: 20 },
    'held-out set': { accuracy: 0.5, falseMatches: 10 },
  },
};

describe('language evaluation floors', () => {
  let content: ContentReport;
  before(async () => {
    content = await checkContentDir(REPO_CONTENT, { onet: null, isco: null });
  });

  it('finds what a counsellor expects in the top 3, in English, Hindi and Hinglish', () => {
    const figures = finderFigures(content);
    for (const [lang, floor] of Object.entries(FLOORS.finder)) {
      assert.ok(figures[lang]!.precisionAt3 >= floor, `${lang}: precision@3 ${figures[lang]!.precisionAt3.toFixed(3)} < ${floor}`);
    }
    assert.ok(figures.hi!.queries >= 40 || figures.hi!.queries + figures.hinglish!.queries >= 40, 'at least 40 Hindi or Hinglish queries');
    assert.ok(figures.all!.queries >= 150);
  });

  it('reads education as people write it, and never guesses a stream', () => {
    const figures = degreeFigures();
    for (const [set, floor] of Object.entries(FLOORS.degrees)) {
      assert.ok(figures[set]!.accuracy >= floor, `${set}: ${figures[set]!.accuracy.toFixed(3)} < ${floor}`);
    }
  });

  it('resolves CV skill words to the right skill, or honestly to none', () => {
    const figures = skillFigures(content);
    assert.ok(figures['development set']!.words >= 200);
    for (const [set, floor] of Object.entries(FLOORS.skills)) {
      const f = figures[set]!;
      assert.ok(f.accuracy >= floor.accuracy, `${set}: accuracy ${f.accuracy.toFixed(3)} < ${floor.accuracy}`);
      assert.ok(f.falseMatches <= floor.falseMatches, `${set}: ${f.falseMatches} words matched to a wrong skill`);
    }
  });
});
