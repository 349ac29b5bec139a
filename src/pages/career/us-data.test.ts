import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRepoProfile } from '../../../test/support/content.ts';
import { relevantUsTechnology, relevantUsTitles } from './us-data.ts';

describe('US (O*NET) data on India career pages', () => {
  it('drops US titles that are not this career in India', () => {
    assert.deepEqual(relevantUsTitles(readRepoProfile('ias-officer'), ['Chief Executive Officer', 'CFO', 'Agency Owner', 'Chief Diversity Officer']), []);
    assert.deepEqual(relevantUsTitles(readRepoProfile('chartered-accountant'), ['CPA', 'Certified Public Accountant']), []);
  });

  it("keeps a US title made of the career's own words", () => {
    const p = readRepoProfile('backend-developer');
    assert.deepEqual(relevantUsTitles(p, ['Software Engineer', 'Web Developer', 'Chief Technology Officer']).includes('Software Engineer'), true);
  });

  it('keeps technology the profile itself names, and nothing else', () => {
    const p = readRepoProfile('backend-developer');
    const shown = relevantUsTechnology(p, ['PostgreSQL', 'Oracle PeopleSoft']);
    assert.ok(shown.includes('PostgreSQL'), shown.join(', '));
    assert.ok(!shown.includes('Oracle PeopleSoft'));
  });
});
