/**
 * The preferences part: the mean of the checks the person asked for — remote work, a
 * salary target, years of experience, a move from a current career. Remote-only counts
 * twice, because for that person a rarely-remote career is close to ruled out.
 *
 * Each check finds a tier (numbers only, run for every career); the tier's phrase is
 * written only for the careers shown.
 */
import type { SalaryBand, SalarySegment } from '../careers/career.schema.ts';
import { formatBand } from '../careers/section-copy.ts';
import type { IndexedCareer } from './career-index.ts';
import type { Person } from './person.ts';

const REMOTE_SCORE = {
  prefer: { high: 100, medium: 65, low: 30 },
  only: { high: 100, medium: 40, low: 0 },
} as const;
const REMOTE_WORDS = { high: 'Often remote', medium: 'Sometimes remote', low: 'Rarely remote' } as const;

const top = (b: SalaryBand) => b.maxLpa ?? Number.POSITIVE_INFINITY;
const middle = (b: SalaryBand) => (b.maxLpa === null ? b.minLpa * 1.3 : (b.minLpa + b.maxLpa) / 2);
const lpa = (b: SalaryBand) => formatBand(b.minLpa, b.maxLpa);

/** Salary tiers, best first: where the target falls in the segment's bands. */
const SALARY_TIERS = [
  { score: 100, phrase: (t: string, b: Bands) => `typical entry pay (${lpa(b.entry!)}, ${b.where}) meets your ${t}` },
  { score: 85, phrase: (t: string, b: Bands) => `top entry pay (${lpa(b.entry!)}, ${b.where}) reaches your ${t}` },
  { score: 70, phrase: (t: string, b: Bands) => `your ${t} is typical after a few years (${lpa(b.mid!)}, ${b.where})` },
  { score: 55, phrase: (t: string, b: Bands) => `your ${t} is the top of mid-level pay (${lpa(b.mid!)}, ${b.where})` },
  { score: 35, phrase: (t: string, b: Bands) => `only senior roles reach your ${t} (${lpa(b.senior)}, ${b.where})` },
  { score: 10, phrase: (t: string, b: Bands) => `even senior pay (${lpa(b.senior)}, ${b.where}) stays below your ${t}` },
] as const;

interface Bands {
  entry: SalaryBand | undefined;
  mid: SalaryBand | undefined;
  senior: SalaryBand;
  where: string;
}

/** Plain loops: this runs for every career of every request. */
function bandsOf(career: IndexedCareer, person: Person): Bands {
  // the segment of the kind the person asked for, else the headline: the pay most people in the career get
  const wanted = person.preferences.segment;
  let segment: SalarySegment = career.profile.salary[0]!;
  for (const s of career.profile.salary) {
    if (wanted !== undefined && s.kind === wanted) {
      segment = s;
      break;
    }
    if (s.headline) segment = s;
  }
  let entry: SalaryBand | undefined;
  let mid: SalaryBand | undefined;
  let senior: SalaryBand | undefined;
  for (const b of segment.bands) {
    if (b.level === 'entry') entry = b;
    else if (b.level === 'mid') mid = b;
    else senior = b;
  }
  return { entry, mid, senior: senior ?? mid ?? entry ?? segment.bands[0]!, where: segment.label };
}

function salaryTier(b: Bands, target: number): number {
  if (b.entry && middle(b.entry) >= target) return 0;
  if (b.entry && top(b.entry) >= target) return 1;
  if (b.mid && middle(b.mid) >= target) return 2;
  if (b.mid && top(b.mid) >= target) return 3;
  return top(b.senior) >= target ? 4 : 5;
}

function experienceScore(years: number, { minYears, maxYears }: IndexedCareer['profile']['experience']): number {
  if (years < minYears) return Math.max(0, 100 - 15 * (minYears - years));
  return maxYears !== null && years > maxYears ? 80 : 100;
}

function experiencePhrase(years: number, { minYears, maxYears }: IndexedCareer['profile']['experience']): string {
  const range = maxYears === null ? `${minYears}+ years` : `${minYears}–${maxYears} years`;
  if (years < minYears) return `usually needs ${minYears}+ years; you have ${years}`;
  return maxYears !== null && years > maxYears ? `you have more experience than its ${range} range` : `your ${years} years fit its ${range} range`;
}

function moveScore(career: IndexedCareer, current: string): number {
  if (career.profile.slug === current) return 100;
  return career.similar.get(current) ?? 30;
}

function movePhrase(career: IndexedCareer, current: string, title: string | undefined): string {
  if (career.profile.slug === current) return 'this is your current career';
  const similarity = career.similar.get(current);
  return similarity === undefined ? `not listed as a close move from ${title}` : `${similarity}% similar to your current career, ${title}`;
}

/** 0..100, or null when the person set no preference that tells careers apart. */
export function preferencesScore(career: IndexedCareer, person: Person): number | null {
  const { remote, targetLpa, yearsExperience, currentCareer } = person.preferences;
  let sum = 0;
  let weight = 0;
  if (remote !== 'any') {
    const w = remote === 'only' ? 2 : 1;
    sum += w * REMOTE_SCORE[remote][career.profile.remote];
    weight += w;
  }
  if (targetLpa !== undefined) {
    sum += SALARY_TIERS[salaryTier(bandsOf(career, person), targetLpa)]!.score;
    weight++;
  }
  if (yearsExperience !== undefined) {
    sum += experienceScore(yearsExperience, career.profile.experience);
    weight++;
  }
  if (currentCareer !== undefined) {
    sum += moveScore(career, currentCareer);
    weight++;
  }
  return weight === 0 ? null : sum / weight;
}

export function preferencesReason(career: IndexedCareer, person: Person, currentTitle?: string): string {
  const { remote, targetLpa, yearsExperience, currentCareer } = person.preferences;
  const phrases: string[] = [];
  if (remote !== 'any') phrases.push(REMOTE_WORDS[career.profile.remote]);
  if (targetLpa !== undefined) {
    const bands = bandsOf(career, person);
    phrases.push(SALARY_TIERS[salaryTier(bands, targetLpa)]!.phrase(`${targetLpa} LPA`, bands));
  }
  if (yearsExperience !== undefined) phrases.push(experiencePhrase(yearsExperience, career.profile.experience));
  if (currentCareer !== undefined) phrases.push(movePhrase(career, currentCareer, currentTitle));
  if (phrases.length === 0) return 'Not rated: you set no remote, salary, experience or current-career preference.';
  const text = phrases.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
