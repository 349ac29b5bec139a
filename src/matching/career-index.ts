/**
 * Everything the matcher needs from a career, computed once per catalog load so one match
 * is only lookups and sums: skill weights, routes with their degree facts, the derived
 * interest profile, roadmap steps linked to the skills they teach, and similar careers.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { textKey } from '../text/text-key.ts';
import { interestProfile } from './career-interests.ts';
import { degreeTags, levelRank } from './degree-tags.ts';
import type { DegreeFacts } from './degree-vocabulary.ts';
import { IMPORTANCE_WEIGHT, NEEDED_LEVEL_VALUE } from './levels.ts';
import type { SkillWords } from '../careers/vocabulary-file.schema.ts';
import { tokenCache, tokens, type Tokenizer } from './text.ts';

type Skill = CareerProfile['skills'][number];
type Route = CareerProfile['education'][number];
type Step = CareerProfile['roadmap'][number];

export interface IndexedSkill {
  id: string;
  skill: Skill;
  weight: number;
  need: number;
}

export interface IndexedStep {
  step: Step;
  /** Indexes into the career's skills: the skills this step teaches. */
  skills: number[];
  /** An exam, registration, portfolio or job-hunt step: knowing skills never replaces it. */
  milestone: boolean;
}

export interface IndexedCareer {
  profile: CareerProfile;
  skills: IndexedSkill[];
  totalWeight: number;
  routes: Array<{ route: Route; facts: DegreeFacts }>;
  interests: number[];
  steps: IndexedStep[];
  /** Similarity in percent to other careers, by slug, in either direction of the content's links. */
  similar: Map<string, number>;
  /** Position in the catalog ordered by demand (high first), then title, then slug: breaks exact ties in fit. */
  tieRank: number;
}

/** Title words of steps that are things to do, not things to learn. */
const MILESTONE = new Set([
  'registration',
  'register',
  'exam',
  'examination',
  'certification',
  'licence',
  'license',
  'job',
  'interview',
  'portfolio',
  'capstone',
  'internship',
  'articleship',
  'apply',
  'application',
  'placement',
  'move',
]);
const isMilestone = (step: Step, tokenize: Tokenizer) => tokenize(step.title).some((w) => MILESTONE.has(w));

/** Words too common in skill names to tie a roadmap step to a skill on their own. */
const GENERIC = new Set(['management', 'practice', 'principle', 'operation', 'technique', 'professional', 'work', 'advanced', 'general']);

/**
 * Ties each roadmap step to the skills it teaches: a skill is linked when at least a third
 * of its distinctive name words appear in the step (title, goal, task). Words found in most
 * of the career's steps ("backend" all over a backend roadmap) tell steps apart from nothing,
 * so they do not count.
 */
function linkSkills(steps: Step[], skills: IndexedSkill[], tokenize: Tokenizer, aliasesOf: AliasesBySkill): number[][] {
  const stepWords = steps.map((step) => new Set(tokenize(`${step.title} ${step.goal} ${step.task}`)));
  const seenIn = new Map<string, number>();
  for (const set of stepWords) for (const w of set) seenIn.set(w, (seenIn.get(w) ?? 0) + 1);
  const common = (w: string) => steps.length > 2 && (seenIn.get(w) ?? 0) * 2 > steps.length;
  const own = skills.map((s) => tokenize(s.skill.name).filter((w) => !GENERIC.has(w) && !common(w)));
  const aliases = skills.map((s) => (aliasesOf.get(s.id) ?? []).filter((a) => !a.some(common)));
  return stepWords.map((set) =>
    own.flatMap((wordsOfSkill, i) => {
      const hits = wordsOfSkill.filter((w) => set.has(w)).length;
      const named = hits > 0 && hits * 3 >= wordsOfSkill.length;
      // or by a name people use for it: "Power BI" teaches Data Visualization
      return named || aliases[i]!.some((a) => a.every((w) => set.has(w))) ? [i] : [];
    }),
  );
}

/** Alias phrases (as words) by the skill they name; one-letter and two-letter aliases say too little. */
type AliasesBySkill = ReadonlyMap<string, string[][]>;

function aliasesBySkill(aliases: SkillWords['aliases']): AliasesBySkill {
  const map = new Map<string, string[][]>();
  for (const [alias, target] of Object.entries(aliases)) {
    const words = tokens(alias);
    if (words.join('').length < 3) continue;
    const id = textKey(target);
    map.set(id, [...(map.get(id) ?? []), words]);
  }
  return map;
}

function indexCareer(profile: CareerProfile, tokenize: Tokenizer, aliasesOf: AliasesBySkill): IndexedCareer {
  const skills = profile.skills.map((skill) => ({
    id: textKey(skill.name),
    skill,
    weight: IMPORTANCE_WEIGHT[skill.importance],
    need: NEEDED_LEVEL_VALUE[skill.level] ?? 2,
  }));
  const steps = [...profile.roadmap].sort((a, b) => a.step - b.step);
  const links = linkSkills(steps, skills, tokenize, aliasesOf);
  return {
    profile,
    skills,
    totalWeight: skills.reduce((sum, s) => sum + s.weight, 0),
    routes: profile.education.map((route) => ({
      route,
      facts: { key: textKey(route.degree), rank: levelRank(route.level), tags: degreeTags(route.degree) },
    })),
    interests: interestProfile(profile, tokenize),
    steps: steps.map((step, i) => ({ step, skills: links[i]!, milestone: isMilestone(step, tokenize) })),
    similar: new Map(),
    tieRank: 0,
  };
}

/** Indexes the catalog and makes similarity links two-way ("A is 80% like B" tells B about A too). */
export function indexCatalog(profiles: readonly CareerProfile[], skillWords: SkillWords): IndexedCareer[] {
  const tokenize = tokenCache();
  const aliasesOf = aliasesBySkill(skillWords.aliases);
  const careers = profiles.map((p) => indexCareer(p, tokenize, aliasesOf));
  const bySlug = new Map(careers.map((c) => [c.profile.slug, c]));
  const link = (a: IndexedCareer, slug: string, similarity: number) => {
    if (similarity > (a.similar.get(slug) ?? -1)) a.similar.set(slug, similarity);
  };
  for (const c of careers) {
    for (const s of c.profile.similarCareers) {
      const other = s.slug === null ? undefined : bySlug.get(s.slug);
      if (!other) continue;
      link(c, other.profile.slug, s.similarity);
      link(other, c.profile.slug, s.similarity);
    }
  }
  const demand = { high: 0, medium: 1, low: 2 } as const;
  const compare = (a: IndexedCareer, b: IndexedCareer) => {
    const pa = a.profile;
    const pb = b.profile;
    return demand[pa.demand] - demand[pb.demand] || pa.title.localeCompare(pb.title, 'en') || (pa.slug < pb.slug ? -1 : pa.slug > pb.slug ? 1 : 0);
  };
  [...careers].sort(compare).forEach((c, i) => (c.tieRank = i));
  return careers;
}
