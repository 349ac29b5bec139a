/**
 * Test support: small, valid career profiles built in code, so the matcher's unit tests do
 * not depend on the catalog's content (which editors change). Only tests import this.
 */
import type { CareerProfile } from '../careers/career.schema.ts';

type Skill = CareerProfile['skills'][number];
type Route = CareerProfile['education'][number];

export interface CareerSpec {
  slug: string;
  title?: string;
  category?: string;
  roleFamily?: string;
  remote?: CareerProfile['remote'];
  demand?: CareerProfile['demand'];
  experience?: CareerProfile['experience'];
  skills?: Array<[name: string, importance: Skill['importance'], level: Skill['level'], type?: string]>;
  education?: Array<[level: string, degree: string, fitScore: number]>;
  roadmap?: Array<[title: string, task: string]>;
  tasks?: string[];
  /** Pan-India entry, mid, senior bands as [min, max] in LPA; max null = open-ended. */
  salary?: Array<[number, number | null]>;
  similar?: Array<[slug: string, similarity: number]>;
}

const titleOf = (slug: string) => slug.replace(/(^|-)(\w)/g, (_, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`);

export function buildCareer(spec: CareerSpec): CareerProfile {
  const title = spec.title ?? titleOf(spec.slug);
  const bands = spec.salary ?? [
    [4, 8],
    [8, 15],
    [15, null],
  ];
  const route = ([level, degree, fitScore]: [string, string, number]): Route => ({
    level,
    degree,
    fitScore,
    preferred: fitScore >= 80,
    reason: `${degree} fits.`,
  });
  return {
    slug: spec.slug,
    title,
    category: spec.category ?? 'Software Development',
    roleFamily: spec.roleFamily ?? 'Developer',
    experience: spec.experience ?? { minYears: 0, maxYears: 5 },
    remote: spec.remote ?? 'medium',
    demand: spec.demand ?? 'medium',
    futureScope: 'good',
    summary: `${title} summary.`,
    description: `${title} description.`,
    mainRole: 'Main role.',
    bestFitFor: 'Best fit.',
    notBestFor: 'Not best.',
    salary: [
      {
        segment: 'pan-india',
        label: 'Pan-India',
        note: 'Note.',
        bands: (['entry', 'mid', 'senior'] as const).map((level, i) => ({ level, minLpa: bands[i]![0], maxLpa: bands[i]![1] })),
      },
    ],
    skills: (spec.skills ?? [['Python', 'high', 'intermediate']]).map(([name, importance, level, type]) => ({
      name,
      importance,
      level,
      type: type ?? 'programming',
      usedFor: `Uses ${name}.`,
    })),
    education: (spec.education ?? [['Graduate', 'BCA', 85]]).map(route),
    roadmap: (spec.roadmap ?? [['Basics', 'Learn Python']]).map(([stepTitle, task], i) => ({
      step: i + 1,
      title: stepTitle,
      goal: `Goal of ${stepTitle}`,
      task,
      output: 'Output',
    })),
    tasks: (spec.tasks ?? ['Write code']).map((name) => ({ name, frequency: 'daily', output: 'Output' })),
    tools: [{ name: 'Tool', category: 'tool', usedFor: 'Work' }],
    jobTitles: [{ title, level: 'entry', note: 'Note' }],
    similarCareers: (spec.similar ?? []).map(([slug, similarity]) => ({ slug, title: titleOf(slug), similarity, note: 'Note' })),
    progression: [{ stage: 'Entry', titles: [title], experience: '0-2 years' }],
    industries: [{ name: 'IT', hiringStrength: 'high' }],
    portfolioProjects: [{ title: 'Project', type: 'project', description: 'Build it', proofOutput: 'Repo' }],
    risks: [{ title: 'Risk', description: 'Why' }],
    faqs: [{ question: 'Q?', answer: 'A.' }],
    provenance: { sources: [{ name: 'Source' }], reviewedAt: '2025-01-01', reviewedBy: 'Editor', revision: 1 },
  };
}
