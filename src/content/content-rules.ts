/**
 * Catalog-wide content rules. Each rule returns problems naming the file and the field;
 * `checkCatalog` runs them all. Pure: the reference code sets are passed in.
 */
import type { CareerProfile, SalarySegment } from '../careers/career.schema.ts';
import { textKey } from '../text/text-key.ts';

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export interface CatalogEntry {
  file: string;
  profile: CareerProfile;
}

export interface ReferenceCodes {
  onet: Set<string> | null;
  isco: Set<string> | null;
}

const LEVEL_ORDER = { entry: 0, mid: 1, senior: 2 } as const;
const upper = (max: number | null) => max ?? Number.POSITIVE_INFINITY;

function checkSalary({ file, profile }: CatalogEntry): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  profile.salary.forEach((segment, s) => {
    const at = `salary[${s}]`;
    if (seen.has(segment.segment)) problems.push({ file, field: `${at}.segment`, message: `segment "${segment.segment}" appears twice` });
    seen.add(segment.segment);
    const levels = new Set<string>();
    segment.bands.forEach((band, b) => {
      if (levels.has(band.level)) problems.push({ file, field: `${at}.bands[${b}].level`, message: `level "${band.level}" appears twice` });
      levels.add(band.level);
      if (band.maxLpa !== null && band.minLpa > band.maxLpa) {
        problems.push({ file, field: `${at}.bands[${b}]`, message: `minLpa ${band.minLpa} is above maxLpa ${band.maxLpa}` });
      }
    });
    const ordered = [...segment.bands].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]);
    for (let i = 1; i < ordered.length; i += 1) {
      const lower = ordered[i - 1]!;
      const higher = ordered[i]!;
      if (higher.minLpa < lower.minLpa || upper(higher.maxLpa) < upper(lower.maxLpa)) {
        problems.push({ file, field: `${at}.bands`, message: `${higher.level} band pays less than ${lower.level} band` });
      }
    }
  });
  const pan = profile.salary.find((x) => x.segment === 'pan-india');
  const metro = profile.salary.find((x) => x.segment === 'metro');
  if (pan && metro) problems.push(...checkMetroAbovePan(file, pan, metro, profile.salary.indexOf(metro)));
  return problems;
}

function checkMetroAbovePan(file: string, pan: SalarySegment, metro: SalarySegment, index: number): Problem[] {
  return metro.bands.flatMap((band, b) => {
    const base = pan.bands.find((x) => x.level === band.level);
    if (!base || (band.minLpa >= base.minLpa && upper(band.maxLpa) >= upper(base.maxLpa))) return [];
    return [{ file, field: `salary[${index}].bands[${b}]`, message: `metro ${band.level} band is below the Pan-India ${band.level} band` }];
  });
}

function checkOrderAndRanges({ file, profile }: CatalogEntry): Problem[] {
  const problems: Problem[] = [];
  const { minYears, maxYears } = profile.experience;
  if (maxYears !== null && minYears > maxYears) {
    problems.push({ file, field: 'experience', message: `minYears ${minYears} is above maxYears ${maxYears}` });
  }
  profile.roadmap.forEach((step, i) => {
    if (step.step !== i + 1) problems.push({ file, field: `roadmap[${i}].step`, message: `expected step ${i + 1}, found ${step.step}` });
  });
  profile.progression.forEach((stage, i) => {
    const [from, to] = stage.experience.match(/\d+/g)!.map(Number);
    if (to !== undefined && from! > to) problems.push({ file, field: `progression[${i}].experience`, message: `range "${stage.experience}" is reversed` });
  });
  return problems;
}

/** Names inside one profile must not repeat (a skill listed twice is an editing slip). */
function checkDuplicatesWithin({ file, profile }: CatalogEntry): Problem[] {
  const lists: Array<[string, string[]]> = [
    ['skills', profile.skills.map((x) => x.name)],
    ['tools', profile.tools.map((x) => x.name)],
    ['industries', profile.industries.map((x) => x.name)],
    ['education', profile.education.map((x) => x.degree)],
    ['similarCareers', profile.similarCareers.map((x) => x.title)],
  ];
  return lists.flatMap(([field, names]) => {
    const seen = new Map<string, number>();
    return names.flatMap((name, i) => {
      const key = textKey(name);
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, i);
        return [];
      }
      return [{ file, field: `${field}[${i}].name`, message: `"${name}" repeats ${field}[${first}]` }];
    });
  });
}

function checkCodes({ file, profile }: CatalogEntry, codes: ReferenceCodes): Problem[] {
  const problems: Problem[] = [];
  const onet = profile.codes?.onet;
  const isco = profile.codes?.isco;
  if (onet && codes.onet && !codes.onet.has(onet)) problems.push({ file, field: 'codes.onet', message: `O*NET-SOC code ${onet} does not exist` });
  if (isco && codes.isco && !codes.isco.has(isco)) problems.push({ file, field: 'codes.isco', message: `ISCO-08 unit group ${isco} does not exist` });
  return problems;
}

function checkSlugMatchesFile({ file, profile }: CatalogEntry): Problem[] {
  const expected = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  return profile.slug === expected ? [] : [{ file, field: 'slug', message: `slug "${profile.slug}" does not match the file name "${expected}"` }];
}

/** `fileSlugs` holds slugs of files that failed the schema: links to them are not reported again. */
function checkCrossReferences(entries: CatalogEntry[], fileSlugs: Set<string>): Problem[] {
  const bySlug = new Map(entries.map((e) => [e.profile.slug, e.profile]));
  const byTitle = new Map(entries.map((e) => [textKey(e.profile.title), e.profile.slug]));
  return entries.flatMap(({ file, profile }) =>
    profile.similarCareers.flatMap((similar, i): Problem[] => {
      const field = `similarCareers[${i}].slug`;
      if (similar.slug === profile.slug) return [{ file, field, message: 'a career cannot be similar to itself' }];
      if (similar.slug === null) {
        const known = byTitle.get(textKey(similar.title));
        return known ? [{ file, field, message: `"${similar.title}" is in the catalog: link it with slug "${known}"` }] : [];
      }
      const target = bySlug.get(similar.slug);
      if (!target && fileSlugs.has(similar.slug)) return [];
      if (!target) return [{ file, field, message: `no career with slug "${similar.slug}"` }];
      if (textKey(target.title) !== textKey(similar.title)) {
        return [{ file, field: `similarCareers[${i}].title`, message: `"${similar.title}" does not match the linked career's title "${target.title}"` }];
      }
      return [];
    }),
  );
}

function checkUniqueTitles(entries: CatalogEntry[]): Problem[] {
  const seen = new Map<string, string>();
  return entries.flatMap(({ file, profile }) => {
    const key = textKey(profile.title);
    const other = seen.get(key);
    seen.set(key, other ?? file);
    return other ? [{ file, field: 'title', message: `title "${profile.title}" is already used by ${other}` }] : [];
  });
}

/** Shared entities: one spelling per name across the whole catalog. */
function checkSpellings(entries: CatalogEntry[]): Problem[] {
  // [list field, name field, names]: every shared name, stored once under its key (career.repository.ts)
  const kinds: Array<[string, string, (p: CareerProfile) => string[]]> = [
    ['skills', 'name', (p) => p.skills.map((x) => x.name)],
    ['tools', 'name', (p) => p.tools.map((x) => x.name)],
    ['industries', 'name', (p) => p.industries.map((x) => x.name)],
    ['education', 'degree', (p) => p.education.map((x) => x.degree)],
  ];
  return kinds.flatMap(([field, nameField, names]) => {
    const first = new Map<string, { name: string; file: string }>();
    return entries.flatMap(({ file, profile }) =>
      names(profile).flatMap((name, i) => {
        const key = textKey(name);
        const known = first.get(key);
        if (!known) {
          first.set(key, { name, file });
          return [];
        }
        return known.name === name ? [] : [{ file, field: `${field}[${i}].${nameField}`, message: `"${name}" is spelled "${known.name}" in ${known.file}` }];
      }),
    );
  });
}

const PARAGRAPH_MIN_WORDS = 14;

/** Every prose field of a profile with its path, for the copy-paste check. */
function proseFields(profile: CareerProfile): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out.push([path, value]);
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  // sources are citations: the same survey rightly backs many careers
  walk({ ...profile, provenance: undefined }, '');
  return out.filter(([, text]) => text.split(/\s+/).length >= PARAGRAPH_MIN_WORDS);
}

/** Catches template copy-paste: the same long paragraph in two profiles. */
function checkCopiedParagraphs(entries: CatalogEntry[]): Problem[] {
  const seen = new Map<string, string>();
  return entries.flatMap(({ file, profile }) => {
    const own = new Set<string>();
    return proseFields(profile).flatMap(([field, text]) => {
      const key = text.toLowerCase().replace(/\s+/g, ' ').trim();
      if (own.has(key)) return [];
      own.add(key);
      const other = seen.get(key);
      if (!other) {
        seen.set(key, file);
        return [];
      }
      return [{ file, field, message: `paragraph also appears in ${other}; write it for this career` }];
    });
  });
}

/** A source must point at the page that backs the figures: a site's home page backs nothing. */
function checkSources({ file, profile }: CatalogEntry): Problem[] {
  return profile.provenance.sources.flatMap((source, i) => {
    if (!source.url) return [];
    const url = new URL(source.url);
    const bare = (url.pathname === '/' || url.pathname === '') && !url.search;
    return bare ? [{ file, field: `provenance.sources[${i}].url`, message: `${source.url} is a home page; name the exact page (or leave the url out and name the publication and table)` }] : [];
  });
}

/** A stage's pay level names a band of the segment the page charts (the headline, else the first). */
function checkProgressionPay({ file, profile }: CatalogEntry): Problem[] {
  const segment = profile.salary.find((x) => x.headline) ?? profile.salary[0];
  const levels = new Set(segment?.bands.map((b) => b.level));
  return profile.progression.flatMap((stage, i) =>
    stage.payLevel && !levels.has(stage.payLevel)
      ? [{ file, field: `progression[${i}].payLevel`, message: `the headline salary segment has no ${stage.payLevel} band` }]
      : [],
  );
}

const figures = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).map((n) => n.replace(/,/g, '')).sort();

/**
 * A translated note says what the English note says, so it carries the same figures (fees,
 * months, seats, ages); when the English figures change and the translation does not, this
 * catches the stale translation.
 */
function sameFigures(file: string, field: string, english: string, translated: string): Problem[] {
  const [a, b] = [figures(english), figures(translated)];
  const missing = a.filter((n) => !b.includes(n));
  const extra = b.filter((n) => !a.includes(n));
  if (missing.length === 0 && extra.length === 0) return [];
  const parts = [missing.length ? `lacks ${missing.join(', ')}` : '', extra.length ? `adds ${extra.join(', ')}` : ''].filter(Boolean);
  return [{ file, field, message: `figures differ from the English note: the translation ${parts.join(' and ')}` }];
}

/** A translation names the English pathways and stages it translates; an id that is not there is a typo or a stale translation. */
function checkTranslations({ file, profile }: CatalogEntry): Problem[] {
  const problems: Problem[] = [];
  for (const [lang, translation] of Object.entries(profile.translations ?? {})) {
    (translation?.pathways ?? []).forEach((tp, p) => {
      const at = `translations.${lang}.pathways[${p}]`;
      const pathway = (profile.pathways ?? []).find((x) => x.id === tp.id);
      if (!pathway) {
        problems.push({ file, field: `${at}.id`, message: `no pathway "${tp.id}" in the profile` });
        return;
      }
      if (tp.note && pathway.note) problems.push(...sameFigures(file, `${at}.note`, pathway.note, tp.note));
      (tp.stages ?? []).forEach((ts, s) => {
        const stage = pathway.stages.find((x) => x.id === ts.id);
        if (!stage) problems.push({ file, field: `${at}.stages[${s}].id`, message: `no stage "${ts.id}" in pathway "${tp.id}"` });
        else if (ts.note && stage.note) problems.push(...sameFigures(file, `${at}.stages[${s}].note`, stage.note, ts.note));
      });
    });
  }
  return problems;
}

export function checkCatalog(entries: CatalogEntry[], codes: ReferenceCodes, fileSlugs = new Set<string>()): Problem[] {
  const perProfile = entries.flatMap((entry) => [
    ...checkSlugMatchesFile(entry),
    ...checkSalary(entry),
    ...checkOrderAndRanges(entry),
    ...checkDuplicatesWithin(entry),
    ...checkCodes(entry, codes),
    ...checkSources(entry),
    ...checkTranslations(entry),
    ...checkProgressionPay(entry),
  ]);
  return [
    ...perProfile,
    ...checkUniqueTitles(entries),
    ...checkCrossReferences(entries, fileSlugs),
    ...checkSpellings(entries),
    ...checkCopiedParagraphs(entries),
  ];
}
