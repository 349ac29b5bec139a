/**
 * Checks a match request against the same schema POST /api/v1/match validates with, for
 * callers that are not that route (the /match page builds its request from a query).
 * Field names come out in the API's form: "skills[3].level", "preferences.hoursPerWeek".
 */
import type { FieldError } from '../errors.ts';
import { validator } from '../validation/validator.ts';
import { MatchRequest } from './match.schema.ts';

const validate = validator<MatchRequest>(MatchRequest, 'body');

export function checkMatchRequest(data: unknown): { request: MatchRequest } | { errors: FieldError[] } {
  const { value, errors } = validate(data);
  return value ? { request: value } : { errors };
}
