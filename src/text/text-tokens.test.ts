import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { porterStem } from './porter-stem.ts';
import { addTokens, emptyBag, tokens } from './text-tokens.ts';

describe('porterStem', () => {
  it('matches the reference algorithm on classic cases', () => {
    const cases: Array<[string, string]> = [
      ['caresses', 'caress'],
      ['ponies', 'poni'],
      ['agreed', 'agre'],
      ['hopping', 'hop'],
      ['filing', 'file'],
      ['happy', 'happi'],
      ['relational', 'relat'],
      ['hopefulness', 'hope'],
      ['adjustment', 'adjust'],
      ['adoption', 'adopt'],
      ['generalizations', 'gener'],
      ['controll', 'control'],
    ];
    for (const [word, stem] of cases) assert.equal(porterStem(word), stem, word);
  });

  it('joins the word forms that matter for job text', () => {
    assert.equal(porterStem('nurse'), porterStem('nursing'));
    assert.equal(porterStem('engineer'), porterStem('engineering'));
    assert.equal(porterStem('developers'), porterStem('developer'));
  });
});

describe('tokens', () => {
  it('lower-cases, drops stop words and single letters, stems', () => {
    assert.deepEqual(tokens('Develop and test the C software, e.g. APIs.'), ['develop', 'test', 'softwar', 'api']);
  });

  it('counts tokens and bigrams into a prototype-free bag', () => {
    const bag = emptyBag();
    addTokens(bag, 'constructor builds constructor', 2, true);
    assert.deepEqual({ ...bag }, { constructor: 4, build: 2, constructor_build: 2, build_constructor: 2 });
  });
});
