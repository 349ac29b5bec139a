/**
 * A synthetic catalog of any size for timing the search at scale. Careers are variants of
 * the real ones ("Regional Data Analyst") with real skills mixed across careers and a few
 * invented skill and tool names, so the vocabulary grows with the catalog as it would with
 * real content. Deterministic: the same size always gives the same catalog.
 */
import type { CareerProfile } from '../src/careers/career.schema.ts';
import { seededRandom } from '../test/support/seeded-random.ts';

const QUALIFIERS = [
  'Associate',
  'Senior',
  'Regional',
  'Lead',
  'Junior',
  'Principal',
  'Field',
  'Clinical',
  'Digital',
  'Global',
  'Industrial',
  'Rural',
  'Public',
  'Applied',
  'Strategic',
];
const SYLLABLES = ['ka', 'ro', 'mi', 'tan', 'vel', 'dra', 'po', 'shi', 'ner', 'lu', 'gam', 'zi', 'tor', 'bha', 'quel', 'fen'];

export function syntheticProfiles(real: readonly CareerProfile[], size: number): CareerProfile[] {
  const rnd = seededRandom(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(SYLLABLES)).join('');
  const allSkills = real.flatMap((p) => p.skills);
  const out: CareerProfile[] = [];
  for (let i = 0; i < size; i++) {
    const base = real[i % real.length]!;
    const title = `${pick(QUALIFIERS)} ${base.title}`;
    const mixed = Array.from({ length: 6 }, () => pick(allSkills));
    const invented = Array.from({ length: 2 }, () => ({ ...pick(base.skills), name: `${word()} ${pick(['Analysis', 'Design', 'Operations', 'Compliance'])}` }));
    out.push({
      ...base,
      slug: `${base.slug}-${i}`,
      title,
      skills: [...base.skills.slice(0, 8), ...mixed, ...invented],
      tools: [...base.tools.slice(0, 6), { ...pick(base.tools), name: `${word()} Suite` }],
      jobTitles: [...base.jobTitles.slice(0, 5), { ...pick(base.jobTitles), title: `${pick(QUALIFIERS)} ${pick(base.jobTitles).title}` }],
      similarCareers: [],
    });
  }
  return out;
}
