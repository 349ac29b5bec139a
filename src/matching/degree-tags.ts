/**
 * What a degree's words say about it: its subjects (computing, health, commerce …) and its
 * track (engineering, science, management, school). Education matching compares these
 * when a person's degree is not literally one of a career's listed routes.
 */
import { words } from './text.ts';

/** Subject words; a health profession also carries the umbrella "health" that Class 12 PCB opens. */
const SUBJECTS: Record<string, string[]> = {
  ...subject(['computing'], 'cse', 'it', 'computer', 'bca', 'mca', 'computing'),
  ...subject(['mechanical'], 'mechanical', 'production', 'automobile', 'mechatronics', 'industrial'),
  ...subject(['electrical'], 'electrical', 'eee', 'power'),
  ...subject(['electronics'], 'ece', 'electronics', 'vlsi', 'embedded', 'instrumentation'),
  ...subject(['civil'], 'civil', 'construction', 'structural'),
  ...subject(['chemical'], 'chemical', 'petroleum', 'polymer'),
  ...subject(['health'], 'pcb', 'biology', 'medical', 'health', 'healthcare', 'mph', 'biotechnology', 'microbiology', 'biochemistry'),
  ...subject(['health', 'nursing'], 'nursing', 'gnm', 'anm'),
  ...subject(['health', 'pharmacy'], 'pharm', 'dpharm', 'bpharm', 'mpharm', 'pharmd', 'pharmacy'),
  ...subject(['health', 'medicine'], 'mbbs', 'md', 'dnb', 'bams', 'bhms'),
  ...subject(['health', 'dentistry'], 'bds', 'mds'),
  ...subject(['health', 'physiotherapy'], 'bpt', 'mpt', 'physiotherapy'),
  ...subject(['health', 'lab'], 'mlt', 'dmlt'),
  ...subject(['health', 'nutrition'], 'nutrition', 'dietetics'),
  ...subject(['maths'], 'pcm', 'maths', 'mathematics', 'statistics', 'actuarial', 'physics'),
  ...subject(['commerce'], 'bcom', 'mcom', 'commerce', 'ca', 'cma', 'cfa', 'icai', 'icmai', 'accounting', 'finance', 'tally', 'economics'),
  ...subject(['law'], 'icsi', 'llb', 'llm', 'law'),
  ...subject(['hospitality'], 'bhm', 'hotel', 'hospitality', 'culinary', 'food', 'ihm'),
  ...subject(['media'], 'journalism', 'mass', 'communication', 'film', 'media', 'iimc', 'advertising'),
  ...subject(['design'], 'bdes', 'mdes', 'design', 'fashion', 'interior', 'bfa', 'barch', 'bftech', 'animation', 'vfx'),
  ...subject(['teaching'], 'bed', 'deled', 'education', 'itep'),
  ...subject(['trade'], 'iti', 'nac', 'apprenticeship', 'technician', 'wireman', 'craft', 'pmkvy'),
  ...subject(['arts'], 'ba', 'ma', 'arts', 'humanities', 'msw'),
  ...subject(['people'], 'hr', 'hrm', 'labour'),
};

function subject(tags: string[], ...words: string[]): Record<string, string[]> {
  return Object.fromEntries(words.map((w) => [w, tags]));
}

const TRACKS: Record<string, string> = {
  btech: 'engineering',
  be: 'engineering',
  mtech: 'engineering',
  me: 'engineering',
  engineering: 'engineering',
  polytechnic: 'engineering',
  bsc: 'science',
  msc: 'science',
  science: 'science',
  phd: 'science',
  bs: 'science',
  ms: 'science',
  bba: 'management',
  mba: 'management',
  pgdm: 'management',
  management: 'management',
};

/** What matching needs of a degree, computed once per vocabulary entry and career route. */
export interface DegreeFacts {
  key: string;
  rank: number;
  tags: DegreeTags;
}

export interface DegreeTags {
  subjects: ReadonlySet<string>;
  tracks: ReadonlySet<string>;
  /** A route any holder of this level may take: "No degree", "Class 12 (Any stream)", "Other Graduate". */
  catchAll: 'anyone' | 'class12' | 'graduate' | null;
}

export function degreeTags(degree: string): DegreeTags {
  const w = words(degree);
  const has = (...seq: string[]) => w.some((_, i) => seq.every((s, k) => w[i + k] === s));
  const catchAll = has('no', 'degree') ? 'anyone' : has('any', 'stream') ? 'class12' : has('other', 'graduate') ? 'graduate' : null;
  return {
    subjects: new Set(w.flatMap((x) => SUBJECTS[x] ?? [])),
    tracks: new Set([...w.flatMap((x) => (TRACKS[x] ? [TRACKS[x]] : [])), ...(has('class', '12') ? ['school'] : [])]),
    catchAll,
  };
}

const LEVEL_RANK: Record<string, number> = {
  'no degree': 0,
  certificate: 0.5,
  'class 12': 1,
  diploma: 2,
  graduate: 3,
  engineering: 3,
  professional: 3,
  postgraduate: 4,
  doctorate: 5,
};

/** Ordinal of an education level as the catalog names them (unknown levels count as graduate). */
export function levelRank(level: string): number {
  return LEVEL_RANK[level.toLowerCase()] ?? 3;
}

/** What a Class 12 stream leads to: PCB to the health professions, PCM to engineering and maths, commerce to commerce and management. */
const STREAMS: Record<string, { subjects: string[]; tracks: string[] }> = {
  health: { subjects: ['health'], tracks: [] },
  maths: { subjects: ['maths', 'computing'], tracks: ['engineering'] },
  commerce: { subjects: ['commerce'], tracks: ['management'] },
};

function streamOpens(person: DegreeTags, route: DegreeTags): boolean {
  return [...person.subjects].some((s) => {
    const opens = STREAMS[s];
    return opens !== undefined && (opens.subjects.some((x) => route.subjects.has(x)) || opens.tracks.some((x) => route.tracks.has(x)));
  });
}

const isSubset = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].every((x) => b.has(x));
const overlaps = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].some((x) => b.has(x));

/**
 * How far a person's degree opens a career's route, 0..1 (see docs/matching.md):
 * 1 the same degree or a catch-all route they qualify for; 0.95 the route's subjects are all
 * theirs on the same track; 0.9 a general route of their track; 0.8 their subject on another
 * track; 0.6 a partly shared subject; 0.5 a specialisation of their general degree; else 0.
 * A school-level route counts 0.6 of that for someone who already studied beyond school;
 * for a school student, any route their Class 12 stream leads to counts 0.9.
 */
export function degreeMatch(person: DegreeFacts, route: DegreeFacts): number {
  if (person.key === route.key) return 1;
  const r = route.tags;
  const p = person.tags;
  if (r.catchAll === 'anyone') return 1;
  if (r.catchAll === 'class12' && person.rank >= 1) return 1;
  if (r.catchAll === 'graduate' && person.rank >= 3) return 1;
  if (person.rank <= 1 && streamOpens(p, r)) return 0.9;
  // a school-level route (Class 12 PCB → MBBS) is a fresh start for someone who studied on after school
  const restart = route.rank <= 1 && person.rank >= 2 ? 0.6 : 1;
  const sameTrack = overlaps(r.tracks, p.tracks);
  if (r.subjects.size > 0 && isSubset(r.subjects, p.subjects)) return restart * (sameTrack || r.tracks.size === 0 ? 0.95 : 0.8);
  if (r.subjects.size === 0 && sameTrack) return restart * 0.9;
  if (overlaps(r.subjects, p.subjects)) return restart * 0.6;
  if (r.subjects.size > 0 && p.subjects.size === 0 && sameTrack) return restart * 0.5;
  return 0;
}
