import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editDistance, letterMask, popcount } from './edit-distance.ts';
import { foldText, words } from './normalize.ts';
import { slugify } from './slugify.ts';
import { lightStem, pluralStem } from './stem.ts';
import { textKey } from './text-key.ts';

describe('words', () => {
  it('folds case and Latin accents and reads & as and', () => {
    assert.deepEqual(words('Café Owner & Barista'), ['cafe', 'owner', 'and', 'barista']);
  });

  it('keeps c++ and c# whole and joins dotted names only when asked', () => {
    assert.deepEqual(words('C++, C# and Node.js'), ['c++', 'c#', 'and', 'node', 'js']);
    assert.deepEqual(words('B.Tech in C.S.E.', { joinDots: true }), ['btech', 'in', 'cse']);
  });

  it('keeps Devanagari words whole, with their vowel signs, viramas and nuktas', () => {
    assert.deepEqual(words('डॉक्टर कैसे बनें?'), ['डॉक्टर', 'कैसे', 'बनें']);
    assert.deepEqual(words('सरकारी नौकरी, 12वीं'), ['सरकारी', 'नौकरी', '12वीं']);
    // a nukta letter written precomposed or decomposed is the same word
    assert.deepEqual(words('\u095b'), words('\u091c\u093c'));
  });

  it('normalises to NFC so one word has one spelling', () => {
    assert.equal(foldText('e\u0301cole'), 'ecole');
    assert.equal(foldText('\u0915\u093c'), foldText('\u0958'));
  });
});

describe('edit distance', () => {
  it('counts a swap of neighbours as one edit', () => {
    assert.equal(editDistance('devloper', 'developer', 2), 1);
    assert.equal(editDistance('analsyt', 'analyst', 1), 1);
    assert.equal(editDistance('pyhton', 'python', 2), 1);
    assert.equal(editDistance('nurse', 'nurse', 1), 0);
  });

  it('answers bound + 1 past the bound, however long the words', () => {
    assert.equal(editDistance('nurse', 'doctor', 2), 3);
    assert.equal(editDistance('kitten', 'sitting', 1), 2);
    const long = 'x'.repeat(200);
    assert.equal(editDistance(long, `${long}y`, 1), 1);
  });

  it('works on Devanagari words', () => {
    assert.equal(editDistance('डाक्टर', 'डॉक्टर', 1), 1);
  });

  it('rejects by letter sets without false negatives', () => {
    const [a, b] = [letterMask('nurse'), letterMask('nusre')];
    assert.equal(popcount(a ^ b), 0);
    assert.equal(popcount(letterMask('abc') ^ letterMask('xyz')), 6);
    assert.equal(letterMask('डॉक्टर'), 0);
  });
});

describe('stems, keys and slugs', () => {
  it('stems plurals without breaking words that end in s', () => {
    assert.deepEqual(['analysts', 'processes', 'salaries', 'analysis', 'status', 'skills'].map(pluralStem), [
      'analyst',
      'process',
      'salary',
      'analysis',
      'status',
      'skill',
    ]);
  });

  it('stems -ing forms too when asked', () => {
    assert.deepEqual(['apis', 'databases', 'analysis', 'accounting', 'modelling', 'policies'].map(lightStem), [
      'api',
      'database',
      'analysis',
      'account',
      'model',
      'policy',
    ]);
  });

  it('keys names by letters, digits, + and # only', () => {
    assert.equal(textKey('Node.js'), textKey('NodeJS'));
    assert.equal(textKey('R&D'), 'randd');
    assert.notEqual(textKey('C++'), textKey('C#'));
  });

  it('slugifies category names', () => {
    assert.equal(slugify('Finance & Accounting'), 'finance-and-accounting');
    assert.equal(slugify('  Sales, Retail and Customer Service '), 'sales-retail-and-customer-service');
  });
});
