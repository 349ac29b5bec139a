import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildCareer } from './career-factory.ts';
import { degreeMatch, degreeTags } from './degree-tags.ts';
import { createDegreeVocabulary } from './degree-vocabulary.ts';
import { createSkillVocabulary } from './skill-vocabulary.ts';
import { repoSkillWords } from '../../test/support/content.ts';

describe('skill vocabulary', () => {
  const vocab = createSkillVocabulary(
    [
      buildCareer({
        slug: 'a',
        skills: [
          ['JavaScript', 'high', 'advanced'],
          ['Excel and Google Sheets', 'high', 'advanced'],
          ['Database Design', 'medium', 'intermediate'],
          ['Docker and Kubernetes', 'low', 'beginner'],
        ],
      }),
      buildCareer({
        slug: 'b',
        skills: [
          ['JavaScript', 'high', 'advanced'],
          ['Design Systems', 'medium', 'intermediate'],
          ['Git and Code Review', 'high', 'intermediate'],
        ],
      }),
    ],
    repoSkillWords(),
  );
  const resolved = (text: string) => {
    const r = vocab.resolve(text);
    return r.entry ? [r.entry.name, r.how] : ['—', r.suggestions.join(' | ')];
  };

  it('knows the names the catalog uses, in any case or punctuation', () => {
    assert.deepEqual(resolved('javascript'), ['JavaScript', 'exact']);
    assert.deepEqual(resolved('Excel & Google Sheets'), ['Excel and Google Sheets', 'exact']);
  });

  it('knows what people type for them', () => {
    assert.deepEqual(resolved('js'), ['JavaScript', 'alias']);
    assert.deepEqual(resolved('excel'), ['Excel and Google Sheets', 'alias']);
    assert.deepEqual(resolved('MS Excel'), ['Excel and Google Sheets', 'alias']);
    assert.deepEqual(resolved('Advanced Excel'), ['Excel and Google Sheets', 'alias']);
  });

  it('finds a skill from one of its words and forgives typos', () => {
    assert.deepEqual(resolved('kubernetes'), ['Docker and Kubernetes', 'alias']);
    assert.deepEqual(resolved('google sheets'), ['Excel and Google Sheets', 'alias']);
    assert.deepEqual(resolved('javscript'), ['JavaScript', 'typo']);
    assert.deepEqual(resolved('Excell'), ['Excel and Google Sheets', 'typo']);
    // a short word changed by one letter is another word: no typo match under five letters, nor across first letters
    assert.equal(resolved('Exal')[0], '—');
    assert.deepEqual(resolved('code review'), ['Git and Code Review', 'partial']);
  });

  it('asks instead of guessing when a word fits several skills equally', () => {
    const [name, suggestions] = resolved('design');
    assert.equal(name, '—');
    assert.match(suggestions!, /Database Design/);
    assert.match(suggestions!, /Design Systems/);
  });

  it('suggests near names for what it cannot place', () => {
    assert.deepEqual(resolved('gti'), ['—', 'Git and Code Review']);
    assert.deepEqual(resolved('c'), ['—', '']);
  });

  it('gives partial credit tables only for skills the catalog has', () => {
    assert.deepEqual(vocab.implied('javascript'), []);
    assert.ok(vocab.danglingAliases.includes('Python'), 'aliases to skills not in this small catalog are listed');
  });
});

describe('degree vocabulary', () => {
  const vocab = createDegreeVocabulary([
    buildCareer({
      slug: 'a',
      education: [
        ['Graduate', 'BCA', 88],
        ['Engineering', 'B.Tech / BE CSE or IT', 94],
        ['Graduate', 'B.Com / B.A. / Other Graduate', 60],
      ],
    }),
    buildCareer({
      slug: 'b',
      education: [
        ['Class 12', 'Class 12 (Science PCB)', 88],
        ['Graduate', 'B.Sc Nursing', 96],
        ['Engineering', 'B.Tech / BE', 70],
        ['Graduate', 'B.Com', 90],
      ],
    }),
  ]);
  const resolved = (text: string) => {
    const r = vocab.resolve(text);
    return r.entry ? [r.entry.degree, r.how] : ['—', r.suggestions.join(' | ')];
  };

  it('lists each degree once with its level and how many careers name it', () => {
    const bca = vocab.entries.find((e) => e.degree === 'BCA')!;
    assert.deepEqual(bca, { id: 'bca', degree: 'BCA', level: 'Graduate', careers: 1 });
    assert.equal(vocab.entries[0]!.level, 'Class 12', 'lowest level first');
  });

  it('matches free text to the nearest entry and says how', () => {
    assert.deepEqual(resolved('bca'), ['BCA', 'exact']);
    assert.deepEqual(resolved('Bachelor of Commerce'), ['B.Com', 'alias']);
    assert.deepEqual(resolved('BTech CSE'), ['B.Tech / BE CSE or IT', 'nearest']);
    assert.deepEqual(resolved('BE mechanical'), ['B.Tech / BE', 'nearest']);
    assert.deepEqual(resolved('12th biology'), ['Class 12 (Science PCB)', 'nearest']);
    assert.deepEqual(resolved('bsc nursing'), ['B.Sc Nursing', 'exact']);
  });

  it('calls text that shares nothing with any entry unknown', () => {
    assert.deepEqual(resolved('astronaut training'), ['—', '']);
  });

  it('opens routes by subject and track, and a school route only partly after further study', () => {
    const facts = (degree: string, rank: number) => ({ key: degree.toLowerCase(), rank, tags: degreeTags(degree) });
    const match = (person: [string, number], route: [string, number]) => degreeMatch(facts(...person), facts(...route));
    assert.equal(match(['BCA', 3], ['BCA', 3]), 1);
    assert.equal(match(['BCA', 3], ['B.Com / B.A. / Other Graduate', 3]), 1);
    assert.equal(match(['Class 12 (Science PCB)', 1], ['B.Com / B.A. / Other Graduate', 3]), 0);
    assert.equal(match(['B.Tech / BE Mechanical', 3], ['B.Tech / BE', 3]), 0.9);
    assert.equal(match(['BCA', 3], ['B.Tech / BE CSE or IT', 3]), 0.8);
    assert.equal(match(['B.Tech / BE Mechanical', 3], ['B.Tech / BE CSE or IT', 3]), 0);
    assert.equal(match(['Class 12 (Science PCB)', 1], ['MBBS', 3]), 0.9);
    assert.equal(match(['Class 12 (Science PCM)', 1], ['B.Tech / BE CSE or IT', 3]), 0.9);
    assert.equal(match(['Class 12 (Commerce)', 1], ['MBBS', 3]), 0);
    assert.equal(match(['B.Sc Nursing', 3], ['BDS', 3]), 0.6);
    assert.ok(match(['B.Sc Nursing', 3], ['Class 12 (Science PCB)', 1]) < 0.6);
  });
});
