import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Lru } from './lru.ts';

describe('Lru', () => {
  it('keeps at most maxEntries, dropping the least recently used', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    assert.equal(lru.get('b'), undefined);
    assert.equal(lru.get('a'), 1);
    assert.equal(lru.size, 2);
  });

  it('with a byte bound, keeps the total weight under it and refuses a value heavier than all of it', () => {
    const lru = new Lru<string, Buffer>(100, { maxBytes: 10, bytesOf: (b) => b.length });
    lru.set('a', Buffer.alloc(4));
    lru.set('b', Buffer.alloc(4));
    lru.set('c', Buffer.alloc(4));
    assert.equal(lru.get('a'), undefined, 'the oldest went to make room');
    assert.equal(lru.bytes, 8);
    lru.set('b', Buffer.alloc(1));
    assert.equal(lru.bytes, 5, 'a replaced value is weighed again');
    lru.set('huge', Buffer.alloc(11));
    assert.equal(lru.get('huge'), undefined);
    assert.equal(lru.size, 2);
    lru.clear();
    assert.equal(lru.bytes, 0);
    assert.equal(lru.size, 0);
  });
});
