/**
 * O*NET occupations as similarity feature profiles, and the block weights the engine uses
 * for them. The weights were tuned on half of the rated occupations against O*NET's
 * Related Occupations and checked on the other half (docs/similarity.md,
 * `npm run eval:similarity -- --tune` reproduces the search).
 */
import type { BlockSpec, FeatureProfile } from './similarity.ts';
import { addTokens, emptyBag } from '../text/text-tokens.ts';
import type { OnetRelease } from '../onet/onet-types.ts';

type Bag = Record<string, number>;

/** SOC hierarchy of a code `15-1252.01`: major `15`, minor `15-12`, broad `15-125`, detailed `15-1252`. */
export function socGroups(code: string): { major: string; minor: string; broad: string; detailed: string } {
  return { major: code.slice(0, 2), minor: code.slice(0, 5), broad: code.slice(0, 6), detailed: code.slice(0, 7) };
}

/**
 * Blocks and weights for O*NET occupations. Reasons, in short (measured figures in
 * docs/similarity.md): task text and titles carry most of the signal, as O*NET builds its
 * related lists from "what people do, what they know and what they are called";
 * knowledge beats skills (skills are generic across occupations); technology, interests,
 * SOC group and job zone add a little each. Education measured no gain and is left out.
 */
export const OCCUPATION_BLOCKS: readonly BlockSpec[] = [
  { kind: 'vector', name: 'skills', label: 'Skills', weight: 0.2, centre: true, explain: 'levels', threshold: 3, minGap: 0.5 },
  { kind: 'vector', name: 'knowledge', label: 'Knowledge', weight: 0.75, centre: true, explain: 'levels', threshold: 3, minGap: 0.5 },
  { kind: 'vector', name: 'tasks', label: 'Tasks', weight: 2.6, idf: true, power: 0.5 },
  { kind: 'vector', name: 'taskPhrases', label: 'Task phrases', weight: 1, idf: true, power: 0.5, minDf: 2 },
  { kind: 'vector', name: 'description', label: 'Description', weight: 0.6, idf: true },
  { kind: 'vector', name: 'titles', label: 'Job titles', weight: 2.45, idf: true, power: 0.5 },
  { kind: 'vector', name: 'technology', label: 'Technology', weight: 0.25, idf: true, explain: 'sets', threshold: 2 },
  { kind: 'vector', name: 'techCategories', label: 'Kinds of technology', weight: 0.2, idf: true, power: 0.5 },
  { kind: 'vector', name: 'interests', label: 'Interests (RIASEC)', weight: 0.4, centre: true, explain: 'levels', threshold: 4, minGap: 1 },
  { kind: 'vector', name: 'soc', label: 'Occupation group', weight: 0.35, idf: true },
  { kind: 'scalar', name: 'jobZone', label: 'Job zone', weight: 0.1, range: 4 },
];

/**
 * One profile per occupation in the release, in release order. Feature values:
 * skills/knowledge = importance (1–5); technology = 1 + hot + in demand (so `threshold: 2`
 * lists hot or in-demand tools in explanations); tasks = stemmed word counts, core tasks 1,
 * supplemental ½; titles = tokens of the title (×3), alternate and reported titles;
 * interests = RIASEC OI (1–7); soc = the four SOC levels; jobZone = 1–5.
 */
export function occupationProfiles(release: OnetRelease): FeatureProfile[] {
  const blocks = new Map<string, Record<string, Bag | number>>();
  const bag = (code: string, name: string): Bag => {
    const b = blocks.get(code)!;
    let v = b[name];
    if (typeof v !== 'object') {
      v = emptyBag();
      b[name] = v;
    }
    return v;
  };
  for (const o of release.occupations) {
    blocks.set(o.code, {});
    const g = socGroups(o.code);
    Object.assign(bag(o.code, 'soc'), { [`major ${g.major}`]: 1, [`minor ${g.minor}`]: 1, [`broad ${g.broad}`]: 1, [`detailed ${g.detailed}`]: 1 });
    addTokens(bag(o.code, 'titles'), o.title, 3);
    addTokens(bag(o.code, 'description'), o.description);
  }
  for (const r of release.ratings) {
    if (r.importance !== null) bag(r.code, r.domain === 'skill' ? 'skills' : 'knowledge')[r.elementName] = r.importance;
  }
  for (const t of release.technology) {
    bag(t.code, 'technology')[t.example] = 1 + (t.hot ? 1 : 0) + (t.inDemand ? 1 : 0);
    const kinds = bag(t.code, 'techCategories');
    kinds[t.commodityTitle] = (Object.hasOwn(kinds, t.commodityTitle) ? kinds[t.commodityTitle]! : 0) + 1;
  }
  for (const t of release.tasks) {
    const weight = t.type === 'Supplemental' ? 0.5 : 1;
    addTokens(bag(t.code, 'tasks'), t.statement, weight);
    addTokens(bag(t.code, 'taskPhrases'), t.statement, weight, true);
  }
  for (const t of release.alternateTitles) addTokens(bag(t.code, 'titles'), t.title);
  for (const t of release.reportedTitles) addTokens(bag(t.code, 'titles'), t.title);
  for (const i of release.interests) bag(i.code, 'interests')[i.name] = i.value;
  for (const z of release.jobZones) blocks.get(z.code)!.jobZone = z.jobZone;

  return release.occupations.map((o) => ({ id: o.code, title: o.title, blocks: blocks.get(o.code)! }));
}

/**
 * The occupations worth offering as similar: those with tasks or ratings. The 93 title-only
 * codes ("All Other" and similar) carry a title and description only.
 */
export function hasWorkData(profile: FeatureProfile): boolean {
  return profile.blocks.tasks !== undefined || profile.blocks.skills !== undefined;
}
