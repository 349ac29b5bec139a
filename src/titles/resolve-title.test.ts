import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { CareerProfile } from '../careers/career.schema.ts';
import { checkContentDir } from '../content/content-check.ts';
import { OccupationIndex } from '../occupations/occupation-index.ts';
import { FIXTURE } from '../onet/onet-test-fixture.ts';
import { readOnetRelease } from '../onet/onet-reader.ts';
import { REPO_CONTENT } from '../../test/support/content.ts';
import { buildTitleIndex, ONET_BRIDGE, resolveTitle, type TitleIndex } from './resolve-title.ts';

describe('resolveTitle', () => {
  let profiles: CareerProfile[];
  let careersOnly: TitleIndex;
  let withOnet: TitleIndex;
  before(async () => {
    profiles = (await checkContentDir(REPO_CONTENT, { onet: null, isco: null })).profiles;
    careersOnly = buildTitleIndex(profiles);
    withOnet = buildTitleIndex(profiles, new OccupationIndex(await readOnetRelease(FIXTURE), 'fixture', '2025-01-01'));
  });
  const best = (index: TitleIndex, q: string) => resolveTitle(index, q).careers[0];

  it('maps the titles people type to the career they mean', () => {
    const cases: Array<[string, string, string]> = [
      ['sde 2', 'software-developer', 'SDE-2'],
      ['SDE II', 'software-developer', 'SDE-2'],
      ['java developer', 'software-developer', 'Java Developer'],
      ['staff nurse', 'staff-nurse', 'Staff Nurse'],
      ['ca articleship', 'chartered-accountant', 'CA Articleship Trainee'],
      ['Java Backend Developer', 'backend-developer', 'Java Backend Developer'],
    ];
    for (const [q, slug, title] of cases) {
      const m = best(careersOnly, q);
      assert.deepEqual([m?.slug, m?.matchedTitle], [slug, title], q);
    }
    assert.equal(best(careersOnly, 'staff nurse')!.matchedKind, 'title');
    // SDE-2 is both a job title and a progression title of Software Developer
    assert.ok(['jobTitle', 'progression'].includes(best(careersOnly, 'sde 2')!.matchedKind));
    assert.equal(best(careersOnly, 'java developer')!.matchedKind, 'jobTitle');
  });

  it('knows a career by its translated title, typed in Devanagari', () => {
    const translated = profiles.filter((p) => p.translations?.hi?.title);
    assert.ok(translated.length >= 5, 'the repository has translated careers');
    for (const p of translated) {
      const m = best(careersOnly, p.translations!.hi!.title);
      assert.deepEqual([m?.slug, m?.matchedTitle], [p.slug, p.translations!.hi!.title], p.slug);
    }
    // part of a translated title, as a person would type it
    assert.equal(best(careersOnly, 'स्टाफ़ नर्स')?.slug, 'staff-nurse');
    assert.equal(best(careersOnly, 'पुलिस कांस्टेबल')?.slug, 'police-constable');
  });

  it('tolerates typos, spacing and case', () => {
    for (const [q, slug] of [
      ['stafff nurce', 'staff-nurse'],
      ['jaava developer', 'software-developer'],
      ['CA ARTICLESHIP', 'chartered-accountant'],
      ['fullstack developer', 'full-stack-developer'],
      ['front end developer', 'frontend-developer'],
    ]) {
      assert.equal(best(careersOnly, q!)?.slug, slug, q);
    }
  });

  it('returns nothing for nonsense and works without O*NET', () => {
    assert.deepEqual(resolveTitle(careersOnly, 'xyzzy plugh'), { query: 'xyzzy plugh', careers: [], occupations: [] });
    assert.deepEqual(resolveTitle(careersOnly, 'staff nurse').occupations, []);
  });

  it('adds O*NET occupations, and finds careers through the occupation they link to', () => {
    const r = resolveTitle(withOnet, 'staff nurse');
    assert.equal(r.careers[0]?.slug, 'staff-nurse');
    assert.deepEqual([r.occupations[0]?.code, r.occupations[0]?.matchedTitle, r.occupations[0]?.careers], ['29-1141.00', 'Staff Nurse', ['staff-nurse']]);
    // "Registered nurse" is not a curated title; O*NET's Registered Nurses (29-1141.00) is linked to Staff Nurse.
    const rn = resolveTitle(withOnet, 'registered nurse');
    const viaOnet = rn.careers.find((c) => c.slug === 'staff-nurse')!;
    assert.equal(viaOnet.matchedKind, 'onet');
    assert.equal(viaOnet.score, Math.round(rn.occupations.find((o) => o.code === '29-1141.00')!.score * ONET_BRIDGE * 10) / 10);
    assert.ok(!resolveTitle(careersOnly, 'registered nurse').careers.some((c) => c.slug === 'staff-nurse' && c.score >= viaOnet.score));
  });

  it('limits and orders the results', () => {
    const r = resolveTitle(withOnet, 'developer', 3);
    assert.ok(r.careers.length <= 3 && r.occupations.length <= 3);
    for (const list of [r.careers, r.occupations]) for (let i = 1; i < list.length; i += 1) assert.ok(list[i - 1]!.score >= list[i]!.score);
  });
});

describe('Indian job titles', () => {
  let index: ReturnType<typeof buildTitleIndex>;
  before(async () => {
    index = buildTitleIndex((await checkContentDir(REPO_CONTENT, { onet: null, isco: null })).profiles);
  });

  it('resolves the titles of job ads, offer letters and notifications to their careers', () => {
    for (const [q, slug] of [
      ['BDE', 'business-development-executive'],
      ['MTS', 'multi-tasking-staff'],
      ['lekhpal', 'patwari'],
      ['loco pilot', 'loco-pilot'],
      ['constable', 'police-constable'],
      ['LDC', 'government-clerk'],
      ['CCE', 'customer-care-executive'],
      ['SDE-1', 'software-developer'],
    ] as const) {
      assert.equal(resolveTitle(index, q, 3).careers[0]?.slug, slug, q);
    }
  });

  it('answers nothing for a title no career has, and no career that only shares a word', () => {
    assert.deepEqual(resolveTitle(index, 'astronaut', 3).careers, []);
    assert.ok(!resolveTitle(index, 'Group D', 3).careers.some((c) => c.slug === 'air-force-officer'));
  });
});
