import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { parsePage, type ImportHints } from './page-parser.ts';
import { parseEducationRow, parseProgressionRow, parseSkillRow } from './glued-rows.ts';
import { SEED_PAGE } from '../../test/support/content.ts';

const hints: ImportHints = { categories: [], careers: [], skillTypes: [], source: 'page.txt', today: '2026-11-28' };

describe('glued table rows', () => {
  it('splits a skill row by vocabulary when no card names it', () => {
    assert.deepEqual(parseSkillRow('SQLdatabasehighintermediate-advancedQuerying data', []), {
      name: 'SQL',
      type: 'database',
      importance: 'high',
      level: 'intermediate-advanced',
      usedFor: 'Querying data',
    });
    // type repeats the name's last word, or is a type the catalog knows
    assert.equal(parseSkillRow('Server-Side Programmingprogramminghighadvancedwriting code', [])?.name, 'Server-Side Programming');
    assert.equal(parseSkillRow('Clinical Assessmentclinicalhighadvancedtriage', [], ['clinical'])?.name, 'Clinical Assessment');
    assert.equal(parseSkillRow('Patient Carepatient_caremedium-highbeginner-intermediateBedside care', [])?.type, 'patient_care');
  });

  it('splits an education row into level, degree, fit, preferred and reason', () => {
    assert.deepEqual(parseEducationRow('EngineeringB.Tech / BE CSE or IT94/100YesStrong fit.'), {
      level: 'Engineering',
      degree: 'B.Tech / BE CSE or IT',
      fitScore: 94,
      preferred: true,
      reason: 'Strong fit.',
    });
    assert.deepEqual(parseEducationRow('Class 12Class 12 (Science PCB)70/100NoNEET route.'), {
      level: 'Class 12',
      degree: 'Class 12 (Science PCB)',
      fitScore: 70,
      preferred: false,
      reason: 'NEET route.',
    });
    assert.equal(parseEducationRow('No degreeNo degree100/100YesAnyone.')?.fitScore, 100);
    assert.equal(parseEducationRow('just words'), null);
  });

  it('splits a progression row, using known titles when the stage has a camel-case seam', () => {
    assert.deepEqual(parseProgressionRow('EntryJunior Nurse, Staff Nurse0-2 years', []), {
      stage: 'Entry',
      titles: ['Junior Nurse', 'Staff Nurse'],
      experience: '0-2 years',
    });
    assert.deepEqual(parseProgressionRow('DevOps LeadLead SRE, Platform Lead8+ years', ['Lead SRE'])?.stage, 'DevOps Lead');
    // a title ending in a digit: "SDE-2" then "3-5 years", not "SDE-" then "23-5 years"
    assert.deepEqual(parseProgressionRow('DeveloperSoftware Developer, SDE-23-5 years', [])?.titles, ['Software Developer', 'SDE-2']);
  });
});

describe('page importer on the seed', () => {
  it('places every line of the seed page', async () => {
    const result = parsePage(await readFile(SEED_PAGE, 'utf8'), hints)!;
    assert.deepEqual(result.unplaced, []);
    const p = result.profile as Record<string, unknown[]>;
    const counts = Object.fromEntries(
      [
        'salary',
        'skills',
        'education',
        'roadmap',
        'tasks',
        'tools',
        'jobTitles',
        'similarCareers',
        'progression',
        'industries',
        'portfolioProjects',
        'risks',
        'faqs',
      ].map((k) => [k, p[k]!.length]),
    );
    assert.deepEqual(counts, {
      salary: 3,
      skills: 15,
      education: 7,
      roadmap: 6,
      tasks: 6,
      tools: 6,
      jobTitles: 10,
      similarCareers: 6,
      progression: 7,
      industries: 10,
      portfolioProjects: 5,
      risks: 6,
      faqs: 8,
    });
  });

  it('reports lines it cannot place instead of dropping them', async () => {
    const seed = await readFile(SEED_PAGE, 'utf8');
    const broken = seed.replace('Common tasks\n', 'Common tasks\n\nThis stray sentence belongs nowhere\n');
    const result = parsePage(broken, hints)!;
    assert.deepEqual(
      result.unplaced.map((l) => l.text),
      ['This stray sentence belongs nowhere'],
    );
  });

  it('refuses text that is not a career page', () => {
    assert.equal(parsePage('hello\nworld', hints), null);
  });
});
