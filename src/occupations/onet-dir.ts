import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The O*NET release directory: `ONET_DIR` when set (relative to the repository root),
 * else `../shared/data/onet/db_29_3` beside the checkout. It may not exist: O*NET data
 * is optional, and callers must say so and carry on when it is absent.
 */
export function defaultOnetDir(): string {
  return resolve(REPO_ROOT, process.env.ONET_DIR ?? '../shared/data/onet/db_29_3');
}
