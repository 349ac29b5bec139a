import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mean, ndcgAt, precisionAt, recallAt } from './ranking-metrics.ts';

describe('ranking metrics', () => {
  const ranked = ['a', 'x', 'b', 'y', 'c'];
  const relevant = new Map([
    ['a', 3],
    ['b', 1],
    ['z', 2],
  ]);

  it('precision and recall at k', () => {
    assert.equal(precisionAt(ranked, relevant, 2), 0.5);
    assert.equal(precisionAt(ranked, relevant, 5), 0.4);
    assert.equal(recallAt(ranked, relevant, 5), 2 / 3);
    assert.equal(recallAt(ranked, new Set(), 5), 0);
  });

  it('nDCG is 1 for the ideal order, less otherwise', () => {
    assert.equal(ndcgAt(['a', 'z', 'b'], relevant, 3), 1);
    const dcg = 3 / Math.log2(2) + 1 / Math.log2(4);
    const ideal = 3 / Math.log2(2) + 2 / Math.log2(3) + 1 / Math.log2(4);
    assert.ok(Math.abs(ndcgAt(ranked, relevant, 5) - dcg / ideal) < 1e-12);
    assert.equal(ndcgAt(ranked, new Map(), 5), 0);
  });

  it('mean of nothing is 0', () => {
    assert.equal(mean([]), 0);
    assert.equal(mean([1, 2]), 1.5);
  });
});
