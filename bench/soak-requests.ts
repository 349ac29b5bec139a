/**
 * The soak's request mix: pages and APIs a visitor and an API client use, with varied
 * search words (catalog words, typos, words never seen before, Devanagari), drawn by a
 * seeded generator. Each request names the statuses outside 2xx/3xx it expects (a 404 for a
 * career that does not exist); any other status counts as an error.
 */
export interface SoakRequest {
  kind: string;
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  expect: readonly number[];
}

/** What the server holds, read from it before the load starts. */
export interface SoakCatalog {
  slugs: string[];
  /** Words of career titles, for searches that find something. */
  words: string[];
  degrees: string[];
  skills: string[];
  /** O*NET codes; empty when O*NET is not imported (occupation routes then answer 404). */
  codes: string[];
}

const SKILL_LEVELS = ['beginner', 'intermediate', 'advanced'];
const DEVANAGARI = ['डॉक्टर', 'इंजीनियर', 'शिक्षक', 'नर्स', 'वकील', 'डेटा', 'प्रोग्रामर'];

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** A search word: from the catalog (one in four with a typo), new every time, or Hindi. */
function word(random: Random, catalog: SoakCatalog, n: number): string {
  const r = random();
  if (r < 0.5) {
    const w = pick(random, catalog.words);
    if (random() < 0.25 && w.length > 3) {
      const at = 1 + Math.floor(random() * (w.length - 2));
      return w.slice(0, at) + w.slice(at + 1);
    }
    return w;
  }
  if (r < 0.9) return `${Math.floor(random() * 1e9).toString(36)}${n.toString(36)}`;
  return pick(random, DEVANAGARI);
}

function some<T>(random: Random, list: readonly T[], count: number): T[] {
  return Array.from({ length: count }, () => pick(random, list));
}

/** `count` different items (compare refuses a career named twice). */
function distinct<T>(random: Random, list: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(pick(random, list));
  return [...chosen];
}

const q = encodeURIComponent;

type Make = (random: Random, c: SoakCatalog, n: number) => Omit<SoakRequest, 'kind'>;
const get = (path: string, expect: readonly number[] = []) => ({ method: 'GET' as const, path, expect });
/** Occupation routes answer 404 until O*NET is imported. */
const occupationExpect = (c: SoakCatalog) => (c.codes.length ? [] : [404]);

const MIX: Array<[string, number, Make]> = [
  ['career page', 20, (r, c) => get(`/careers/${pick(r, c.slugs)}`)],
  ['career API', 8, (r, c) => get(`/api/v1/careers/${pick(r, c.slugs)}`)],
  ['finder page', 12, (r, c, n) => get(`/finder?q=${q(word(r, c, n))}`)],
  ['finder API', 14, (r, c, n) => get(`/api/v1/careers?q=${q(word(r, c, n))}${r() < 0.3 ? '&demand=high' : ''}`)],
  ['compare API', 8, (r, c) => get(`/api/v1/compare?careers=${distinct(r, c.slugs, 2 + Math.floor(r() * 3)).join(',')}`)],
  ['compare page', 4, (r, c) => get(`/compare?careers=${distinct(r, c.slugs, 2).join(',')}`)],
  [
    'match API',
    10,
    (r, c) => ({
      method: 'POST',
      path: '/api/v1/match',
      body: JSON.stringify({
        degree: pick(r, c.degrees),
        skills: some(r, c.skills, 1 + Math.floor(r() * 4)).map((name) => ({ name, level: pick(r, SKILL_LEVELS) })),
      }),
      expect: [],
    }),
  ],
  ['occupations API', 8, (r, c, n) => get(`/api/v1/occupations?q=${q(word(r, c, n))}`, occupationExpect(c))],
  ['occupation page', 6, (r, c) => get(`/occupations/${c.codes.length ? pick(r, c.codes) : '15-1252.00'}`, occupationExpect(c))],
  ['expected 4xx', 4, (r) => (r() < 0.5 ? get('/careers/no-such-career', [404]) : get('/api/v1/careers?limit=0', [400]))],
];

/** The next request of the mix, weighted as MIX says. */
export function requestMix(random: Random, catalog: SoakCatalog): () => SoakRequest {
  const total = MIX.reduce((sum, [, weight]) => sum + weight, 0);
  let n = 0;
  return () => {
    let at = random() * total;
    const [kind, , make] = MIX.find(([, weight]) => (at -= weight) < 0) ?? MIX[0]!;
    return { kind, ...make(random, catalog, ++n) };
  };
}
