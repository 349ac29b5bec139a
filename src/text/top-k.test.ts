import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seededRandom } from '../../test/support/seeded-random.ts';
import { topK } from './top-k.ts';

describe('topK', () => {
  it('equals sorting everything and taking the first k, ties broken by the order given', () => {
    const rnd = seededRandom(7);
    for (let run = 0; run < 200; run++) {
      const scores = Array.from({ length: Math.floor(rnd() * 60) }, () => Math.floor(rnd() * 8));
      const ids = scores.map((_, i) => i);
      const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
      const sorted = [...ids].sort((a, b) => scores[b]! - scores[a]! || a - b);
      for (const k of [0, 1, 3, 25, 100, Infinity]) assert.deepEqual(topK(ids, k, better), sorted.slice(0, k), `run ${run}, k ${k}`);
    }
  });
});
