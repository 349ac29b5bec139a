/**
 * Headings and fixed intro lines of a career page, in page order. The page renders them
 * and the page importer recognises them, so the two can never drift apart.
 */
export interface SectionCopy {
  id: string;
  heading: (title: string) => string;
  intro: string;
}

const fixed = (text: string) => (_title: string) => text;

export const SECTIONS = {
  overview: { id: 'overview', heading: fixed('Overview'), intro: 'Understand the role, fit and basic career direction.' },
  mainRole: { id: 'main-role', heading: fixed('Main role'), intro: '' },
  bestFitFor: { id: 'best-fit-for', heading: fixed('Best fit for'), intro: '' },
  notBestFor: { id: 'not-best-for', heading: fixed('Not best for'), intro: '' },
  salary: { id: 'salary', heading: (t: string) => `${t} salary in India`, intro: 'Salary varies by company size, city and experience.' },
  skills: { id: 'skills', heading: fixed('Skills required'), intro: 'Important skills with type, importance, level and practical use.' },
  education: { id: 'education', heading: fixed('Education options'), intro: 'Degrees and backgrounds that support this career path.' },
  roadmap: { id: 'roadmap', heading: (t: string) => `${t} roadmap`, intro: 'A learning path for entering or growing in this career.' },
  tasks: { id: 'tasks', heading: fixed('Common tasks'), intro: 'Regular responsibilities in this role.' },
  tools: { id: 'tools', heading: fixed('Tools used'), intro: 'Tools for execution, reporting, or planning.' },
  jobTitles: { id: 'job-titles', heading: fixed('Related job titles'), intro: 'Titles that appear in job portals.' },
  similar: { id: 'similar-careers', heading: fixed('Similar careers'), intro: 'Careers sharing similar skills.' },
  progression: { id: 'progression', heading: fixed('Career progression'), intro: 'Typical experience and roles from entry to senior.' },
  industries: { id: 'industries', heading: (t: string) => `Industries hiring ${t}`, intro: 'Sectors that commonly hire.' },
  projects: { id: 'portfolio', heading: fixed('Portfolio projects'), intro: 'Ideas to help prove practical ability.' },
  risks: { id: 'risks', heading: fixed('Career risks and challenges'), intro: 'Possible challenges before choosing this path.' },
  faqs: { id: 'faqs', heading: (t: string) => `${t} FAQs`, intro: 'Common questions about salary and growth.' },
  explore: { id: 'explore', heading: fixed('Explore more'), intro: 'Compare with other options using the finder.' },
} satisfies Record<string, SectionCopy>;

export type SectionKey = keyof typeof SECTIONS;

/** Column headers of the page's tables, as they appear glued together in a text dump. */
export const TABLE_HEADERS = {
  skills: ['Skill', 'Type', 'Importance', 'Level', 'Used For'],
  education: ['Education Level', 'Degree', 'Fit Score', 'Preferred', 'Reason'],
  progression: ['Stage', 'Role Titles', 'Experience'],
} as const;

export const pageTitle = (title: string) => `${title} Career Path in India`;

export const BAND_LABELS = { entry: 'Entry', mid: 'Mid', senior: 'Senior' } as const;

export { formatBand } from '../i18n/numbers.ts';

/** "0-5 years", "10+ years". */
export function formatYears(minYears: number, maxYears: number | null): string {
  return maxYears === null ? `${minYears}+ years` : `${minYears}-${maxYears} years`;
}

/** Initials shown in a tool's avatar: first letters of its first two words ("PostgreSQL or MySQL" → "PO"). */
export function toolInitials(name: string): string {
  return name
    .split(/[\s,/]+/)
    .map((w) => w.match(/[A-Za-z0-9]/)?.[0])
    .filter((c): c is string => c !== undefined)
    .slice(0, 2)
    .join('')
    .toUpperCase();
}

export const LABELS = {
  remote: 'Remote',
  demand: 'Demand',
  futureScope: 'Future scope',
} as const;
