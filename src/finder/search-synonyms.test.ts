/**
 * Synonyms and "did you mean" in the finder's index, on small catalogs built for each rule so
 * the assertions do not move when editors change the real content.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CareerProfile } from '../careers/career.schema.ts';
import { readRepoProfile } from '../../test/support/content.ts';
import { buildSearchIndex } from './search-index.ts';

const base = readRepoProfile('government-clerk');
/** A career whose only searchable words are its title and category (everything else emptied). */
function career(slug: string, title: string, category: string, remote: CareerProfile['remote'] = 'low'): CareerProfile {
  return {
    ...base,
    slug,
    title,
    category,
    roleFamily: category,
    remote,
    summary: title,
    description: title,
    jobTitles: [],
    skills: [],
    tools: [],
    tasks: [],
    education: [],
    faqs: [],
    progression: [],
    pathways: [],
    localNames: { hi: [], latin: [] },
  };
}

const profiles = [
  career('clerk', 'Government Clerk', 'Government and Public Service'),
  career('writer', 'Content Writer', 'Media', 'high'),
  career('baker', 'Baker', 'Hospitality'),
];
const groups = [
  ['government', 'govt', 'sarkari'],
  ['remote', 'work from home', 'wfh'],
  ['space travel', 'astronaut'],
];
const slugs = (index: ReturnType<typeof buildSearchIndex>, q: string) => (index.search(q) ?? []).map((h) => profiles[h.doc]!.slug);

describe('finder synonyms', () => {
  const index = buildSearchIndex(profiles, { synonyms: groups });
  const plain = buildSearchIndex(profiles);

  it('finds by any word of a group what its other words find', () => {
    assert.deepEqual(slugs(plain, 'sarkari'), [], 'without the group, "sarkari" is not a word of the catalog');
    assert.deepEqual(slugs(index, 'sarkari'), ['clerk']);
    assert.deepEqual(slugs(index, 'govt'), ['clerk']);
  });

  it('reads a phrase of a group as one word, and a remote career by its profile rating', () => {
    assert.deepEqual(slugs(index, 'work from home'), ['writer']);
    assert.deepEqual(slugs(index, 'wfh'), ['writer']);
  });

  it('reads a phrase no career holds word by word, finding nothing it should not', () => {
    assert.deepEqual(slugs(index, 'astronaut'), []);
    assert.deepEqual(slugs(index, 'space travel writer'), ['writer']);
  });
});

describe('did you mean', () => {
  const index = buildSearchIndex(profiles);

  it('replaces a misspelt word with the nearest word a career is named by, when that finds careers', () => {
    assert.equal(index.suggest('bakr'), 'baker');
    assert.equal(index.suggest('goverment clrk'), 'government clerk');
  });

  it('says nothing when every word is known or nothing is near', () => {
    assert.equal(index.suggest('baker'), null);
    assert.equal(index.suggest('xylophone'), null);
  });
});
