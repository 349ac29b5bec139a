/**
 * Personas against the real catalog: outcomes a career counsellor would sign off on.
 * Expectations name careers and categories, never exact scores, so editors can refine
 * content without breaking them unless a match stops making sense.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { REPO_CONTENT, readRepoProfile, repoSkillWords } from '../../test/support/content.ts';
import type { MatchRequest, MatchResult } from './match.schema.ts';
import { createMatcher } from './matcher.ts';

const profiles = readdirSync(REPO_CONTENT)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readRepoProfile(f.replace(/\.yaml$/, '')));
const matcher = createMatcher(profiles, [], repoSkillWords());
const category = new Map(profiles.map((p) => [p.slug, p.category]));

function rank(request: MatchRequest): MatchResult['careers'] {
  const outcome = matcher.match(request);
  if ('errors' in outcome) assert.fail(JSON.stringify(outcome.errors));
  return outcome.result.careers;
}
const top = (request: MatchRequest, n: number) =>
  rank(request)
    .slice(0, n)
    .map((c) => c.slug);
const skills = (level: 'beginner' | 'intermediate' | 'advanced', ...names: string[]) => names.map((name) => ({ name, level }));
const show = (slugs: string[]) => slugs.join(', ');

describe('personas on the catalog', () => {
  it('has a catalog skill behind every alias and partial-credit rule (content drift shows up here)', () => {
    assert.deepEqual(matcher.skills.danglingAliases, []);
  });

  it('a BCA graduate with JavaScript, SQL and Git has a web developer role in the top 3', () => {
    const best = top({ degree: 'BCA', skills: skills('intermediate', 'JavaScript', 'SQL', 'Git') }, 3);
    assert.ok(
      best.some((s) => ['backend-developer', 'full-stack-developer', 'frontend-developer'].includes(s)),
      show(best),
    );
    assert.ok(
      best.every((s) => category.get(s) === 'Software Development'),
      show(best),
    );
  });

  it('a B.Com graduate strong in Excel and accounting sees finance careers on top', () => {
    const best = top({ degree: 'B.Com', skills: skills('advanced', 'excel', 'accounting') }, 3);
    assert.ok(
      best.every((s) => category.get(s) === 'Finance and Accounting'),
      show(best),
    );
    assert.ok(best.includes('accountant'), show(best));
  });

  it('a Class 12 biology student who wants to care for people sees healthcare on top', () => {
    const best = top({ degree: '12th biology', interests: { care: 'yes' } }, 5);
    assert.ok(
      best.every((s) => category.get(s) === 'Healthcare'),
      show(best),
    );
  });

  it('remote-only: no rarely-remote career ranks above a remote one that fits as well without the preference', () => {
    const person: MatchRequest = { degree: 'BCA', skills: skills('intermediate', 'python', 'excel') };
    const anyFit = new Map(rank(person).map((c) => [c.slug, c.fit]));
    const only = rank({ ...person, preferences: { remote: 'only' } });
    const position = new Map(only.map((c, i) => [c.slug, i]));
    for (const low of only.filter((c) => c.remote === 'low')) {
      for (const high of only.filter((c) => c.remote === 'high' && anyFit.get(c.slug)! >= anyFit.get(low.slug)!)) {
        assert.ok(position.get(high.slug)! < position.get(low.slug)!, `${high.slug} should rank above ${low.slug}`);
      }
    }
    assert.ok(
      only.slice(0, 10).every((c) => c.remote !== 'low'),
      show(only.slice(0, 10).map((c) => c.slug)),
    );
  });

  it('a mechanical engineer who likes hands-on science work, not coding, gets Mechanical Engineer first', () => {
    const best = top(
      {
        degree: 'B.Tech Mechanical',
        skills: [...skills('intermediate', 'AutoCAD'), ...skills('beginner', 'SolidWorks')],
        interests: { science: 'yes', hands: 'yes', code: 'no' },
      },
      3,
    );
    assert.equal(best[0], 'mechanical-engineer');
    assert.ok(
      best.every((s) => category.get(s) === 'Core Engineering'),
      show(best),
    );
  });

  it('a B.Des graduate with Figma and Photoshop gets design careers first', () => {
    const best = top({ degree: 'B.Des', skills: [...skills('intermediate', 'figma'), ...skills('advanced', 'photoshop')], interests: { design: 'yes' } }, 2);
    assert.deepEqual(new Set(best), new Set(['graphic-designer', 'ui-ux-designer']));
  });

  it('an LLB graduate drawn to law gets a law career first and a lawyer in the top 3', () => {
    const best = top({ degree: 'LLB', interests: { law: 'yes' } }, 3);
    assert.equal(category.get(best[0]!), 'Law and Compliance');
    assert.ok(
      best.some((s) => ['advocate', 'corporate-lawyer'].includes(s)),
      show(best),
    );
  });

  it('an ITI holder who can do wiring gets Electrician first', () => {
    assert.equal(top({ degree: 'ITI', skills: skills('intermediate', 'wiring'), interests: { hands: 'yes' } }, 1)[0], 'electrician');
  });

  it('a statistics graduate with Python, SQL and Excel who likes data gets a data career first', () => {
    const best = top(
      {
        degree: 'B.Sc Statistics',
        skills: [...skills('intermediate', 'python', 'sql', 'excel'), ...skills('advanced', 'statistics')],
        interests: { data: 'yes' },
      },
      3,
    );
    assert.equal(category.get(best[0]!), 'Data and AI');
    assert.ok(best.includes('data-analyst'), show(best));
  });

  it('a BA who writes copy and knows some SEO gets Content Writer first', () => {
    const best = top(
      { degree: 'BA English', skills: [...skills('intermediate', 'copywriting', 'editing'), ...skills('beginner', 'seo')], interests: { words: 'yes' } },
      3,
    );
    assert.equal(best[0], 'content-writer');
    assert.ok(
      best.every((s) => ['Media and Communication', 'Business and Management'].includes(category.get(s)!)),
      show(best),
    );
  });

  it('a B.Ed graduate who wants to teach gets the teacher career first', () => {
    assert.equal(top({ degree: 'B.Ed', interests: { teach: 'yes' } }, 1)[0], 'government-school-teacher');
  });

  it('a B.Sc Nursing graduate with patient care and first aid gets Staff Nurse first', () => {
    assert.equal(top({ degree: 'BSc Nursing', skills: skills('intermediate', 'patient care', 'first aid') }, 1)[0], 'staff-nurse');
  });

  it('a CSE graduate with Linux, Docker and AWS gets DevOps and Cloud Engineer on top', () => {
    const best = top(
      {
        degree: 'B.Tech CSE',
        skills: [...skills('advanced', 'linux'), ...skills('intermediate', 'docker', 'aws', 'bash')],
        preferences: { yearsExperience: 2 },
      },
      2,
    );
    assert.deepEqual(new Set(best), new Set(['devops-engineer', 'cloud-engineer']));
  });

  it('ten years of cloud work and a high target put Cloud Architect in the top 3', () => {
    const request: MatchRequest = {
      degree: 'B.Tech CSE',
      skills: [...skills('advanced', 'aws', 'docker', 'linux', 'terraform'), ...skills('intermediate', 'networking')],
      preferences: { yearsExperience: 10, targetLpa: 40, segment: 'metro' },
    };
    assert.ok(top(request, 3).includes('cloud-architect'), show(top(request, 3)));
    const fresher = top({ ...request, preferences: { yearsExperience: 0 } }, 3);
    assert.ok(!fresher.includes('cloud-architect'), `a fresher is not steered to an 8+ year role: ${show(fresher)}`);
  });

  it('a Class 12 commerce student into money, not health or code, sees finance first and no healthcare in the top 10', () => {
    const best = top({ degree: '12th commerce', interests: { money: 'yes', care: 'no', code: 'no' } }, 10);
    assert.equal(category.get(best[0]!), 'Finance and Accounting');
    assert.ok(
      best.every((s) => category.get(s) !== 'Healthcare' && category.get(s) !== 'Software Development'),
      show(best),
    );
  });

  it('a backend developer looking around sees close moves near the top, marked against the current career', () => {
    const careers = rank({
      degree: 'B.Tech CSE',
      skills: skills('advanced', 'java', 'sql', 'spring boot'),
      preferences: { currentCareer: 'backend-developer', yearsExperience: 4 },
    });
    assert.equal(careers.find((c) => c.current)?.slug, 'backend-developer');
    const next = careers
      .filter((c) => !c.current)
      .slice(0, 3)
      .map((c) => c.slug);
    assert.ok(
      next.every((s) => category.get(s) === 'Software Development' || category.get(s) === 'IT Infrastructure and Security'),
      show(next),
    );
  });
});
