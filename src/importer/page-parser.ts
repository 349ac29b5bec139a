/**
 * Turns a career page dumped as plain text (the format of shared/seeds) into a profile.
 * Every line is either placed in a field or returned in `unplaced`; nothing is dropped
 * silently. Values are parsed by shape, never by what the seed happens to contain.
 */
import { textKey } from '../text/text-key.ts';
import type { CareerProfile } from '../careers/career.schema.ts';
import { TABLE_HEADERS, toolInitials } from '../careers/section-copy.ts';
import { slugify } from '../text/slugify.ts';
import { parseEducationRow, parseProgressionRow, parseSkillRow } from './glued-rows.ts';
import { chunk, groupBy, splitPage, type Line } from './page-sections.ts';

export interface ImportHints {
  /** Known categories, to split "Software Development Developer" into category and role family. */
  categories: string[];
  /** Skill types the catalog already uses, to split glued skill rows. */
  skillTypes: string[];
  /** Catalog careers, to link similar careers by title. */
  careers: Array<{ slug: string; title: string }>;
  /** Where the page came from, recorded in provenance. */
  source: string;
  today: string;
}

export interface ImportResult {
  profile: Record<string, unknown>;
  unplaced: Line[];
  notes: string[];
}

type Draft = Partial<Record<keyof CareerProfile, unknown>>;

const META = /^(.+?) (\d{1,2})(?:-(\d{1,2})|(\+))? years? experience Remote: ([a-z]+) Demand: ([a-z]+) Future scope: ([a-z ]+)$/i;
const BAND = /^(Entry|Mid|Senior)₹\s?([\d.]+)(?:\s?-\s?([\d.]+))? LPA(\+)?$/;
const SEGMENT_ORDER = ['pan-india', 'metro', 'remote'] as const;
/** As many salary segments as a profile may have (career.schema.ts). */
const MAX_SEGMENTS = 6;

const join = (lines: Line[]) => lines.map((l) => l.text).join(' ');
const after = (line: Line | undefined, prefix: string) => (line?.text.startsWith(prefix) ? line.text.slice(prefix.length).trim() : null);

export function parsePage(text: string, hints: ImportHints): ImportResult | null {
  const page = splitPage(text);
  if (!page) return null;
  const unplaced: Line[] = [...page.stray];
  const notes: string[] = [];
  const s = page.sections;
  const known = hints.careers.find((c) => textKey(c.title) === textKey(page.title));
  const draft: Draft = { slug: known?.slug ?? slugify(page.title), title: page.title };

  parseHeader(page.header, hints, draft, unplaced, notes);
  unplaced.push(...(s.overview ?? []), ...(s.explore ?? []));
  draft.mainRole = join(s.mainRole ?? []);
  draft.bestFitFor = join(s.bestFitFor ?? []);
  draft.notBestFor = join(s.notBestFor ?? []);
  draft.salary = parseSalary(s.salary ?? [], unplaced);
  draft.skills = parseSkills(s.skills ?? [], hints.skillTypes, unplaced);
  draft.education = parseRows(s.education ?? [], TABLE_HEADERS.education, parseEducationRow, unplaced);
  draft.roadmap = parseRoadmap(s.roadmap ?? [], unplaced);
  draft.tasks = records(s.tasks ?? [], 'Frequency: ', unplaced, ([name, freq, output]) => ({
    name: name!.text,
    frequency: after(freq, 'Frequency: '),
    output: output?.text,
  }));
  draft.tools = parseTools(s.tools ?? [], unplaced);
  draft.jobTitles = records(s.jobTitles ?? [], 'Level: ', unplaced, ([title, level, note]) => ({
    title: title!.text,
    level: after(level, 'Level: ')?.toLowerCase(),
    note: note?.text,
  }));
  draft.similarCareers = parseSimilar(s.similar ?? [], hints, unplaced);
  const titles = (draft.jobTitles as Array<{ title: string }>).map((t) => t.title);
  draft.progression = parseRows(s.progression ?? [], TABLE_HEADERS.progression, (row) => parseProgressionRow(row, titles), unplaced);
  draft.industries = records(
    s.industries ?? [],
    'Hiring strength: ',
    unplaced,
    ([name, strength]) => ({
      name: name!.text,
      hiringStrength: after(strength, 'Hiring strength: ')?.toLowerCase(),
    }),
    2,
  );
  draft.portfolioProjects = records(
    s.projects ?? [],
    'Type: ',
    unplaced,
    ([title, type, description, proof]) => ({
      title: title!.text,
      type: after(type, 'Type: '),
      description: description?.text,
      proofOutput: after(proof, 'Proof output: '),
    }),
    4,
  );
  draft.risks = chunk(s.risks ?? [], 2).map(([title, description]) => ({ title: title!.text, description: description?.text }));
  draft.faqs = groupBy(s.faqs ?? [], (l) => l.text.endsWith('?')).map(([question, ...answer]) => ({
    question: question!.text,
    answer: join(answer),
  }));
  draft.provenance = {
    sources: [{ name: `Imported page: ${hints.source}` }],
    reviewedAt: hints.today,
    reviewedBy: 'page importer (not yet reviewed)',
    revision: 1,
  };
  notes.push('provenance: the page carries none; set to the imported file, unreviewed');
  return { profile: draft, unplaced: unplaced.sort((a, b) => a.n - b.n), notes };
}

function parseHeader(header: Line[], hints: ImportHints, draft: Draft, unplaced: Line[], notes: string[]) {
  const metaAt = header.findIndex((l) => META.test(l.text));
  if (metaAt < 0) {
    unplaced.push(...header);
    return;
  }
  const m = header[metaAt]!.text.match(META)!;
  const head = m[1]!;
  const category = [...hints.categories].sort((a, b) => b.length - a.length).find((c) => head.startsWith(`${c} `));
  const split = category ?? head.slice(0, head.lastIndexOf(' '));
  if (!category) notes.push(`category/role family: "${head}" split before its last word`);
  draft.category = split;
  draft.roleFamily = head.slice(split.length).trim();
  draft.experience = { minYears: Number(m[2]), maxYears: m[4] ? null : m[3] === undefined ? Number(m[2]) : Number(m[3]) };
  draft.remote = m[5]!.toLowerCase();
  draft.demand = m[6]!.toLowerCase();
  draft.futureScope = m[7]!.toLowerCase();
  const before = header.slice(0, metaAt);
  draft.summary = before[0]?.text;
  draft.description = join(before.slice(1));
  unplaced.push(...header.slice(metaAt + 1));
}

function parseSalary(lines: Line[], unplaced: Line[]) {
  type Segment = { segment: string; label: string; note?: string; bands: Array<{ level: string; minLpa: number; maxLpa: number | null }> };
  const segments: Segment[] = [];
  for (const line of lines) {
    const band = line.text.match(BAND);
    const current = segments[segments.length - 1];
    if (band && current && current.note === undefined) {
      current.bands.push({ level: band[1]!.toLowerCase(), minLpa: Number(band[2]), maxLpa: band[4] ? null : Number(band[3] ?? band[2]) });
    } else if (!band && current && current.bands.length > 0 && current.note === undefined) {
      current.note = line.text;
    } else if (!band && segments.length < MAX_SEGMENTS && (!current || current.note !== undefined)) {
      // the page names no ids or kinds: the seed's three segments by position, then numbered ones
      const segment = SEGMENT_ORDER[segments.length] ?? `segment-${segments.length + 1}`;
      segments.push({ segment, label: line.text, note: undefined, bands: [] });
    } else unplaced.push(line);
  }
  return segments;
}

function parseSkills(lines: Line[], knownTypes: string[], unplaced: Line[]) {
  const cardAt = (i: number) => ['Type', 'Importance', 'Level', 'Used for'].every((p, k) => lines[i + 1 + k]?.text.startsWith(p));
  const firstCard = lines.findIndex((_, i) => cardAt(i));
  const cards = firstCard < 0 ? [] : chunk(lines.slice(firstCard), 5);
  const fromCards = cards.flatMap((card) => {
    if (card.length < 5 || !cardAt(lines.indexOf(card[0]!))) {
      unplaced.push(...card);
      return [];
    }
    const [name, type, importance, level, usedFor] = card as [Line, Line, Line, Line, Line];
    return [
      {
        name: name.text,
        type: after(type, 'Type')!,
        importance: after(importance, 'Importance')!,
        level: after(level, 'Level')!,
        usedFor: after(usedFor, 'Used for')!,
      },
    ];
  });
  const names = fromCards.map((c) => c.name);
  const rows = parseRows(
    firstCard < 0 ? lines : lines.slice(0, firstCard),
    TABLE_HEADERS.skills,
    (row) => parseSkillRow(row, names, [...knownTypes, ...fromCards.map((c) => c.type)]),
    unplaced,
  );
  // The table and the cards show the same skills; the table wins for order, cards fill the rest.
  const byName = new Map(rows.map((r) => [r.name, r]));
  return [...rows, ...fromCards.filter((c) => !byName.has(c.name))];
}

function parseRows<T>(lines: Line[], header: readonly string[], parse: (row: string) => T | null, unplaced: Line[]): T[] {
  const body = lines[0]?.text === header.join('') ? lines.slice(1) : lines;
  return body.flatMap((line) => {
    const row = parse(line.text);
    if (!row) unplaced.push(line);
    return row ? [row] : [];
  });
}

function parseRoadmap(lines: Line[], unplaced: Line[]) {
  return groupBy(lines, (l) => /^Month \d+$/.test(l.text)).flatMap((group) => {
    const [month, title, goal, ...rest] = group;
    const step = month?.text.match(/^Month (\d+)$/);
    const task = rest.find((l) => l.text.startsWith('Task: '));
    const output = rest.find((l) => l.text.startsWith('Output: '));
    unplaced.push(...rest.filter((l) => l !== task && l !== output));
    if (!step || !title || !goal) {
      unplaced.push(...group.slice(0, 3));
      return [];
    }
    return [{ step: Number(step[1]), title: title.text, goal: goal.text, task: after(task, 'Task: '), output: after(output, 'Output: ') }];
  });
}

/** Records whose second line starts with `marker` ("Level: "); other shapes are unplaced. */
function records<T>(lines: Line[], marker: string, unplaced: Line[], build: (group: Line[]) => T, size = 3): T[] {
  const groups = groupBy(lines, (_, i) => lines[i + 1]?.text.startsWith(marker) ?? false);
  return groups.flatMap((group) => {
    if (!group[1]?.text.startsWith(marker)) {
      unplaced.push(...group);
      return [];
    }
    unplaced.push(...group.slice(size));
    return [build(group)];
  });
}

function parseTools(lines: Line[], unplaced: Line[]) {
  // A badge is a short capitalised mark before a tool's name. Usually the name's initials, but
  // pages also use others ("ES" before "Microsoft Excel or Google Sheets"): when every fourth line
  // is such a mark, each is a badge whatever it says.
  const badge = (i: number) => lines[i] !== undefined && /^[A-Z0-9]{1,3}$/.test(lines[i]!.text);
  const everyFourth = lines.length > 0 && lines.length % 4 === 0 && lines.every((_, i) => i % 4 !== 0 || badge(i));
  const isAvatar = (i: number) => badge(i) && lines[i + 1] !== undefined && (everyFourth ? i % 4 === 0 : toolInitials(lines[i + 1]!.text) === lines[i]!.text);
  const avatars = new Set(lines.filter((_, i) => isAvatar(i)));
  const groups = avatars.size > 0 ? groupBy(lines, (l) => avatars.has(l)) : chunk(lines, 3);
  return groups.flatMap((group) => {
    if (avatars.size > 0 && !avatars.has(group[0]!)) {
      unplaced.push(...group);
      return [];
    }
    const body = avatars.size > 0 ? group.slice(1) : group;
    const [name, category, usedFor, ...rest] = body;
    if (!name || !category || !usedFor) {
      unplaced.push(...body);
      return [];
    }
    unplaced.push(...rest);
    return [{ name: name.text, category: category.text, usedFor: usedFor.text }];
  });
}

function parseSimilar(lines: Line[], hints: ImportHints, unplaced: Line[]) {
  const byTitle = new Map(hints.careers.map((c) => [textKey(c.title), c.slug]));
  const PERCENT = /^(\d{1,3})% similarity$/;
  return groupBy(lines, (_, i) => PERCENT.test(lines[i + 1]?.text ?? '')).flatMap((group) => {
    const [title, pct, note, ...rest] = group;
    const similarity = pct?.text.match(PERCENT);
    unplaced.push(...rest);
    if (!title || !similarity || !note) {
      unplaced.push(...group.slice(0, 3));
      return [];
    }
    return [{ slug: byTitle.get(textKey(title.text)) ?? null, title: title.text, similarity: Number(similarity[1]), note: note.text }];
  });
}
