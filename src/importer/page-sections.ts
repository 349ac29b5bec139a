/**
 * Splits a page dump into its sections by the page's own headings (section-copy.ts), in
 * page order. Lines keep their 1-based line numbers so unplaced ones can be reported.
 */
import { SECTIONS, pageTitle, type SectionKey } from '../careers/section-copy.ts';

export interface Line {
  n: number;
  text: string;
}

export interface PageSections {
  title: string;
  header: Line[];
  sections: Partial<Record<SectionKey, Line[]>>;
  /** Lines that sit before the title line. */
  stray: Line[];
}

const TITLE_LINE = /^(.+) Career Path in India$/;

export function splitPage(text: string): PageSections | null {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((raw, i) => ({ n: i + 1, text: raw.trim() }))
    .filter((l) => l.text !== '');
  const titleAt = lines.findIndex((l) => TITLE_LINE.test(l.text));
  if (titleAt < 0) return null;
  const title = lines[titleAt]!.text.match(TITLE_LINE)![1]!;
  if (pageTitle(title) !== lines[titleAt]!.text) return null;

  const order = Object.keys(SECTIONS) as SectionKey[];
  const starts: Array<{ key: SectionKey; at: number }> = [];
  let from = titleAt + 1;
  for (const key of order) {
    const heading = SECTIONS[key].heading(title);
    const at = lines.findIndex((l, i) => i >= from && l.text === heading);
    if (at < 0) continue;
    starts.push({ key, at });
    from = at + 1;
  }
  const firstSection = starts[0]?.at ?? lines.length;
  const sections: PageSections['sections'] = {};
  starts.forEach(({ key, at }, i) => {
    const end = starts[i + 1]?.at ?? lines.length;
    const body = lines.slice(at + 1, end);
    const intro = SECTIONS[key].intro;
    const introAt = intro ? body.findIndex((l) => l.text === intro) : -1;
    sections[key] = introAt < 0 ? body : [...body.slice(0, introAt), ...body.slice(introAt + 1)];
  });
  return { title, header: lines.slice(titleAt + 1, firstSection), sections, stray: lines.slice(0, titleAt) };
}

/** Groups lines into records that each start with a line `isStart` accepts. */
export function groupBy(lines: Line[], isStart: (line: Line, index: number) => boolean): Line[][] {
  const groups: Line[][] = [];
  lines.forEach((line, i) => {
    if (isStart(line, i) || groups.length === 0) groups.push([line]);
    else groups[groups.length - 1]!.push(line);
  });
  return groups;
}

/** Fixed-size records: every `size` lines make one. */
export function chunk(lines: Line[], size: number): Line[][] {
  const out: Line[][] = [];
  for (let i = 0; i < lines.length; i += size) out.push(lines.slice(i, i + size));
  return out;
}
