import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { REPO_CONTENT, readRepoProfile } from '../../test/support/content.ts';
import { buildCareer } from './career-factory.ts';
import { interestProfile } from './career-interests.ts';
import { INTEREST_KINDS } from './interest-questions.ts';

const strongest = (shares: number[]) => INTEREST_KINDS[shares.indexOf(Math.max(...shares))]!.id;

describe('career interest profiles', () => {
  it('asks at most 12 questions, each about one kind of work', () => {
    assert.ok(INTEREST_KINDS.length <= 12);
    assert.equal(new Set(INTEREST_KINDS.map((k) => k.id)).size, INTEREST_KINDS.length);
  });

  it('are derived from content: change what a career involves and its profile follows', () => {
    const coder = buildCareer({
      slug: 'x',
      category: 'Software Development',
      skills: [['Python', 'high', 'advanced', 'programming']],
      tasks: ['Write code for the app'],
    });
    const carer = buildCareer({
      slug: 'x',
      category: 'Healthcare',
      roleFamily: 'Nursing',
      skills: [['Patient Care', 'high', 'advanced', 'clinical']],
      tasks: ['Care for patients on the ward'],
    });
    assert.equal(strongest(interestProfile(coder)), 'code');
    assert.equal(strongest(interestProfile(carer)), 'care');
  });

  it('split each career of the catalog into shares that add up to 1', () => {
    for (const file of readdirSync(REPO_CONTENT).filter((f) => f.endsWith('.yaml'))) {
      const shares = interestProfile(readRepoProfile(file.replace(/\.yaml$/, '')));
      assert.equal(shares.length, INTEREST_KINDS.length);
      assert.ok(Math.abs(shares.reduce((a, b) => a + b, 0) - 1) < 1e-9, file);
      assert.ok(
        shares.every((s) => s >= 0),
        file,
      );
    }
  });

  it('match what a counsellor would say the work of whole fields is', () => {
    const expected: Record<string, string> = {
      Healthcare: 'care',
      'Software Development': 'code',
      'IT Infrastructure and Security': 'systems',
      'Finance and Accounting': 'money',
      Design: 'design',
      'Law and Compliance': 'law',
      'Core Engineering': 'science',
    };
    for (const file of readdirSync(REPO_CONTENT).filter((f) => f.endsWith('.yaml'))) {
      const p = readRepoProfile(file.replace(/\.yaml$/, ''));
      const want = expected[p.category];
      if (want) assert.equal(strongest(interestProfile(p)), want, `${p.slug} (${p.category})`);
    }
  });
});
