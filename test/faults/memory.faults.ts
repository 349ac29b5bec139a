/**
 * Bounded memory (issue 16): 100,000 unique random query words through the finder page and
 * the finder API (alternately), in process, with metrics and the rate limit on so their
 * stores are exercised too. Every cache a query reaches (stems, tokens, serialised
 * responses, metrics labels, rate-limit keys) is bounded, so memory stays flat: after a full
 * GC, heap plus external memory grows by less than LIMIT_MB from word 20,000 to the last
 * (the stem caches, bounded at 20,000 and 50,000 words, fill in that stretch: about 1.5 MB).
 * Issue 16 measured about 1 KB kept per request before the stem cache was bounded: some
 * 80 MB here.
 */
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { after, before, describe, it } from 'node:test';
import { REPO_CONTENT } from '../support/content.ts';
import { seededRandom } from '../support/seeded-random.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const WORDS = Number(process.env.MEMORY_WORDS ?? 100_000);
const FROM = Math.round(WORDS * 0.2);
const LIMIT_MB = 4;
const SEED = Number(process.env.FAULTS_SEED ?? 20261216);
const TOKEN = 'memory-test-metrics-token';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function retainedBytes(): number {
  for (let i = 0; i < 3; i++) gc();
  const { heapUsed, external } = process.memoryUsage();
  return heapUsed + external;
}

const LATIN = 'abcdefghijklmnopqrstuvwxyz';
const DEVANAGARI = 'कखगघचछजझटठडढतथदधनपफबभमयरलवशसह';

/** Unique words: random letters (one in ten Devanagari) ending in the word's number, so no two are alike. */
function word(random: () => number, n: number): string {
  const alphabet = random() < 0.1 ? DEVANAGARI : LATIN;
  const letters = Array.from({ length: 4 + Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  return `${letters}${n.toString(36)}`;
}

describe('memory under 100,000 unique query words', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp('sqlite', REPO_CONTENT, { metricsToken: TOKEN, rateLimit: { perMinute: 10_000_000, redisUrl: null } });
  });
  after(() => t.close());

  it(`stays flat (under ${LIMIT_MB} MB from word ${FROM.toLocaleString('en-US')} to ${WORDS.toLocaleString('en-US')})`, { timeout: 900_000 }, async () => {
    const random = seededRandom(SEED);
    const samples: Array<[number, number]> = [];
    for (let n = 1; n <= WORDS; n++) {
      const q = encodeURIComponent(word(random, n));
      const res = await t.app.inject(n % 2 === 0 ? `/finder?q=${q}` : `/api/v1/careers?q=${q}`);
      if (res.statusCode !== 200) assert.fail(`word ${n}: ${res.statusCode} ${res.body.slice(0, 200)}`);
      // inject() resolves without the event loop turning; a server's loop turns between requests
      // and runs what each response left for setImmediate (socket clean-up), which would otherwise pile up
      if (n % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (n % 10_000 === 0 || n === FROM) samples.push([n, retainedBytes()]);
    }
    const metrics = await t.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(metrics.statusCode, 200);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
    const at = (n: number) => samples.find(([k]) => k === n)![1];
    const growth = at(WORDS) - at(FROM);
    console.log(
      `memory: heap+external after GC (MB) by words sent: ${samples.map(([n, b]) => `${n / 1000}k ${mb(b)}`).join(', ')}; growth ${FROM / 1000}k→${WORDS / 1000}k ${mb(growth)} MB; /metrics ${(metrics.body.length / 1024).toFixed(0)} KB of text`,
    );
    assert.ok(growth < LIMIT_MB * 1024 * 1024, `memory grew ${mb(growth)} MB between word ${FROM} and ${WORDS}`);
  });
});
