import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { CareerProfile } from '../careers/career.schema.ts';
import { contentDirWith, standaloneBackend } from '../../test/support/content.ts';
import { checkContentDir } from './content-check.ts';
import { profileToYaml } from './content-files.ts';
import type { ReferenceCodes } from './content-rules.ts';

const codes: ReferenceCodes = { onet: new Set(['15-1252.00']), isco: new Set(['2512']) };

/** A second, independent profile: every prose string made its own so the copy check stays quiet. */
function variant(slug: string, title: string): CareerProfile {
  const base = standaloneBackend();
  const own = (value: unknown): unknown => {
    if (typeof value === 'string') return `${title} ${value}`;
    if (Array.isArray(value)) return value.map(own);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, own(v)]));
    return value;
  };
  const p = own(base) as CareerProfile;
  return {
    ...p,
    slug,
    title,
    category: base.category,
    remote: base.remote,
    demand: base.demand,
    futureScope: base.futureScope,
    salary: base.salary.map((s) => ({ ...s, segment: s.segment, label: s.label, note: `${title} ${s.note}` })),
    skills: p.skills.map((s, i) => ({ ...s, name: base.skills[i]!.name, type: base.skills[i]!.type, importance: base.skills[i]!.importance, level: base.skills[i]!.level })),
    tools: p.tools.map((x, i) => ({ ...x, name: base.tools[i]!.name })),
    industries: base.industries,
    education: p.education.map((e, i) => ({ ...e, degree: base.education[i]!.degree })),
    jobTitles: p.jobTitles.map((j, i) => ({ ...j, level: base.jobTitles[i]!.level })),
    progression: p.progression.map((s, i) => ({ ...s, experience: base.progression[i]!.experience, payLevel: base.progression[i]!.payLevel! })),
    portfolioProjects: p.portfolioProjects.map((x, i) => ({ ...x, type: base.portfolioProjects[i]!.type })),
    roadmap: p.roadmap.map((r, i) => ({ ...r, id: base.roadmap[i]!.id!, hours: base.roadmap[i]!.hours!, step: base.roadmap[i]!.step })),
    // structure (ids, kinds, exams, starting stages) stays; only the words are this career's own
    pathways: base.pathways!.map((r) => ({
      ...r,
      title: `${title} ${r.title}`,
      ...(r.note ? { note: `${title} ${r.note}` } : {}),
      stages: r.stages.map((s) => ({ ...s, name: `${title} ${s.name}`, ...(s.note ? { note: `${title} ${s.note}` } : {}) })),
    })),
    localNames: base.localNames!,
    ...(base.regulation ? { regulation: { body: `${title} ${base.regulation.body}`, requirement: `${title} ${base.regulation.requirement}` } } : {}),
    similarCareers: [],
    provenance: base.provenance,
    codes: base.codes!,
  };
}

async function problemsFor(profiles: CareerProfile[]) {
  const dir = await contentDirWith(profiles);
  return (await checkContentDir(dir, codes)).problems;
}

function expectProblem(problems: Array<{ field: string; message: string }>, field: string, message: RegExp) {
  assert.ok(
    problems.some((p) => p.field === field && message.test(p.message)),
    `expected ${field} ~ ${message}, got:\n${problems.map((p) => `${p.field}: ${p.message}`).join('\n')}`,
  );
}

const hindi = { title: 'बैकएंड डेवलपर', summary: 'सर्वर की ओर का सॉफ़्टवेयर बनाते हैं।', translatedAt: '2026-12-01', status: 'draft' as const };

const mutate = (change: (p: CareerProfile) => void) => {
  const p = structuredClone(standaloneBackend());
  change(p);
  return p;
};

describe('content check', () => {
  it('passes a valid catalog', async () => {
    assert.deepEqual(await problemsFor([standaloneBackend(), variant('api-developer', 'API Developer')]), []);
  });

  const single: Array<[string, (p: CareerProfile) => void, string, RegExp]> = [
    ['schema: fit score above 100', (p) => (p.education[0]!.fitScore = 140), 'education[0].fitScore', /<= 100/],
    ['schema: unknown importance', (p) => ((p.skills[0] as { importance: string }).importance = 'crucial'), 'skills[0].importance', /one of/],
    ['schema: missing summary', (p) => delete (p as Partial<CareerProfile>).summary, 'summary', /required/],
    ['min above max', (p) => (p.salary[0]!.bands[0]!.minLpa = 9), 'salary[0].bands[0]', /minLpa 9 is above maxLpa 6/],
    ['entry above mid', (p) => (p.salary[0]!.bands[1] = { level: 'mid', minLpa: 2, maxLpa: 5 }), 'salary[0].bands', /mid band pays less than entry/],
    ['metro below Pan-India', (p) => (p.salary[1]!.bands[0] = { level: 'entry', minLpa: 1, maxLpa: 2 }), 'salary[1].bands[0]', /below the Pan-India entry/],
    ['experience reversed', (p) => (p.experience = { minYears: 6, maxYears: 2 }), 'experience', /minYears 6 is above maxYears 2/],
    ['progression range reversed', (p) => (p.progression[0]!.experience = '5-2 years'), 'progression[0].experience', /reversed/],
    ['roadmap out of order', (p) => (p.roadmap[1]!.step = 5), 'roadmap[1].step', /expected step 2/],
    ['duplicate skill in a profile', (p) => p.skills.push({ ...p.skills[3]!, name: 'sql' }), 'skills[15].name', /repeats skills\[3\]/],
    [
      'similar career that does not exist',
      (p) => (p.similarCareers = [{ slug: 'astronaut', title: 'Astronaut', similarity: 10, note: 'n' }]),
      'similarCareers[0].slug',
      /no career with slug "astronaut"/,
    ],
    ['similar to itself', (p) => (p.similarCareers[0]!.slug = 'backend-developer'), 'similarCareers[0].slug', /itself/],
    ['unknown O*NET code', (p) => (p.codes = { onet: '99-9999.99' }), 'codes.onet', /does not exist/],
    ['unknown ISCO group', (p) => (p.codes = { isco: '9998' }), 'codes.isco', /does not exist/],
    [
      'a translation of a pathway the profile does not have',
      (p) => (p.translations = { hi: { ...hindi, pathways: [{ id: 'after-phd', title: 'पीएचडी के बाद' }] } }),
      'translations.hi.pathways[0].id',
      /no pathway "after-phd"/,
    ],
    [
      'a translated stage the pathway does not have',
      (p) => (p.translations = { hi: { ...hindi, pathways: [{ id: p.pathways![0]!.id, title: 'रास्ता', stages: [{ id: 'no-such-stage', name: 'चरण' }] }] } }),
      'translations.hi.pathways[0].stages[0].id',
      /no stage "no-such-stage"/,
    ],
    [
      'a progression stage paid in a band the salary does not have',
      (p) => {
        p.salary[0]!.bands = p.salary[0]!.bands.filter((b) => b.level !== 'senior');
        p.progression[2]!.payLevel = 'senior';
      },
      'progression[2].payLevel',
      /no senior band/,
    ],
    [
      'a translated stage note whose figures differ from the English',
      (p) => {
        const route = p.pathways!.find((r) => r.stages.some((s) => s.note && /\d/.test(s.note)))!;
        const stage = route.stages.find((s) => s.note && /\d/.test(s.note))!;
        p.translations = { hi: { ...hindi, pathways: [{ id: route.id, title: 'रास्ता', stages: [{ id: stage.id, name: 'चरण', note: 'लगभग 99 महीने' }] }] } };
      },
      'translations.hi.pathways[0].stages[0].note',
      /figures differ from the English note: the translation lacks .* and adds 99/,
    ],
    ['schema: translation without a status', (p) => (p.translations = { hi: { ...hindi, status: undefined as never } }), 'translations.hi.status', /required/],
    ['home page given as a salary source', (p) => (p.provenance.sources[0]!.url = 'https://www.ambitionbox.com/'), 'provenance.sources[0].url', /home page/],
  ];
  for (const [name, change, field, message] of single) {
    it(`reports ${name}`, async () => expectProblem(await problemsFor([mutate(change)]), field, message));
  }

  it('reports a similar career linked under the wrong title, and a catalog career left unlinked', async () => {
    const other = variant('api-developer', 'API Developer');
    const wrongTitle = mutate((p) => (p.similarCareers = [{ slug: 'api-developer', title: 'API Dev', similarity: 70, note: 'n' }]));
    expectProblem(await problemsFor([wrongTitle, other]), 'similarCareers[0].title', /does not match the linked career's title "API Developer"/);
    const unlinked = mutate((p) => (p.similarCareers = [{ slug: null, title: 'API Developer', similarity: 70, note: 'n' }]));
    expectProblem(await problemsFor([unlinked, other]), 'similarCareers[0].slug', /link it with slug "api-developer"/);
  });

  it('reports two careers with the same title', async () => {
    expectProblem(await problemsFor([standaloneBackend(), variant('backend-engineer', 'Backend Developer')]), 'title', /already used/);
  });

  it('reports a shared name spelled two ways', async () => {
    const other = variant('web-developer', 'Web Developer');
    other.skills[3]!.name = 'Sql';
    expectProblem(await problemsFor([standaloneBackend(), other]), 'skills[3].name', /"Sql" is spelled "SQL"/);
  });

  it('reports a long paragraph copied between two profiles', async () => {
    const other = variant('web-developer', 'Web Developer');
    other.mainRole = standaloneBackend().mainRole;
    expectProblem(await problemsFor([standaloneBackend(), other]), 'mainRole', /also appears in .*backend-developer\.yaml/);
  });

  it('reports a slug that does not match its file name', async () => {
    const dir = await contentDirWith([]);
    await writeFile(join(dir, 'backend-developer.yaml'), profileToYaml({ ...standaloneBackend(), slug: 'other-slug' }));
    expectProblem((await checkContentDir(dir, codes)).problems, 'slug', /does not match the file name "backend-developer"/);
  });

  it('reports a file that is not valid YAML', async () => {
    const dir = await contentDirWith([standaloneBackend()]);
    await writeFile(join(dir, 'broken.yaml'), 'title: [unclosed\n');
    const { problems } = await checkContentDir(dir, codes);
    expectProblem(problems, '(file)', /YAML syntax/);
  });

  it('prints file, field and message and exits 1 from the command line', async () => {
    const dir = await contentDirWith([mutate((p) => (p.education[0]!.fitScore = 140))]);
    const cli = fileURLToPath(new URL('./content-check.cli.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--import', 'tsx', cli, dir], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /backend-developer\.yaml: education\[0\]\.fitScore: must be <= 100/);
  });
});
