/**
 * Reads an O*NET database release directory into plain records (see onet-types.ts).
 *
 * Contract:
 * - Accepts the official text release (`<Name>.txt`) and the TSV copy (`<Name>.tsv`);
 *   columns are found by header name, numbers may be padded or not, `n/a` and '' both
 *   mean missing.
 * - Every problem throws `OnetFormatError` with `file:line:` (line 1 = header): missing
 *   file or column, wrong field count, non-numeric or out-of-range value, unknown code.
 * - Opens only the files in `ONET_FILES`. It never opens `Related Occupations`: that file
 *   is the expert ground truth the similarity engine is measured against, so the engine's
 *   inputs must not come from it (only eval-similarity reads it).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { forEachRow, OnetFormatError, type OnetRow } from './onet-table.ts';
import {
  ONET_CODE,
  RIASEC,
  type OnetAlternateTitle,
  type OnetEducation,
  type OnetInterest,
  type OnetJobZone,
  type OnetOccupation,
  type OnetRating,
  type OnetRelease,
  type OnetReportedTitle,
  type OnetTask,
  type OnetTechnology,
  type RatingDomain,
  type RiasecName,
} from './onet-types.ts';

/** Base names of the files read, without extension. */
export const ONET_FILES = {
  occupations: 'Occupation Data',
  alternateTitles: 'Alternate Titles',
  reportedTitles: 'Sample of Reported Titles',
  skills: 'Skills',
  knowledge: 'Knowledge',
  technology: 'Technology Skills',
  tasks: 'Task Statements',
  interests: 'Interests',
  jobZones: 'Job Zones',
  education: 'Education, Training, and Experience',
} as const;

const CODE = 'O*NET-SOC Code';

/** `dir/<base>.txt` or `dir/<base>.tsv`; throws naming both when neither exists. */
export function onetFile(dir: string, base: string): string {
  for (const ext of ['.txt', '.tsv']) {
    const file = join(dir, base + ext);
    if (existsSync(file)) return file;
  }
  throw new OnetFormatError(join(dir, `${base}.txt`), 0, `file not found (looked for "${base}.txt" and "${base}.tsv")`);
}

export interface ReadOptions {
  /** Called once per file when it has been read, with the number of records kept. */
  onFile?: (file: string, records: number) => void;
}

export async function readOnetRelease(dir: string, options: ReadOptions = {}): Promise<OnetRelease> {
  // Resolve every path first, so a missing file fails before any reading starts.
  const files = Object.fromEntries(Object.entries(ONET_FILES).map(([k, base]) => [k, onetFile(dir, base)])) as Record<keyof typeof ONET_FILES, string>;
  const read = async <T>(file: string, records: Promise<T[]>): Promise<T[]> => {
    const list = await records;
    options.onFile?.(file, list.length);
    return list;
  };
  const occupations = await read(files.occupations, readOccupations(files.occupations));
  const known = new Set(occupations.map((o) => o.code));
  const [alternateTitles, reportedTitles, skills, knowledge, technology, tasks, interests, jobZones, education] = await Promise.all([
    read(files.alternateTitles, readAlternateTitles(files.alternateTitles, known)),
    read(files.reportedTitles, readReportedTitles(files.reportedTitles, known)),
    read(files.skills, readRatings(files.skills, 'skill', known)),
    read(files.knowledge, readRatings(files.knowledge, 'knowledge', known)),
    read(files.technology, readTechnology(files.technology, known)),
    read(files.tasks, readTasks(files.tasks, known)),
    read(files.interests, readInterests(files.interests, known)),
    read(files.jobZones, readJobZones(files.jobZones, known)),
    read(files.education, readEducation(files.education, known)),
  ]);
  return {
    occupations,
    alternateTitles,
    reportedTitles,
    ratings: [...skills, ...knowledge],
    technology,
    tasks,
    interests,
    jobZones,
    education,
  };
}

/** The row's O*NET-SOC code, checked for shape and (when `known` is given) existence. */
function codeOf(row: OnetRow<typeof CODE>, known?: ReadonlySet<string>): string {
  const code = row.text(CODE);
  if (!ONET_CODE.test(code)) row.fail(`"${code}" is not an O*NET-SOC code (expected NN-NNNN.NN)`);
  if (known && !known.has(code)) row.fail(`O*NET-SOC code ${code} is not in ${ONET_FILES.occupations}`);
  return code;
}

function inRange<C extends string>(row: OnetRow<C>, column: C, value: number, min: number, max: number, integer = false): number {
  if (value < min || value > max || (integer && !Number.isInteger(value))) {
    row.fail(`column "${column}": ${value} is outside ${integer ? 'the integers ' : ''}${min}–${max}`);
  }
  return value;
}

export async function readOccupations(file: string): Promise<OnetOccupation[]> {
  const out: OnetOccupation[] = [];
  const seen = new Set<string>();
  await forEachRow(file, { columns: [CODE, 'Title', 'Description'] }, (row) => {
    const code = codeOf(row);
    if (seen.has(code)) row.fail(`duplicate O*NET-SOC code ${code}`);
    seen.add(code);
    out.push({ code, title: row.text('Title'), description: row.optionalText('Description') ?? '' });
  });
  return out;
}

async function readAlternateTitles(file: string, known: ReadonlySet<string>): Promise<OnetAlternateTitle[]> {
  const out: OnetAlternateTitle[] = [];
  await forEachRow(file, { columns: [CODE, 'Alternate Title', 'Short Title', 'Source(s)'] }, (row) => {
    out.push({
      code: codeOf(row, known),
      title: row.text('Alternate Title'),
      shortTitle: row.optionalText('Short Title'),
      sources: row.optionalText('Source(s)'),
    });
  });
  return out;
}

async function readReportedTitles(file: string, known: ReadonlySet<string>): Promise<OnetReportedTitle[]> {
  const out: OnetReportedTitle[] = [];
  await forEachRow(file, { columns: [CODE, 'Reported Job Title', 'Shown in My Next Move'] }, (row) => {
    out.push({
      code: codeOf(row, known),
      title: row.text('Reported Job Title'),
      shownInMyNextMove: row.flag('Shown in My Next Move', false),
    });
  });
  return out;
}

const RATING_COLUMNS = [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value', 'Recommend Suppress', 'Not Relevant'] as const;

/** Skills or Knowledge: merges each element's IM and LV rows into one `OnetRating`. */
async function readRatings(file: string, domain: RatingDomain, known: ReadonlySet<string>): Promise<OnetRating[]> {
  const byKey = new Map<string, OnetRating>();
  await forEachRow(file, { columns: RATING_COLUMNS }, (row) => {
    const scale = row.text('Scale ID');
    if (scale !== 'IM' && scale !== 'LV') return; // other scales are not used; future-proof
    const code = codeOf(row, known);
    const elementId = row.text('Element ID');
    const key = `${code}\t${elementId}`;
    let rating = byKey.get(key);
    if (!rating) {
      rating = {
        code,
        domain,
        elementId,
        elementName: row.text('Element Name'),
        importance: null,
        level: null,
        notRelevant: false,
        suppress: false,
      };
      byKey.set(key, rating);
    }
    const value = row.number('Data Value');
    if (scale === 'IM') {
      if (rating.importance !== null) row.fail(`duplicate IM rating for ${code} ${elementId}`);
      rating.importance = inRange(row, 'Data Value', value, 1, 5);
    } else {
      if (rating.level !== null) row.fail(`duplicate LV rating for ${code} ${elementId}`);
      rating.level = inRange(row, 'Data Value', value, 0, 7);
      rating.notRelevant = row.flag('Not Relevant', false);
    }
    rating.suppress ||= row.flag('Recommend Suppress', false);
  });
  return [...byKey.values()];
}

async function readTechnology(file: string, known: ReadonlySet<string>): Promise<OnetTechnology[]> {
  const out: OnetTechnology[] = [];
  const columns = [CODE, 'Example', 'Commodity Code', 'Commodity Title', 'Hot Technology', 'In Demand'] as const;
  await forEachRow(file, { columns }, (row) => {
    out.push({
      code: codeOf(row, known),
      example: row.text('Example'),
      commodityCode: row.number('Commodity Code'),
      commodityTitle: row.text('Commodity Title'),
      hot: row.flag('Hot Technology'),
      inDemand: row.flag('In Demand'),
    });
  });
  return out;
}

async function readTasks(file: string, known: ReadonlySet<string>): Promise<OnetTask[]> {
  const out: OnetTask[] = [];
  const columns = [CODE, 'Task ID', 'Task', 'Task Type', 'Incumbents Responding'] as const;
  await forEachRow(file, { columns }, (row) => {
    const raw = row.optionalText('Task Type');
    const type = raw === null || raw === 'Core' || raw === 'Supplemental' ? raw : row.fail(`column "Task Type": "${raw}" is not Core or Supplemental`);
    out.push({
      code: codeOf(row, known),
      taskId: inRange(row, 'Task ID', row.number('Task ID'), 0, Number.MAX_SAFE_INTEGER, true),
      statement: row.text('Task'),
      type,
      incumbentsResponding: row.optionalNumber('Incumbents Responding'),
    });
  });
  return out;
}

async function readInterests(file: string, known: ReadonlySet<string>): Promise<OnetInterest[]> {
  const out: OnetInterest[] = [];
  const names = new Set<string>(RIASEC);
  await forEachRow(file, { columns: [CODE, 'Element ID', 'Element Name', 'Scale ID', 'Data Value'] }, (row) => {
    if (row.text('Scale ID') !== 'OI') return; // IH high-point codes are derivable from OI
    const name = row.text('Element Name');
    if (!names.has(name)) row.fail(`column "Element Name": "${name}" is not a RIASEC interest`);
    out.push({
      code: codeOf(row, known),
      elementId: row.text('Element ID'),
      name: name as RiasecName,
      value: inRange(row, 'Data Value', row.number('Data Value'), 1, 7),
    });
  });
  return out;
}

async function readJobZones(file: string, known: ReadonlySet<string>): Promise<OnetJobZone[]> {
  const out: OnetJobZone[] = [];
  const seen = new Set<string>();
  await forEachRow(file, { columns: [CODE, 'Job Zone'] }, (row) => {
    const code = codeOf(row, known);
    if (seen.has(code)) row.fail(`duplicate job zone for ${code}`);
    seen.add(code);
    out.push({ code, jobZone: inRange(row, 'Job Zone', row.number('Job Zone'), 1, 5, true) });
  });
  return out;
}

/** Only the RL scale (required level of education); the training and experience scales are not used. */
async function readEducation(file: string, known: ReadonlySet<string>): Promise<OnetEducation[]> {
  const out: OnetEducation[] = [];
  await forEachRow(file, { columns: [CODE, 'Scale ID', 'Category', 'Data Value'] }, (row) => {
    if (row.text('Scale ID') !== 'RL') return;
    out.push({
      code: codeOf(row, known),
      category: inRange(row, 'Category', row.number('Category'), 1, 12, true),
      percent: inRange(row, 'Data Value', row.number('Data Value'), 0, 100),
    });
  });
  return out;
}
