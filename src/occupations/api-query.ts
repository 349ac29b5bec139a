/**
 * Request checks shared by the occupation, similarity, transition and title routes: an
 * unknown query parameter is a 400 naming it (a typo such as `?limt=3` must not be ignored
 * silently), and the O*NET routes answer 404 with a clear reason when O*NET is not imported.
 */
import type { FastifyRequest } from 'fastify';
import { invalid, notFound } from '../errors.ts';

export function refuseUnknownQuery(known: readonly string[]) {
  const allowed = new Set(known);
  return async function checkQuery(request: FastifyRequest): Promise<void> {
    const extra = Object.keys((request.query ?? {}) as Record<string, unknown>).filter((k) => !allowed.has(k));
    if (extra.length === 0) return;
    const list = known.length > 0 ? known.join(', ') : 'none';
    const errors = extra.map((field) => ({ field, message: `is not a parameter here; known parameters: ${list}` }));
    throw invalid(errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  };
}

export const ONET_NOT_IMPORTED =
  'O*NET reference data is not imported on this server, so occupations are not available; ' +
  'an operator can import it with `npm run import:onet -- <onet-release-dir>` and restart.';

/** The value, or a 404 problem saying that O*NET is not imported. */
export function requireOnet<T>(value: T | null): T {
  if (value === null) throw notFound(ONET_NOT_IMPORTED);
  return value;
}
