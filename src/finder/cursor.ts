import { invalidField } from '../errors.ts';

/**
 * Opaque keyset cursor: the sort key of the last item served, tied to the catalog version
 * so a cursor from before a content change is refused instead of silently skipping items.
 */
export function encodeCursor(version: string, after: string): string {
  return Buffer.from(JSON.stringify({ v: version, a: after })).toString('base64url');
}

export function decodeCursor(cursor: string, version: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidField('cursor', 'is not a cursor this API issued');
  }
  const { v, a } = (parsed ?? {}) as { v?: unknown; a?: unknown };
  if (typeof a !== 'string' || typeof v !== 'string') throw invalidField('cursor', 'is not a cursor this API issued');
  if (v !== version) throw invalidField('cursor', 'has expired because the catalog changed; start again without a cursor');
  return a;
}
