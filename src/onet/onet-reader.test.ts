import assert from 'node:assert/strict';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { readOnetRelease } from './onet-reader.ts';
import { OnetFormatError } from './onet-table.ts';
import { editFile, FIXTURE, removeTemps, tempCopy, tsvVariant } from './onet-test-fixture.ts';

after(removeTemps);

async function errorOf(dir: string): Promise<OnetFormatError> {
  try {
    await readOnetRelease(dir);
  } catch (error) {
    assert.ok(error instanceof OnetFormatError, `expected OnetFormatError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the release to be rejected');
}

describe('readOnetRelease on the official text fixture', async () => {
  const release = await readOnetRelease(FIXTURE);

  it('reads every occupation and the rated ones', () => {
    assert.equal(release.occupations.length, 7);
    assert.equal(new Set(release.ratings.map((r) => r.code)).size, 5);
    const programmers = release.occupations.find((o) => o.code === '15-1251.00');
    assert.equal(programmers?.title, 'Computer Programmers');
  });

  it('merges IM and LV rows and parses padded numbers', () => {
    const reading = release.ratings.find((r) => r.code === '13-2011.00' && r.elementName === 'Reading Comprehension');
    assert.deepEqual(reading, {
      code: '13-2011.00',
      domain: 'skill',
      elementId: '2.A.1.a',
      elementName: 'Reading Comprehension',
      importance: 3.88,
      level: 4.25,
      notRelevant: false,
      suppress: false,
    });
    assert.equal(release.ratings.filter((r) => r.code === '13-2011.00' && r.domain === 'skill').length, 35);
    assert.equal(release.ratings.filter((r) => r.code === '13-2011.00' && r.domain === 'knowledge').length, 33);
  });

  it('reads n/a as null', () => {
    const accountant = release.alternateTitles.find((t) => t.title === 'Account Auditor');
    assert.equal(accountant?.shortTitle, null);
    assert.ok(release.tasks.some((t) => t.incumbentsResponding === null));
    assert.ok(release.tasks.every((t) => t.type === null || t.type === 'Core' || t.type === 'Supplemental'));
  });

  it('keeps the OI interests, job zones, RL education and technology flags', () => {
    assert.equal(release.interests.length, 6 * 6); // 6 occupations with interests × RIASEC; IH rows skipped
    assert.ok(release.interests.every((i) => i.value >= 1 && i.value <= 7));
    assert.equal(release.jobZones.length, 6);
    assert.ok(release.education.every((e) => e.category >= 1 && e.category <= 12));
    assert.equal(release.education.length, 4 * 12); // RL rows of 4 occupations; RW rows skipped
    assert.ok(release.technology.some((t) => t.hot) && release.technology.some((t) => !t.hot));
  });
});

describe('readOnetRelease on the TSV layout', () => {
  it('reads the same records from extra columns, unpadded numbers, empty missing values and CRLF', async () => {
    const official = await readOnetRelease(FIXTURE);
    const tsv = await readOnetRelease(await tsvVariant());
    assert.deepEqual(tsv, official);
  });
});

describe('readOnetRelease and Related Occupations', () => {
  it('never opens Related Occupations (it is evaluation ground truth)', async () => {
    const dir = await tempCopy();
    // A directory in place of the file: any attempt to open or read it would throw.
    await rm(join(dir, 'Related Occupations.txt'));
    await mkdir(join(dir, 'Related Occupations.txt'));
    await mkdir(join(dir, 'Related Occupations.tsv'));
    const release = await readOnetRelease(dir);
    assert.equal(release.occupations.length, 7);
  });
});

describe('readOnetRelease on malformed input', () => {
  it('names the file and header line for a missing required column', async () => {
    const dir = await tempCopy();
    await editFile(dir, 'Skills.txt', (lines) => [lines[0]!.replace('Data Value', 'Value'), ...lines.slice(1)]);
    const error = await errorOf(dir);
    assert.match(error.message, /Skills\.txt:1: missing column\(s\) "Data Value"/);
    assert.equal(error.line, 1);
  });

  it('names the file and line of a row with the wrong field count', async () => {
    const dir = await tempCopy();
    await editFile(dir, 'Knowledge.txt', (lines) => lines.map((l, i) => (i === 4 ? l.split('\t').slice(0, 5).join('\t') : l)));
    const error = await errorOf(dir);
    assert.match(error.message, /Knowledge\.txt:5: expected 13 tab-separated fields, found 5/);
  });

  it('names the file, line and column of a non-numeric rating', async () => {
    const dir = await tempCopy();
    const setValue = (l: string) =>
      l
        .split('\t')
        .map((c, k) => (k === 4 ? 'high' : c))
        .join('\t');
    await editFile(dir, 'Skills.txt', (lines) => lines.map((l, i) => (i === 2 ? setValue(l) : l)));
    const error = await errorOf(dir);
    assert.match(error.message, /Skills\.txt:3: column "Data Value": "high" is not a number/);
  });

  it('rejects an out-of-range rating and an unknown occupation code', async () => {
    const dir = await tempCopy();
    await editFile(dir, 'Job Zones.txt', (lines) => lines.map((l, i) => (i === 1 ? l.replace(/\t\d\t/, '\t9\t') : l)));
    assert.match((await errorOf(dir)).message, /Job Zones\.txt:2: column "Job Zone": 9 is outside/);

    const other = await tempCopy();
    await editFile(other, 'Task Statements.txt', (lines) => lines.map((l, i) => (i === 3 ? l.replace(/^\S+/, '99-9999.00') : l)));
    assert.match((await errorOf(other)).message, /Task Statements\.txt:4: O\*NET-SOC code 99-9999\.00 is not in Occupation Data/);
  });

  it('names a missing file', async () => {
    const dir = await tempCopy();
    await rm(join(dir, 'Interests.txt'));
    assert.match((await errorOf(dir)).message, /Interests\.txt:0: file not found/);
  });
});
