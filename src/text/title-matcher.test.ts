import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TitleMatcher, type TitleEntry } from './title-matcher.ts';
import { titleWords } from './title-words.ts';

const entry = (text: string, target: string, kind = 'title', weight = 1): TitleEntry<string> => ({ text, target, kind, weight });
const matcher = new TitleMatcher([
  entry('Staff Nurse', 'nurse'),
  entry('Staff Nurse Anesthetist', 'anesthetist'),
  entry('Registered Nurses', 'rn'),
  entry('Full Stack Developer', 'fullstack'),
  entry('Frontend Developer', 'frontend'),
  entry('Software Development Engineer II (SDE-2)', 'sde', 'jobTitle', 0.95),
  entry('Java Developer', 'java', 'jobTitle', 0.95),
  entry('Developer', 'generic', 'alternate', 0.9),
  entry('Constructor', 'builder'),
]);
const targets = (q: string) => matcher.match(q, 10).map((m) => m.target);

describe('title words', () => {
  it('normalise case, accents, level numerals and glued numbers', () => {
    assert.deepEqual(titleWords('SDE-II'), ['sde', '2']);
    assert.deepEqual(titleWords('sde2'), ['sde', '2']);
    assert.deepEqual(titleWords('Engineer I'), ['engineer', '1']);
    assert.deepEqual(
      titleWords('C++ & C# .NET Développeur'),
      ['cpp', 'and', 'csharp', 'dotnet', 'developpeur'].filter((w) => w !== 'and'),
    );
    assert.deepEqual(titleWords('Head of the Department'), ['head', 'department']);
  });
});

describe('TitleMatcher', () => {
  it('ranks the exact title first, then titles with more words', () => {
    assert.deepEqual(targets('staff nurse').slice(0, 2), ['nurse', 'anesthetist']);
    const [a, b] = matcher.match('staff nurse', 2);
    assert.equal(a!.score, 100);
    assert.ok(b!.score < a!.score);
  });

  it('tolerates plurals, prefixes and typos', () => {
    assert.equal(targets('registered nurse')[0], 'rn');
    assert.equal(targets('registred nurses')[0], 'rn');
    assert.equal(targets('stafff nurce')[0], 'nurse');
    assert.equal(targets('java devel')[0], 'java');
    assert.equal(targets('jaava developer')[0], 'java');
  });

  it('joins and splits words the titles write the other way', () => {
    assert.equal(targets('fullstack')[0], 'fullstack');
    assert.equal(targets('front end developer')[0], 'frontend');
  });

  it('matches level numbers, but never on numbers alone', () => {
    assert.equal(targets('sde 2')[0], 'sde');
    assert.equal(targets('sde ii')[0], 'sde');
    assert.deepEqual(targets('2'), []);
  });

  it('prefers the better kind of title and drops noise', () => {
    assert.ok(matcher.match('developer', 10).find((m) => m.target === 'generic')!.score <= 90);
    assert.deepEqual(targets('astronaut'), []);
    assert.deepEqual(targets('   '), []);
    assert.deepEqual(matcher.match('nurse', 0), []);
  });

  it('treats words like "constructor" as plain keys', () => {
    assert.deepEqual(targets('constructor'), ['builder']);
    assert.deepEqual(targets('prototype'), []);
  });
});
