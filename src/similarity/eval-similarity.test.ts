import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { evaluateRankings, halfOf } from './eval-similarity.ts';
import type { RelatedOccupation, Tier } from './related-occupations.ts';

const FIXTURE = fileURLToPath(new URL('../../test/fixtures/onet/', import.meta.url));
const CLI = fileURLToPath(new URL('./eval-similarity.cli.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../', import.meta.url));

const rel = (code: string, relatedCode: string, tier: Tier, index: number): RelatedOccupation => ({ code, relatedCode, tier, index });

describe('evaluateRankings', () => {
  const truth = new Map([
    ['A', [rel('A', 'B', 'Primary-Short', 1), rel('A', 'C', 'Primary-Long', 2), rel('A', 'D', 'Supplemental', 3), rel('A', 'E', 'Supplemental', 4)]],
  ]);

  it('scores overall and per tier; tier P@10 adds up to the overall', () => {
    const report = evaluateRankings(new Map([['A', ['B', 'X', 'D']]]), truth, ['A', 'unmeasured']);
    assert.equal(report.overall.n, 1);
    assert.equal(report.overall.p10, 0.2);
    assert.equal(report.overall.r20, 0.5);
    assert.equal(report.tiers['Primary-Short'].r20, 1);
    assert.equal(report.tiers['Primary-Long'].r20, 0);
    assert.equal(report.tiers.Supplemental.r20, 0.5);
    const sum = report.tiers['Primary-Short'].p10 + report.tiers['Primary-Long'].p10 + report.tiers.Supplemental.p10;
    assert.ok(Math.abs(sum - report.overall.p10) < 1e-12);
    assert.equal(evaluateRankings(new Map([['A', ['B', 'C', 'D', 'E']]]), truth, ['A']).overall.ndcg20, 1);
  });

  it('splits codes into two stable, roughly equal halves', () => {
    assert.equal(halfOf('15-1252.00'), halfOf('15-1252.00'));
    const codes = Array.from({ length: 400 }, (_, i) => `11-${String(1000 + i)}.00`);
    const tune = codes.filter((c) => halfOf(c) === 'tune').length;
    assert.ok(tune > 150 && tune < 250, `${tune} of 400 in the tune half`);
  });
});

describe('eval:similarity CLI', () => {
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', 'tsx', CLI], { cwd: REPO, env: { ...process.env, ...env }, encoding: 'utf8' });

  it('prints baseline and engine figures for a release with Related Occupations', () => {
    const result = run({ ONET_DIR: FIXTURE });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /baseline\s+engine/);
    assert.match(result.stdout, /all rated \(5\)\s+\d\.\d{3}/);
    assert.match(result.stdout, /Primary-Short/);
    assert.match(result.stdout, /single top-20 lookup \(\d+\): median/);
  });

  it('says so and exits 0 when the data is absent', () => {
    const result = run({ ONET_DIR: '/nonexistent/onet' });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /no O\*NET release with Related Occupations in \/nonexistent\/onet/);
  });
});
