/**
 * Checks a match request against the same schema POST /api/v1/match validates with, for
 * callers that are not that route (the /match page builds its request from a query).
 * Field names come out in the API's form: "skills[3].level", "preferences.hoursPerWeek".
 */
import { Ajv, type ErrorObject } from 'ajv';
import type { FieldError } from '../errors.ts';
import { pointerToField } from '../json-pointer.ts';
import { MatchRequest } from './match.schema.ts';

const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(MatchRequest);

function fieldError(e: ErrorObject): FieldError {
  const at = pointerToField(e.instancePath);
  if (e.keyword === 'additionalProperties') {
    const extra = String(e.params.additionalProperty);
    return { field: at ? `${at}.${extra}` : extra, message: 'is not a known field' };
  }
  if (e.keyword === 'enum') return { field: at, message: `must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}` };
  return { field: at || 'body', message: e.message ?? 'is invalid' };
}

export function checkMatchRequest(data: unknown): { request: MatchRequest } | { errors: FieldError[] } {
  if (validate(data)) return { request: data as MatchRequest };
  return { errors: (validate.errors ?? []).map(fieldError) };
}
