import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readRepoProfile } from '../../test/support/content.ts';
import { applyPatch, jsonPatch, patchSummary } from './json-patch.ts';

describe('JSON Patch', () => {
  it('turns one profile into another, and names the fields it touches', () => {
    const from = readRepoProfile('electrician');
    const to = structuredClone(from);
    to.summary = 'A changed summary / with a slash';
    to.roadmap = [...to.roadmap].reverse().slice(1);
    to.salary[0]!.bands[0]!.maxLpa! += 0.4;
    delete (to as { localNames?: unknown }).localNames;
    const ops = jsonPatch(from, to);
    assert.deepEqual(applyPatch(from, ops), to);
    assert.match(patchSummary(ops), /summary: 1 change/);
    assert.match(patchSummary(ops), /localNames: 1 change/);
    assert.deepEqual(jsonPatch(from, structuredClone(from)), []);
    assert.equal(patchSummary([]), 'no changes');
  });

  it('escapes ~ and / in keys as RFC 6901 says', () => {
    assert.deepEqual(jsonPatch({ 'a/b': 1, 'c~d': 1 }, { 'a/b': 2, 'c~d': 1 }), [{ op: 'replace', path: '/a~1b', value: 2 }]);
  });
});
