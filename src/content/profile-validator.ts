import { CareerProfile } from '../careers/career.schema.ts';
import type { FieldError } from '../errors.ts';
import { validator } from '../validation/validator.ts';

export type FieldProblem = FieldError;

const validate = validator<CareerProfile>(CareerProfile);

/** Checks one profile against the JSON Schema; returns every problem, not just the first. */
export function validateProfile(data: unknown): { profile: CareerProfile | null; problems: FieldProblem[] } {
  const { value, errors } = validate(data);
  return { profile: value, problems: errors };
}
