import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { baseTag, negotiate, variantTag } from './content-encoding.ts';

describe('content negotiation', () => {
  it('answers brotli, else gzip, else no encoding, as the Accept-Encoding header allows', () => {
    const cases: Array<[string | undefined, string]> = [
      [undefined, 'identity'],
      ['', 'identity'],
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip;q=0.5', 'gzip'],
      ['*', 'br'],
      ['*;q=0, gzip', 'gzip'],
      ['deflate', 'identity'],
      ['BR;Q=1', 'br'],
      ['br;q=junk', 'identity'],
      ['identity', 'identity'],
      [`${'x'.repeat(300)}, gzip`, 'gzip'],
    ];
    for (const [header, expected] of cases) assert.equal(negotiate(header), expected, String(header));
  });

  it('gives each encoding its own ETag and matches any of them back to the representation', () => {
    assert.equal(variantTag('"v1:/careers/x"', 'br'), '"v1:/careers/x-br"');
    assert.equal(variantTag('W/"abc"', 'gzip'), 'W/"abc-gzip"');
    assert.equal(variantTag('"abc"', 'identity'), '"abc"');
    assert.equal(baseTag('"abc-br"'), '"abc"');
    assert.equal(baseTag('W/"abc-gzip"'), '"abc"');
  });
});
