/**
 * Line-by-line reader for O*NET tab-delimited tables. One reader serves both layouts the
 * project meets: the official text release (`*.txt`, padded numbers like `4.00`, `n/a`
 * for missing) and the TSV copy in shared/data (`*.tsv`, extra columns, unpadded numbers,
 * empty for missing). Columns are found by header name, never by position, because the
 * two layouts order and count them differently.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** Any problem with a release file; the message always starts with `file:line:`. */
export class OnetFormatError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'OnetFormatError';
    this.file = file;
    this.line = line;
  }
}

const MISSING = /^(n\/a)?$/i;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** One data row; every accessor throws an `OnetFormatError` naming file, line and column. */
export class OnetRow<C extends string> {
  constructor(
    private readonly fields: readonly string[],
    private readonly index: Readonly<Record<C, number>>,
    readonly file: string,
    readonly line: number,
  ) {}

  fail(detail: string): never {
    throw new OnetFormatError(this.file, this.line, detail);
  }

  /** The raw trimmed field; '' when the column is empty. */
  raw(column: C): string {
    return (this.fields[this.index[column]] ?? '').trim();
  }

  /** A field that must be present (not empty, not `n/a`). */
  text(column: C): string {
    const value = this.raw(column);
    if (MISSING.test(value)) this.fail(`column "${column}" is empty`);
    return value;
  }

  /** A field that may be missing: both `n/a` and '' read as null. */
  optionalText(column: C): string | null {
    const value = this.raw(column);
    return MISSING.test(value) ? null : value;
  }

  /** A required number; `4.00` and `4` read the same. */
  number(column: C): number {
    const value = this.optionalNumber(column);
    if (value === null) this.fail(`column "${column}" is empty, expected a number`);
    return value;
  }

  optionalNumber(column: C): number | null {
    const value = this.raw(column);
    if (MISSING.test(value)) return null;
    if (!NUMBER.test(value)) this.fail(`column "${column}": "${value}" is not a number`);
    return Number(value);
  }

  /** A Y/N flag; missing reads as `fallback` when one is given, otherwise it is an error. */
  flag(column: C, fallback?: boolean): boolean {
    const value = this.raw(column).toUpperCase();
    if (value === 'Y') return true;
    if (value === 'N') return false;
    if (MISSING.test(value) && fallback !== undefined) return fallback;
    return this.fail(`column "${column}": "${this.raw(column)}" is not Y or N`);
  }
}

export interface TableSpec<C extends string> {
  /** Columns that must be in the header; any others are ignored. */
  columns: readonly C[];
}

/**
 * Streams `file` and calls `visit` once per data row, in file order. Blank lines are
 * skipped; a row whose field count differs from the header's is an error, because a
 * stray or missing tab shifts every later column silently otherwise. Returns the number
 * of data rows.
 */
export async function forEachRow<C extends string>(file: string, spec: TableSpec<C>, visit: (row: OnetRow<C>) => void): Promise<number> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  let width = 0;
  let index: Record<C, number> | null = null;
  let rows = 0;
  for await (const line of lines) {
    lineNo += 1;
    if (index === null) {
      const header = line
        .replace(/^\uFEFF/, '')
        .split('\t')
        .map((h) => h.trim());
      width = header.length;
      index = headerIndex(header, spec.columns, file);
      continue;
    }
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    if (fields.length !== width) {
      throw new OnetFormatError(file, lineNo, `expected ${width} tab-separated fields, found ${fields.length}`);
    }
    visit(new OnetRow(fields, index, file, lineNo));
    rows += 1;
  }
  if (index === null) throw new OnetFormatError(file, 1, 'file is empty, expected a header row');
  return rows;
}

function headerIndex<C extends string>(header: string[], columns: readonly C[], file: string): Record<C, number> {
  const index = {} as Record<C, number>;
  const missing: string[] = [];
  for (const column of columns) {
    const at = header.indexOf(column);
    if (at < 0) missing.push(column);
    index[column] = at;
  }
  if (missing.length > 0) {
    throw new OnetFormatError(file, 1, `missing column(s) ${missing.map((c) => `"${c}"`).join(', ')}`);
  }
  return index;
}
