import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { CareerProfile } from '../careers/career.schema.ts';
import { pointerToField } from '../json-pointer.ts';

export interface FieldProblem {
  field: string;
  message: string;
}

const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile<CareerProfile>(CareerProfile);

function describe(error: ErrorObject): FieldProblem {
  const field = pointerToField(error.instancePath) || '(root)';
  if (error.keyword === 'additionalProperties') {
    return { field, message: `unknown field "${String(error.params.additionalProperty)}"` };
  }
  if (error.keyword === 'required') {
    const missing = String(error.params.missingProperty);
    return { field: field === '(root)' ? missing : `${field}.${missing}`, message: 'is required' };
  }
  if (error.keyword === 'enum') {
    return { field, message: `must be one of: ${(error.params.allowedValues as unknown[]).join(', ')}` };
  }
  return { field, message: error.message ?? 'is invalid' };
}

/** Checks one profile against the JSON Schema; returns every problem, not just the first. */
export function validateProfile(data: unknown): { profile: CareerProfile | null; problems: FieldProblem[] } {
  if (validate(data)) return { profile: data, problems: [] };
  const problems = (validate.errors ?? [])
    // anyOf branches repeat their parent's failure; the parent line is enough
    .filter((e) => e.keyword !== 'anyOf')
    .map(describe);
  return { profile: null, problems };
}
