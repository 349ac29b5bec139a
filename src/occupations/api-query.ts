/** The O*NET routes answer 404 with a clear reason when O*NET is not imported. */
import { notFound } from '../errors.ts';

export const ONET_NOT_IMPORTED =
  'O*NET reference data is not imported on this server, so occupations are not available; ' +
  'an operator can import it with `npm run import:onet -- <onet-release-dir>` and restart.';

/** The value, or a 404 problem saying that O*NET is not imported. */
export function requireOnet<T>(value: T | null): T {
  if (value === null) throw notFound(ONET_NOT_IMPORTED);
  return value;
}
