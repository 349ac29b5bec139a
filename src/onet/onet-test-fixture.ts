/**
 * Test support for the O*NET fixture (test/fixtures/onet, official text format): scratch
 * copies to break, and the same data converted to the shared-data TSV layout.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE = fileURLToPath(new URL('../../test/fixtures/onet/', import.meta.url));
const temps: string[] = [];

/** Deletes every temp dir made so far; call from `after`. */
export async function removeTemps(): Promise<void> {
  await Promise.all(temps.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

/** A scratch copy of the fixture, to edit or break. */
export async function tempCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'onet-'));
  temps.push(dir);
  await cp(FIXTURE, dir, { recursive: true });
  return dir;
}

/** Rewrites one file of a temp copy: `edit` gets and returns its lines. */
export async function editFile(dir: string, name: string, edit: (lines: string[]) => string[]): Promise<void> {
  const file = join(dir, name);
  const lines = (await readFile(file, 'utf8')).split('\n');
  await writeFile(file, edit(lines).join('\n'));
}

/**
 * The fixture converted to the shared-data TSV layout: `.tsv`, CRLF line ends, a `Title`
 * column after the code and `Scale Name` after `Scale ID` (as in ../shared/data), numbers
 * unpadded, empty instead of `n/a`, and the columns in a different order.
 */
export async function tsvVariant(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'onet-tsv-'));
  temps.push(dir);
  const titles = new Map(
    (await readFile(join(FIXTURE, 'Occupation Data.txt'), 'utf8'))
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split('\t'))
      .map(([code, title]) => [code!, title!]),
  );
  for (const name of await readdir(FIXTURE)) {
    if (!name.endsWith('.txt')) continue;
    const rows = (await readFile(join(FIXTURE, name), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    const header = rows[0]!;
    const out = rows.map((row, r) => {
      let cells = row.map((c) => (r === 0 ? c : c === 'n/a' ? '' : /^\d+\.\d+$/.test(c) ? String(Number(c)) : c));
      if (header.includes('Scale ID')) {
        const at = header.indexOf('Scale ID') + 1;
        cells.splice(at, 0, r === 0 ? 'Scale Name' : `${cells[at - 1]} scale`);
      }
      if (header[0] === 'O*NET-SOC Code' && !header.includes('Title')) {
        cells.splice(1, 0, r === 0 ? 'Title' : (titles.get(cells[0]!) ?? ''));
      }
      cells = [...cells.slice(1), cells[0]!]; // code column last: columns must be found by name
      return cells.join('\t');
    });
    await writeFile(join(dir, name.replace(/\.txt$/, '.tsv')), `${out.join('\r\n')}\r\n`);
  }
  return dir;
}
