/**
 * Where a career can lead: direct moves and two-step paths between curated careers. Pure;
 * computed per source career on first use and kept for the catalog's lifetime.
 *
 * A move A → B is considered when there is evidence that people make it: the editors list
 * B among A's similar careers (`curated`), one of A's progression titles is B's title or one
 * of its job titles (`progression`), or the similarity engine ranks B in A's top 6 and A
 * already meets at least 15 % of B's requirement (`computed`; below that, a computed
 * neighbour is noise). Each move gets the skill gap of skill-gap.ts (overlap %, skills to
 * add, months). A move is **direct** when it is related and takes at most 12 months;
 * otherwise the target is far, and a **two-step path** A → C → B is offered through a
 * direct move C that is itself related to B, the second step's gap computed from A's and
 * C's skills together (what someone who made the first move holds). At most two paths per
 * target. Direct moves are listed by overlap; paths by the weaker step's evidence (more
 * kinds of evidence first), then by total months.
 */
import type { CareerProfile } from '../careers/career.schema.ts';
import { derived } from '../catalog/snapshot.ts';
import { careerSimilarityOf } from '../similarity/career-similarity.ts';
import { textKey } from '../text/text-key.ts';
import { gapTo, heldSkills, heldTools, unionSkills, type Gap, type SkillToAdd } from './skill-gap.ts';
import type { Exam } from '../careers/exam.schema.ts';
import { requirementsFor, type Requirement } from '../pathways/requirements.ts';

export const FAR_MONTHS = 12;
export const COMPUTED_NEIGHBOURS = 6;
export const COMPUTED_MIN_OVERLAP = 15;
/**
 * Each step of a two-step path must already meet this share (percent) of its target's
 * requirement, or the path is a restart, not a move. Calibrated on the catalog as Nesta
 * calibrated its ≥ 0.30 similarity: 16 is the 10th percentile of the overlap of pairs the
 * editors rate ≥ 60 % similar, and above the 95th percentile (15) of pairs across categories
 * (measured on 133 careers, 2026-12).
 */
export const TWO_STEP_MIN_OVERLAP = 16;
const PATHS_PER_TARGET = 2;

export type Evidence = 'curated' | 'computed' | 'progression';

export interface CareerRef {
  slug: string;
  title: string;
}

export interface TransitionStep {
  from: CareerRef;
  to: CareerRef;
  overlap: number;
  /** Skills months plus the shortest months of every required stage. */
  months: number;
  /** Degrees, exams, licences and trainings the move needs besides skills. */
  requires: Requirement[];
  skillsToAdd: SkillToAdd[];
  toolsToAdd: string[];
}

export interface Transition {
  to: CareerRef;
  kind: 'direct' | 'two-step';
  via: CareerRef | null;
  /** Share of the target's requirement the source career already meets, 0–100. */
  overlap: number;
  /** Total estimated effort over all steps. */
  months: number;
  /** Why the first step is considered at all. */
  evidence: Evidence[];
  steps: TransitionStep[];
}

export interface CareerTransitions {
  from: CareerRef;
  direct: Transition[];
  twoStep: Transition[];
}

/** Slugs the similarity engine ranks most similar to `slug`, best first. */
export type ComputedNeighbours = (slug: string) => readonly string[];

const ref = (p: CareerProfile): CareerRef => ({ slug: p.slug, title: p.title });

export class TransitionMap {
  private readonly bySlug: Map<string, CareerProfile>;
  private readonly titleOwners = new Map<string, Set<string>>();
  private readonly edges = new Map<string, Map<string, Evidence[]>>();
  private readonly cache = new Map<string, CareerTransitions>();

  constructor(
    profiles: readonly CareerProfile[],
    private readonly computed: ComputedNeighbours,
    private readonly exams: (id: string) => Exam | undefined = () => undefined,
  ) {
    this.bySlug = new Map(profiles.map((p) => [p.slug, p]));
    for (const p of profiles) {
      for (const title of [p.title, ...p.jobTitles.map((j) => j.title)]) {
        const key = textKey(title);
        const owners = this.titleOwners.get(key) ?? new Set<string>();
        owners.add(p.slug);
        this.titleOwners.set(key, owners);
      }
    }
  }

  /** Careers related to `slug`, with the evidence for each. */
  neighbours(slug: string): Map<string, Evidence[]> {
    let out = this.edges.get(slug);
    if (out) return out;
    out = new Map<string, Evidence[]>();
    const add = (other: string | null, why: Evidence) => {
      if (!other || other === slug || !this.bySlug.has(other)) return;
      const list = out!.get(other) ?? [];
      if (!list.includes(why)) list.push(why);
      out!.set(other, list);
    };
    const p = this.bySlug.get(slug);
    if (p) {
      for (const s of p.similarCareers) add(s.slug, 'curated');
      for (const other of this.computed(slug).slice(0, COMPUTED_NEIGHBOURS)) {
        const b = this.bySlug.get(other);
        if (b && gapTo(heldSkills(p), heldTools(p), b).overlap >= COMPUTED_MIN_OVERLAP) add(other, 'computed');
      }
      for (const stage of p.progression) for (const t of stage.titles) for (const owner of this.titleOwners.get(textKey(t)) ?? []) add(owner, 'progression');
    }
    this.edges.set(slug, out);
    return out;
  }

  /** Direct moves and two-step paths from `slug`; undefined for an unknown career. */
  from(slug: string): CareerTransitions | undefined {
    const a = this.bySlug.get(slug);
    if (!a) return undefined;
    const cached = this.cache.get(slug);
    if (cached) return cached;
    const related = this.neighbours(slug);
    const step = (from: CareerProfile, to: CareerProfile, gap: Gap): TransitionStep => {
      const requires = requirementsFor(from, to, this.exams);
      return {
        from: ref(from),
        to: ref(to),
        overlap: gap.overlap,
        months: gap.months + requires.reduce((sum, r) => sum + r.months, 0),
        requires,
        skillsToAdd: gap.skillsToAdd,
        toolsToAdd: gap.toolsToAdd,
      };
    };
    const directGap = new Map<string, Gap>();
    const gapFromA = (b: CareerProfile) => {
      let g = directGap.get(b.slug);
      if (!g) directGap.set(b.slug, (g = gapTo(heldSkills(a), heldTools(a), b)));
      return g;
    };

    const direct: Transition[] = [];
    for (const [other, evidence] of related) {
      const b = this.bySlug.get(other)!;
      const move = step(a, b, gapFromA(b));
      if (move.months > FAR_MONTHS) continue;
      direct.push({ to: ref(b), kind: 'direct', via: null, overlap: move.overlap, months: move.months, evidence, steps: [move] });
    }
    direct.sort((x, y) => y.overlap - x.overlap || x.months - y.months || (x.to.slug < y.to.slug ? -1 : 1));
    const near = new Set(direct.map((t) => t.to.slug));

    const paths = new Map<string, Transition[]>();
    const strength = new Map<string, number>();
    for (const c of direct) {
      const mid = this.bySlug.get(c.to.slug)!;
      const held = unionSkills(heldSkills(a), heldSkills(mid));
      const tools = heldTools(a, mid);
      for (const target of this.neighbours(mid.slug).keys()) {
        if (target === slug || near.has(target)) continue;
        const b = this.bySlug.get(target)!;
        const second = step(mid, b, gapTo(held, tools, b));
        if (second.months > FAR_MONTHS || second.overlap < TWO_STEP_MIN_OVERLAP || c.overlap < TWO_STEP_MIN_OVERLAP) continue;
        const list = paths.get(target) ?? [];
        const evidence = this.neighbours(mid.slug).get(target)!;
        list.push({
          to: ref(b),
          kind: 'two-step',
          via: ref(mid),
          overlap: gapFromA(b).overlap,
          months: c.months + second.months,
          evidence: c.evidence,
          steps: [c.steps[0]!, second],
        });
        strength.set(`${mid.slug}>${target}`, Math.min(c.evidence.length, evidence.length));
        paths.set(target, list);
      }
    }
    const key = (t: Transition) => `${t.via!.slug}>${t.to.slug}`;
    const byEffort = (x: Transition, y: Transition) => x.months - y.months || y.overlap - x.overlap || (key(x) < key(y) ? -1 : 1);
    const byStrength = (x: Transition, y: Transition) => strength.get(key(y))! - strength.get(key(x))! || byEffort(x, y);
    const twoStep = [...paths.values()].flatMap((list) => list.sort(byEffort).slice(0, PATHS_PER_TARGET)).sort(byStrength);
    const result = { from: ref(a), direct, twoStep };
    this.cache.set(slug, result);
    return result;
  }
}

/** A snapshot's transitions, with the similarity engine's ranking as the computed neighbours. */
export const transitionsOf = derived((snapshot) => {
  const similarity = careerSimilarityOf(snapshot);
  return new TransitionMap(
    snapshot.catalog.profiles,
    (slug) => similarity.ranking(slug).map((x) => x.slug),
    (id) => snapshot.catalog.exam(id),
  );
});
