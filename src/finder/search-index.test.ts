import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { createCatalog, type CareerCatalog } from '../catalog/career-catalog.ts';
import type { CareerProfile } from '../careers/career.schema.ts';
import { readContentDir } from '../content/content-files.ts';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { buildSearchIndex, type SearchIndex } from './search-index.ts';
import { terms } from './search-text.ts';

describe('search index over the real catalog', () => {
  let catalog: CareerCatalog;
  let index: SearchIndex;
  const titles = (q: string) => (index.search(q) ?? []).map((h) => catalog.profiles[h.doc]!.title);

  before(async () => {
    const files = await readContentDir(REPO_CONTENT);
    catalog = createCatalog(files.map((f) => f.data as CareerProfile));
    index = buildSearchIndex(catalog.profiles);
  });

  const firsts: Array<[string, string]> = [
    ['bakend devloper', 'Backend Developer'],
    ['data analyst', 'Data Analyst'],
    ['ca', 'Chartered Accountant'],
    ['CA', 'Chartered Accountant'],
    ['chartered accountant', 'Chartered Accountant'],
    ['nurse', 'Staff Nurse'],
    ['nurses', 'Staff Nurse'],
    ['machine lerning', 'Machine Learning Engineer'],
    ['accountnt', 'Accountant'],
    ['front end developer', 'Frontend Developer'],
    ['fullstack', 'Full Stack Developer'],
    ['ui ux', 'UI/UX Designer'],
    ['devops', 'DevOps Engineer'],
  ];
  for (const [query, title] of firsts) {
    it(`finds ${title} first for "${query}"`, () => {
      assert.equal(titles(query)[0], title, titles(query).slice(0, 5).join(' | '));
    });
  }

  it('ranks careers with the word in their title above careers that only mention it', () => {
    const found = titles('developer');
    const inTitle = found.filter((t) => /developer/i.test(t));
    assert.ok(inTitle.length >= 5);
    assert.deepEqual(found.slice(0, inTitle.length), inTitle);
  });

  it('takes "CA" as Chartered Accountant only: Cloud Architect has the same initials but never writes them', () => {
    const found = titles('ca');
    assert.ok(found.indexOf('Cloud Architect') === -1 || found.indexOf('Cloud Architect') > found.indexOf('Chartered Accountant'));
  });

  it('finds careers by a skill, a tool and a task', () => {
    assert.ok(titles('python').includes('Data Scientist'));
    assert.ok(titles('postgresql').includes('Backend Developer'));
    assert.ok(titles('gst returns').includes('Chartered Accountant'));
  });

  it('answers null for a query with no searchable word, and nothing for gibberish', () => {
    assert.equal(index.search('   '), null);
    assert.equal(index.search('the and of'), null);
    assert.deepEqual(titles('qqqqzzzz'), []);
  });
});

describe('search terms', () => {
  it('keeps c++ and c# and drops stopwords', () => {
    assert.deepEqual(terms('C++ and C# for the Web'), ['c++', 'c#', 'web']);
  });
});
